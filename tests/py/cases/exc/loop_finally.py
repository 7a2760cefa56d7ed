# try/finally inside loops with break and continue; exceptions between iterations.
log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append('body ' + str(i))
    finally:
        log.append('finally ' + str(i))
print(log)
log = []
i = 0
while True:
    i += 1
    try:
        try:
            if i % 2 == 0:
                raise ValueError(i)
            log.append('odd ' + str(i))
        except ValueError as e:
            log.append('even ' + str(e))
            if i >= 6:
                break
    finally:
        log.append('f' + str(i))
print(log)
results = []
for text in ['4', '0', 'x', '-2', '']:
    try:
        n = int(text)
        results.append(100 // n)
    except ZeroDivisionError:
        results.append('div0')
        continue
    except ValueError:
        results.append('bad')
        continue
    else:
        results.append('ok')
    finally:
        results.append('|')
print(results)


def first_negative(values):
    for v in values:
        try:
            if v < 0:
                return v
        finally:
            log.append('checked ' + str(v))
    return None


log = []
print(first_negative([3, 1, -4, 1, -5]), log)
log = []
print(first_negative([1, 2]), log)
count = 0
for attempt in range(10):
    try:
        count += 1
        if count < 4:
            raise RuntimeError('retry')
        break
    except RuntimeError as e:
        print('attempt', attempt, e)
print('succeeded after', count)
