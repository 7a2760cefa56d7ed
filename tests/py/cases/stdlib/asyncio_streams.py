# asyncio streams and transports over the selector event loop (epoll through
# the native select module): a TCP echo server on 127.0.0.1 port 0, streams
# over a socketpair, a datagram endpoint, and subprocess pipes.
import asyncio
import socket
import sys


async def handle_echo(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def tcp_echo():
    server = await asyncio.start_server(handle_echo, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    print("listening on", host, port > 0)
    async with server:
        reader, writer = await asyncio.open_connection(host, port)
        for word in ["hello\n", "asyncio streams\n", "x" * 5000 + "\n"]:
            writer.write(word.encode())
            await writer.drain()
            reply = await reader.readline()
            print(len(reply), reply[:20])
        writer.write(b"partial")
        writer.write_eof()
        print("after eof", await reader.read())
        writer.close()
        await writer.wait_closed()
        print("closing", writer.is_closing())

        # Several clients at once.
        async def client(n):
            r, w = await asyncio.open_connection(host, port)
            w.write(f"client {n}\n".encode())
            data = await r.readline()
            w.close()
            await w.wait_closed()
            return data.decode().strip()
        print(await asyncio.gather(*(client(i) for i in range(4))))
    print("server closed", server.is_serving())


async def pair_streams():
    a, b = socket.socketpair()
    r1, w1 = await asyncio.open_connection(sock=a)
    r2, w2 = await asyncio.open_connection(sock=b)
    w1.write(b"ping\n")
    print("pair got", await r2.readline())
    w2.write(b"0123456789")
    print("exactly", await r1.readexactly(4), await r1.read(3))
    w2.write(b"abc;def;")
    print("until", await r1.readuntil(b";"))
    w2.close()
    await w2.wait_closed()
    try:
        await r1.readexactly(100)
    except asyncio.IncompleteReadError as e:
        print("incomplete", e.partial, e.expected)
    w1.close()
    await w1.wait_closed()


class EchoDatagram(asyncio.DatagramProtocol):
    def __init__(self):
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.transport.sendto(data[::-1], addr)


class Collect(asyncio.DatagramProtocol):
    def __init__(self, done):
        self.done = done

    def datagram_received(self, data, addr):
        self.done.set_result(data)


async def datagrams():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(EchoDatagram, local_addr=("127.0.0.1", 0))
    addr = server.get_extra_info("sockname")
    done = loop.create_future()
    client, _ = await loop.create_datagram_endpoint(lambda: Collect(done), remote_addr=addr)
    client.sendto(b"stressed")
    print("datagram", await asyncio.wait_for(done, 5))
    client.close()
    server.close()


async def subprocesses():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "import sys; data = sys.stdin.read(); print(data.upper()); sys.exit(3)",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(b"from the parent")
    print("subprocess", out.strip(), err, proc.returncode)
    proc = await asyncio.create_subprocess_shell("echo shell; echo err 1>&2", stdout=asyncio.subprocess.PIPE,
                                                 stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    print("shell", out, err, await proc.wait())


async def main():
    await tcp_echo()
    await pair_streams()
    await datagrams()
    await subprocesses()


asyncio.run(main())
