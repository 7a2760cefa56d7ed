# Greedy, lazy and possessive repetition; atomic groups; counted repeats;
# zero-width repeats that must not loop forever.
import re

subjects = ['', 'a', 'aa', 'aaa', 'aaaa', 'aab', 'abab', 'ababab', 'abc', 'aaaaaaaaaab']
patterns = [
    'a*', 'a+', 'a?', 'a*?', 'a+?', 'a??', 'a{2}', 'a{2,}', 'a{,2}', 'a{1,3}', 'a{1,3}?', 'a{2,}?',
    'a*+', 'a++', 'a?+', 'a{1,2}+', 'a*+a', 'a++b', '(?:ab)*', '(?:ab)+?', '(?:ab){2}', '(?:ab)*+',
    '(?:ab){1,2}+ab', '(?>a+)b', '(?>a+)a', '(?>a|ab)c', '(?:a|ab)c', '(a|ab)*c', '(?:a|b)*?b',
    '(a*)*b', '(a*)+b', '(a?)*?b', '(?:a*?)*', '(?:)*', '(?:a|)*', '(?:a|)*+b', '(?:a|){3,5}+',
    '(?:x|)*+', '(?:x|){2,}+', '(a+)(a+)(a+)', '(a{2})*', '(?:(a)|b)*?b', '.*a', '.*?a',
    '.{2,3}', '(?:a.)+?', 'a{0}', 'a{0,0}b', '(?:a{2}){2}', 'a{3,3}',
]
for p in patterns:
    rx = re.compile(p)
    print(p, [(rx.match(s) and rx.match(s).span(), rx.search(s) and rx.search(s).groups(),
               rx.findall(s), rx.fullmatch(s) is not None) for s in subjects])

print(re.sub('a*', '-', 'baaac'), re.sub('a*?', '-', 'baac'), re.sub('(?:a|)*', '-', 'aab'))
print(re.findall(r'\d*', 'a12b3'), re.findall(r'\d*?', 'a12b'), re.split(r'x*', 'axxb'))
print([m.span() for m in re.finditer(r'\b', 'ab cd')], [m.span() for m in re.finditer('', 'abc')])
print(re.match('(?:a*)*', 'aaa').span(), re.match('(?:a*)+?', 'aaa').span())
print(re.match('(a|b)*?c', 'ababc').groups(), re.match('(a|b)*c', 'ababc').groups())
print(re.match(r'(?:(\d)|x)+', '1x2xx').groups(), re.match(r'(?:(\d)|x)+?$', '1x2xx').groups())
print(re.fullmatch(r'(?:a+)+b', 'a' * 20 + 'b').span())
print(re.search(r'(\w)\1{2,}', 'abbbbcc').group(), re.search(r'(\w)\1{2,}?', 'abbbbcc').group())
print(re.match('x{3,5}', 'xxxxxxx').group(), re.match('x{3,5}?', 'xxxxxxx').group())
print(re.match('(?:xy){2,3}', 'xyxyxyxy').group(), re.match('(?:xy){2,3}?', 'xyxyxyxy').group())
print(re.match('a{,3}', 'aaaa').group(), re.match('a{2,}', 'a'))
print(re.match(r'a{1,65535}', 'a' * 70000).end(), re.match(r'(?:a|b){0,70000}', 'ab' * 40000).end())
print(re.match('.*', 'x' * 100000).end(), re.match('(?:x)*', 'x' * 100000).end(),
      re.match('(?:xy?)*', 'x' * 50000).end(), re.match('(x)*', 'x' * 50000).span(1))
