# benchmarks/py/regex_log.py — re-heavy: generate log lines from a
# pseudo-random stream, then parse them with compiled patterns (groups,
# alternation, character classes, lookahead), findall/finditer/sub with a
# function, split, and fullmatch validation; count what was found.
import re

LINES = 50000

LEVELS = ['INFO', 'WARN', 'ERROR', 'DEBUG']
PATHS = ['/api/users', '/api/orders/17', '/static/app.js', '/login', '/api/items/42/reviews']
AGENTS = ['curl/8.1', 'Mozilla/5.0 (X11; Linux)', 'python-requests/2.31', 'Go-http-client/1.1']


def generate(n):
    seed = 7
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        k = seed // 65536
        ip = '%d.%d.%d.%d' % (10 + k % 200, k % 256, (k // 7) % 256, (k // 13) % 256)
        level = LEVELS[k % 4]
        path = PATHS[(k // 4) % 5]
        status = [200, 201, 301, 404, 500][(k // 20) % 5]
        ms = (k % 997) + 1
        user = 'user%d@example.%s' % (k % 50, ['com', 'org', 'net'][k % 3])
        agent = AGENTS[(k // 100) % 4]
        out.append('2026-11-%02d %02d:%02d:%02d %s %s "GET %s HTTP/1.1" %d %dms user=%s agent="%s"' % (
            1 + k % 28, k % 24, k % 60, (k // 60) % 60, level, ip, path, status, ms, user, agent))
    return out


LINE = re.compile(r'^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{2}:\d{2}:\d{2}) (?P<level>[A-Z]+) '
                  r'(?P<ip>(?:\d{1,3}\.){3}\d{1,3}) "(?P<method>GET|POST|PUT) (?P<path>\S+) HTTP/1\.[01]" '
                  r'(?P<status>\d{3}) (?P<ms>\d+)ms user=(?P<user>\S+) agent="(?P<agent>[^"]*)"$')
EMAIL = re.compile(r'([\w.+-]+)@([\w-]+)\.(com|org|net)\b')
NUMBER = re.compile(r'(?<=/)\d+(?=/|$)')
SLOW = re.compile(r'\b(?:[5-9]\d\d|\d{4,})ms\b')
WORD = re.compile(r'[A-Za-z]+', re.I)
IPV4 = re.compile(r'(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)')

lines = generate(LINES)
levels = {}
statuses = {}
paths = {}
total_ms = 0
for line in lines:
    m = LINE.match(line)
    if m is None:
        continue
    levels[m.group('level')] = levels.get(m.group('level'), 0) + 1
    statuses[m['status']] = statuses.get(m['status'], 0) + 1
    path = NUMBER.sub('<id>', m.group('path'))
    paths[path] = paths.get(path, 0) + 1
    total_ms += int(m.group('ms'))

text = '\n'.join(lines)
domains = {}
for user, host, tld in EMAIL.findall(text):
    domains[tld] = domains.get(tld, 0) + 1
slow = sum(1 for _ in SLOW.finditer(text))
words = len(WORD.findall(text[:200000]))
valid_ips = sum(1 for line in lines if IPV4.fullmatch(line.split()[3]))
masked = re.sub(r'user=([^@\s]+)@', lambda m: 'user=' + '*' * len(m.group(1)) + '@', text[:100000])
fields = sum(len(re.split(r'[\s"=]+', line)) for line in lines[:3000])
upper = re.sub(r'\b(get|http)\b', lambda m: m.group(1).upper(), text[:50000], flags=re.IGNORECASE)

print('regex_log', LINES, len(text), total_ms)
print(sorted(levels.items()), sorted(statuses.items()))
print(sorted(paths.items()))
print(sorted(domains.items()), slow, words, valid_ips, len(masked), masked.count('*'), fields, len(upper))
