# socketserver over socket.py: a TCP echo request handled in one process (client connects first), a timeout, UDP.
import socketserver, socket
class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        self.wfile.write(b"echo: " + line)
with socketserver.TCPServer(("127.0.0.1", 0), Echo) as server:
    host, port = server.server_address
    c = socket.create_connection((host, port))
    c.sendall(b"hello\n")
    server.handle_request()
    print(c.recv(100))
    c.close()
    server.timeout = 0.1
    server.handle_request()
    print("timeout ok")
u = socketserver.UDPServer(("127.0.0.1", 0), socketserver.DatagramRequestHandler)
print(type(u.socket).__name__, u.socket.type)
u.server_close()
