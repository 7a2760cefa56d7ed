# timeit: Timer with statements and callables, setup, globals, repeat,
# autorange, the command line interface, and errors. Times vary, so only
# their types and counts are printed.
import contextlib
import io
import timeit
import warnings

t = timeit.Timer("x = sum(range(100))")
print(type(t.timeit(number=200)).__name__)
print(len(t.repeat(repeat=3, number=50)))
n, elapsed = t.autorange()
print(n >= 1, elapsed >= 0.2 or n > 0)
counter = []
print(type(timeit.timeit(lambda: counter.append(1), number=123)).__name__, len(counter))
print(type(timeit.timeit("y * 2", setup="y = 21", number=10)).__name__)
z = 5
print(timeit.timeit("z + 1", globals=globals(), number=3) >= 0)
print(len(timeit.repeat("pass", repeat=4, number=5)))
out = io.StringIO()
with contextlib.redirect_stdout(out), warnings.catch_warnings():
    warnings.simplefilter("ignore")  # "results are likely unreliable" on a busy machine
    timeit.main(["-n", "10", "-r", "2", "-s", "a = [1, 2, 3]", "sum(a)"])
print(out.getvalue().startswith("10 loops, best of 2:"))
for bad in ["def", "return 1", "break"]:
    try:
        timeit.Timer(bad)
    except SyntaxError as e:
        print("SyntaxError", type(e).__name__)
try:
    timeit.Timer("1/0").timeit(number=1)
except ZeroDivisionError:
    print("ZeroDivisionError from the statement")
try:
    timeit.Timer(42)
except ValueError as e:
    print("ValueError", e)
print(timeit.default_timer is __import__("time").perf_counter)
