# select and selectors over pipes: select(), poll, epoll, DefaultSelector, errors.
import select, selectors, os
r, w = os.pipe()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"data")
print(select.select([r], [], [], 1.5) == ([r], [], []))
class F:
    def __init__(self, fd): self.fd = fd
    def fileno(self): return self.fd
fr = F(r)
rl, wl, xl = select.select([fr], [], [])
print(rl[0] is fr)
for bad in ([1.5], ["x"], [-1]):
    try:
        select.select(bad, [], [], 0)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print(e)
p = select.poll()
p.register(r, select.POLLIN)
p.register(w)
ev = sorted(p.poll(0))
print(ev == sorted([(r, select.POLLIN), (w, select.POLLOUT)]))
p.modify(w, select.POLLIN)
print(p.poll(0) == [(r, select.POLLIN)])
p.unregister(w)
try:
    p.unregister(w)
except KeyError as e:
    print("KeyError", e.args == (w,))
try:
    p.modify(w, 1)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
with select.epoll() as ep:
    ep.register(r, select.EPOLLIN | select.EPOLLET)
    print(ep.poll(0) == [(r, select.EPOLLIN)], ep.poll(0))
    ep.modify(r, select.EPOLLOUT)
    ep.unregister(r)
    try:
        ep.register(-1)
    except ValueError as e:
        print(e)
print(ep.closed)
try:
    ep.poll()
except ValueError as e:
    print(e)
sel = selectors.DefaultSelector()
print(type(sel).__name__)
sel.register(r, selectors.EVENT_READ, data="reader")
events = sel.select(timeout=1)
print([(k.fd == r, k.data, m) for k, m in events])
print(os.read(r, 100))
print(sel.select(timeout=0))
sel.unregister(r); sel.close()
ps = selectors.PollSelector(); ps.register(w, selectors.EVENT_WRITE); print([(k.fd == w, m) for k, m in ps.select(0)]); ps.close()
ss = selectors.SelectSelector(); ss.register(w, selectors.EVENT_WRITE); print([(k.fd == w, m) for k, m in ss.select(0)]); ss.close()
os.close(r); os.close(w)
print(select.POLLIN, select.EPOLLIN, select.PIPE_BUF, select.error is OSError)
