# calendar: text calendars, month/year queries, leap years, weekday math,
# iterators and timegm.
import calendar

print(calendar.month(2026, 11))
print(calendar.calendar(2024, w=2, l=1, c=6, m=3))
print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2100))
print(calendar.weekday(2026, 11, 26), calendar.monthrange(2024, 2), calendar.monthrange(2026, 12))
print(calendar.monthcalendar(2026, 2))
c = calendar.Calendar(firstweekday=calendar.SUNDAY)
print(list(c.iterweekdays()), [d for d in c.itermonthdays(2026, 11)][:10])
print(list(c.itermonthdays2(2026, 11))[:5], list(c.itermonthdates(2026, 11))[:3])
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2026, 1, w=3))
html = calendar.HTMLCalendar().formatmonth(2026, 11)
print(html.count("<tr>"), html.splitlines()[0])
print(calendar.timegm((2026, 11, 26, 0, 0, 0)), list(calendar.day_abbr), list(calendar.month_name)[1:4])
try:
    calendar.monthrange(2026, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError", e)
