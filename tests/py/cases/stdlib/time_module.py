# The time module's clocks: types, monotonicity, sleep and its errors (values
# themselves differ between runs, so only relations are printed).
import time
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
n0 = time.perf_counter_ns()
time.sleep(0.05)
time.sleep(0)
print(type(t0).__name__, type(time.time_ns()).__name__, type(n0).__name__, t0 > 1.6e9)
print(time.monotonic() - m0 >= 0.04, time.perf_counter() >= p0, time.perf_counter_ns() > n0, time.process_time() >= 0)
print(abs(time.time_ns() / 1e9 - time.time()) < 1)
for bad in [-1, float('nan'), 'x']:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
