# An uncaught RuntimeError raised explicitly with a message, after a finally runs.
def check(state):
    if state['retries'] > 3:
        raise RuntimeError('too many retries (' + str(state['retries']) + ')')
    return 'ok'


state = {'retries': 0}
for attempt in range(10):
    state['retries'] += 1
    try:
        print('attempt', attempt, check(state))
    finally:
        print('cleanup after attempt', attempt)
print('not reached')
a = [1, 2, 3]
b = [x * 2 for x in a]
print(b)
c = sum(b)
print(c)
d = str(c)
print(d)
e = len(d)
print(e)
