# f-strings: conversions, format specs with nested fields, '=' self-documenting form, escapes, nested quotes, expressions.
import math
x, y, name = 42, 3.14159, 'wörld'
print(f'{x}', f'{x!r}', f'{name!s}', f'{name!r}', f'{name!a}', f'{x:>6}', f'{x:<6}|', f'{x:^7}', f'{x:06d}', f'{x:#x}', f'{x:b}')
print(f'{y:.2f}', f'{y:10.3e}', f'{y:{8}.{3}}', f'{y:{"<"}{10}}|', f'{x:{"+" if x > 0 else ""}}', f'{-x:_}', f'{10**7:,}')
print(f'{x=}', f'{y=:.1f}', f'{name=!r}', f'{x + 1 = }', f'{ x = }', f'{math.pi=:.3}', f'{[1, 2]=}')
print(f'{{literal}}', f'{{{x}}}', f'a{{b', f'{x}{y:.0f}{name}', f'{"nested"}', f"{'single'}", f'{x if x else "no"}')
print(f'{len("abc")}', f'{[i * 2 for i in range(3)]}', f'{ {"k": 1}["k"] }', f'{(lambda v: v * 2)(x)}', f'{x:{x}}'[:5] + '|')
d = {'a': 1}
print(f'{d["a"]}', f"{d['a']}", f'{d}', f'{(1, 2)}', f'{None}', f'{True:d}', f'{3.0:g}', f'{1e100:.2e}', f'{-0.0}')
w = 10
p = 3
print(f'{y:{w}.{p}f}', f'{"x":*^{w}}', f'{x!r:>{w}}', f'{name:.{p}}', f'{12345:>{w},}')
class F:
    def __format__(self, spec):
        return '<' + spec + '>'
    def __repr__(self):
        return 'F-repr'
    def __str__(self):
        return 'F-str'
print(f'{F()}', f'{F():spec}', f'{F()!r}', f'{F()!s:>8}', f'{F()!r:x<8}', f'{F():{w}}')
print(f'multi'
      f'line {x}'
      'plain', f'''triple {x}
second line''', rf'raw\n{x}', fr'\t{y:.1f}')
print(f'{x:}', f'{"":5}|', f'{"%d" % x}', f'{x:>{w}d}', f'{"tab":\t^9}' if False else '', f'{3 + 4j}', f'{b"bytes"}')
try:
    f'{x:q}'
except ValueError as e:
    print('ValueError', e)
try:
    f'{name:d}'
except ValueError as e:
    print('ValueError', e)
try:
    f'{undefined_f}'
except NameError as e:
    print('NameError', e)
for bad in ["f'{}'", "f'{x!z}'", "f'{x'", "f'}'", "f'{x:{y:{z}}}'"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print('SyntaxError', e.msg)
print(f'{x:{"d"}}', format(x, f'{">"}{5}'), f'{f"{x}"}', f'{f"{f"{x}"}"}' if False else '', len(f'{x:1000}'))
