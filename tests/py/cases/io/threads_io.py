# Threads and io together: threading imports (it needs io through traceback), Thread/join, threads
# writing a shared StringIO and file under a lock.
import io
import os
import threading

path = '/tmp/pystm_io_%d_threads.txt' % os.getpid()
buf = io.StringIO()
lock = threading.Lock()
out = open(path, 'w')


def work(n):
    for i in range(200):
        with lock:
            buf.write('%d:%d\n' % (n, i))
            out.write('%d\n' % n)


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
out.close()
lines = buf.getvalue().splitlines()
print(len(lines), sorted(set(line.split(':')[0] for line in lines)), all(not t.is_alive() for t in threads))
with open(path) as f:
    counts = {}
    for line in f:
        counts[line.strip()] = counts.get(line.strip(), 0) + 1
print(sorted(counts.items()))
os.remove(path)
