# socket.py over _socket: socketpair and makefile, a TCP server and client in one process with selectors.
import socket, selectors, socketserver, threading
a, b = socket.socketpair()
print(a.family, a.type)
a.sendall(b"hello"); print(b.recv(10))
f = b.makefile('rb'); a.sendall(b"line1\nline2\n"); print(f.readline(), f.readline()); f.close()
a.close(); b.close()
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
srv.setblocking(False)
cli = socket.socket(); cli.setblocking(False)
cli.connect_ex(("127.0.0.1", port))
sel = selectors.DefaultSelector()
sel.register(srv, selectors.EVENT_READ, "server")
conn = None
while conn is None:
    for key, ev in sel.select(2):
        if key.data == "server":
            conn, addr = srv.accept()
            print("accepted", addr[0], conn.gettimeout(), conn.getpeername() == cli.getsockname())
cli.setblocking(True)
cli.sendall(b"ping")
print(conn.recv(10))
conn.sendall(b"pong")
print(cli.recv(10))
for s in (conn, cli, srv): s.close()
print(srv)
print(socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM)[0][:3])
with socket.create_connection if False else socket.socket() as s2:
    print(s2.fileno() >= 0)
print(s2.fileno(), s2._closed)
