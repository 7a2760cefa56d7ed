# _socket without socket.py (which needs io): socketpair, a TCP server and client on 127.0.0.1 in one
# process driven by select and non-blocking sockets, timeouts, UDP, AF_UNIX, name and address helpers.
import _socket as S
import select, errno, os
a, b = S.socketpair()
print(a.family == S.AF_UNIX, a.type == S.SOCK_STREAM, a.gettimeout(), a.getblocking())
print(a.send(b"ping"), b.recv(10))
b.sendall(b"x" * 100000 if False else b"pong" * 3)
print(a.recv(100))
print(a.getsockname(), repr(b.getpeername()))
a.settimeout(0.05)
print(a.gettimeout(), a.timeout, a.getblocking())
try:
    a.recv(10)
except TimeoutError as e:
    print(type(e).__name__, e, isinstance(e, S.timeout), isinstance(e, OSError))
a.setblocking(False)
print(a.gettimeout())
try:
    a.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == errno.EAGAIN)
buf = bytearray(10)
b.send(b"abc")
a.setblocking(True)
print(a.recv_into(buf), buf)
a.close(); b.close()
print(a.fileno())
try:
    a.recv(1)
except OSError as e:
    print(type(e).__name__, e.errno)

srv = S.socket(S.AF_INET, S.SOCK_STREAM)
srv.setsockopt(S.SOL_SOCKET, S.SO_REUSEADDR, 1)
print(srv.getsockopt(S.SOL_SOCKET, S.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, type(port), port > 0)
srv.setblocking(False)
cli = S.socket(S.AF_INET, S.SOCK_STREAM)
cli.setblocking(False)
rc = cli.connect_ex((host, port))
print(rc in (0, errno.EINPROGRESS))
r, w, x = select.select([srv], [], [], 2)
print(r == [srv])
fd, addr = srv._accept()
conn = S.socket(S.AF_INET, S.SOCK_STREAM, 0, fd)
print(addr[0], conn.getpeername() == cli.getsockname())
r, w, x = select.select([], [cli], [], 2)
print(w == [cli])
cli.send(b"hello server")
r, _, _ = select.select([conn], [], [], 2)
print(conn.recv(100))
conn.sendall(b"hello client")
p = select.poll()
p.register(cli, select.POLLIN)
events = p.poll(2000)
print(events == [(cli.fileno(), select.POLLIN)], cli.recv(100))
ep = select.epoll()
ep.register(conn.fileno(), select.EPOLLIN)
cli.shutdown(S.SHUT_WR)
print(ep.poll(2) == [(conn.fileno(), select.EPOLLIN)], conn.recv(10))
ep.close(); print(ep.closed)
for s in (conn, cli, srv):
    s.close()
# connection refused
s = S.socket()
try:
    s.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("refused", e.errno == errno.ECONNREFUSED)
s.close()
# UDP
u1 = S.socket(S.AF_INET, S.SOCK_DGRAM); u1.bind(("127.0.0.1", 0))
u2 = S.socket(S.AF_INET, S.SOCK_DGRAM)
u2.sendto(b"dgram", u1.getsockname())
data, frm = u1.recvfrom(100)
print(data, frm[0])
u1.close(); u2.close()
# AF_UNIX path
path = f"/tmp/pystm_sock_{os.getpid()}"
us = S.socket(S.AF_UNIX, S.SOCK_STREAM); us.bind(path); us.listen(1)
uc = S.socket(S.AF_UNIX, S.SOCK_STREAM); uc.connect(path)
fd, addr = us._accept()
print(repr(addr), us.getsockname() == path)
os.close(fd); uc.close(); us.close(); os.unlink(path)
print(S.inet_aton("1.2.3.4"), S.inet_ntoa(b"\x7f\x00\x00\x01"), S.inet_pton(S.AF_INET6, "::1"), S.inet_ntop(S.AF_INET6, b"\x00" * 15 + b"\x01"))
print(S.htons(1), S.ntohs(256), S.htonl(1), S.ntohl(16777216))
for bad in (lambda: S.inet_aton("x.y"), lambda: S.inet_ntoa(b"123"), lambda: S.htons(70000), lambda: S.htons(-1)):
    try:
        bad()
    except (OSError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(S.getaddrinfo("127.0.0.1", 80, S.AF_INET, S.SOCK_STREAM))
print(S.gethostbyname("127.0.0.1"), S.gethostbyname("localhost"), type(S.gethostname()))
try:
    S.getaddrinfo("no.such.host.invalid", 80)
except S.gaierror as e:
    print("gaierror", type(e.errno), isinstance(e, OSError))
print(S.getdefaulttimeout())
S.setdefaulttimeout(1.5); t = S.socket(); print(t.gettimeout()); t.close(); S.setdefaulttimeout(None)
try:
    S.socket().bind(("127.0.0.1", 70000))
except OverflowError as e:
    print(e)
# sendmsg/recvmsg with a descriptor passed as SCM_RIGHTS ancillary data.
import sys
a, b = S.socketpair()
r, w = os.pipe()
print(a.sendmsg([b"fd", b" follows"], [(S.SOL_SOCKET, S.SCM_RIGHTS, w.to_bytes(4, sys.byteorder))]))
data, anc, flags, addr = b.recvmsg(100, S.CMSG_SPACE(4))
print(data, len(anc), anc[0][:2] == (S.SOL_SOCKET, S.SCM_RIGHTS), flags, repr(addr))
newfd = int.from_bytes(anc[0][2], sys.byteorder)
os.write(newfd, b"via passed fd")
print(os.read(r, 100), S.CMSG_LEN(4), S.CMSG_SPACE(4))
for fd in (r, w, newfd):
    os.close(fd)
a.close(); b.close()
