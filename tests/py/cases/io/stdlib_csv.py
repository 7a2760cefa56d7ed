# csv reader/writer/DictReader/DictWriter over StringIO and a real file.
import csv
import io
import os

out = io.StringIO()
w = csv.writer(out)
w.writerow(['name', 'value', 'note'])
w.writerow(['a', 1, 'plain'])
w.writerow(['b, c', 2.5, 'has "quotes"'])
w.writerows([['x', None, ''], ['multi\nline', 0, 'end']])
print(repr(out.getvalue()))
rows = list(csv.reader(io.StringIO(out.getvalue())))
print(rows)
dw_out = io.StringIO()
dw = csv.DictWriter(dw_out, fieldnames=['k', 'v'], lineterminator='\n')
dw.writeheader()
dw.writerow({'k': 'one', 'v': 1})
print(repr(dw_out.getvalue()))
print(list(csv.DictReader(io.StringIO(dw_out.getvalue()))))
print(list(csv.reader(['a;b;c', '1;2;3'], delimiter=';')))
path = '/tmp/pystm_io_%d_data.csv' % os.getpid()
with open(path, 'w', newline='') as f:
    csv.writer(f).writerows([['h1', 'h2'], ['r1', 'x\ny'], ['r2', 'z']])
with open(path, newline='') as f:
    print(list(csv.reader(f)))
with open(path, 'rb') as f:
    print(f.read())
os.remove(path)
print(csv.Sniffer().sniff('a,b,c\n1,2,3\n').delimiter)

# Quoting modes, escapes, dialect validation and reader edge cases.
o = io.StringIO()
w = csv.writer(o, lineterminator='\n')
w.writerow(['a\rb', 'c d', '', ' x'])
w.writerow([''])
w.writerow([])
print(repr(o.getvalue()))
o = io.StringIO()
csv.writer(o, quoting=csv.QUOTE_NONNUMERIC).writerow([1, 2.5, 'x', None, True])
csv.writer(o, quoting=csv.QUOTE_ALL).writerow([1, 'y'])
csv.writer(o, quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a,b', 'q"x'])
csv.writer(o, doublequote=False, escapechar='\\').writerow(['say "hi"'])
print(repr(o.getvalue()))
for bad in [dict(delimiter='ab'), dict(quotechar='ab'), dict(quoting=9), dict(lineterminator=1),
            dict(delimiter=None), dict(quotechar=None), dict(bogus=1)]:
    try:
        csv.writer(io.StringIO(), **bad)
    except Exception as e:
        print(type(e).__name__, e)
print(list(csv.reader(['a"b,c', '"x"y"z,w'])))
try:
    list(csv.reader(['"x"y,w'], strict=True))
except csv.Error as e:
    print('Error', e)
try:
    list(csv.reader(['a\rb']))
except csv.Error as e:
    print('Error', e)
try:
    list(csv.reader(['"open'], strict=True))
except csv.Error as e:
    print('Error', e)
print(list(csv.reader(['"multi\n', 'line"\n', 'x\n'])), list(csv.reader(['"unterminated'])))
print(list(csv.reader(['', 'a', ' b, c'], skipinitialspace=True)))
print(list(csv.reader(['1,"2",x,'], quoting=csv.QUOTE_NONNUMERIC)) if False else list(csv.reader(['1,"two",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')), list(csv.reader(['a;b'], dialect='excel', delimiter=';')))
d = csv.get_dialect('excel')
print(type(d).__name__, d.delimiter, repr(d.lineterminator), d.quoting, d.strict, d.doublequote, sorted(csv.list_dialects()))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_NONE)
print(list(csv.reader(['a|b|c'], 'pipes')), csv.get_dialect('pipes').quotechar)
csv.unregister_dialect('pipes')
for op in [lambda: csv.get_dialect('pipes'), lambda: csv.writer(io.StringIO()).writerow(5),
           lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']),
           lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']),
           lambda: next(csv.reader([b'bytes']))]:
    try:
        op()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
r = csv.reader(['a,b', 'c'])
next(r)
print(r.line_num, r.dialect.delimiter, csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(['x' * 20]))
except csv.Error as e:
    print('Error', e)
csv.field_size_limit(131072)
print(csv.Sniffer().has_header('name,age\nann,3\nbob,4\n'), csv.excel_tab.delimiter == '\t')
