# _posixsubprocess.fork_exec driven like subprocess.Popen does (subprocess itself needs io), plus
# os.fork/os.execv/os.waitpid/os.pipe directly.
import _posixsubprocess, os, sys, signal

def run(args, cwd=None, env=None, stdin_data=None, preexec_fn=None, pass_fds=()):
    p2cread, p2cwrite = os.pipe()
    c2pread, c2pwrite = os.pipe()
    errread, errwrite = os.pipe()
    errpipe_read, errpipe_write = os.pipe()
    env_list = None if env is None else [os.fsencode(k) + b"=" + os.fsencode(v) for k, v in env.items()]
    exe = os.fsencode(args[0])
    executables = [exe] if os.path.dirname(exe) else [os.path.join(os.fsencode(d), exe) for d in os.get_exec_path(env)]
    pid = _posixsubprocess.fork_exec(
        [os.fsencode(a) for a in args], executables, True, tuple(sorted({*pass_fds, errpipe_write})), cwd, env_list,
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write,
        True, False, -1, None, None, None, -1, preexec_fn, True)
    for fd in (p2cread, c2pwrite, errwrite, errpipe_write):
        os.close(fd)
    err = b""
    while True:
        part = os.read(errpipe_read, 50000)
        if not part:
            break
        err += part
    os.close(errpipe_read)
    if stdin_data:
        os.write(p2cwrite, stdin_data)
    os.close(p2cwrite)
    def drain(fd):
        out = b""
        while True:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            out += chunk
        os.close(fd)
        return out
    out, errout = drain(c2pread), drain(errread)
    _, status = os.waitpid(pid, 0)
    return err, out, errout, os.waitstatus_to_exitcode(status)

print(run(["echo", "hi"]))
print(run(["/bin/sh", "-c", "echo out; echo err >&2; exit 3"]))
print(run(["cat"], stdin_data=b"piped input\n"))
print(run(["pwd"], cwd="/tmp"))
print(run(["/usr/bin/env"], env={"ONLY": "this"}))
err, *_ = run(["/nonexistent/program"])
name, hexerr, msg = err.split(b":", 2)
print(name, int(hexerr, 16), msg)
exc = OSError(int(hexerr, 16), os.strerror(int(hexerr, 16)), "/nonexistent/program")
print(type(exc).__name__, exc)
err, *_ = run(["pwd"], cwd="/nonexistent_dir")
print(err.split(b":")[0], int(err.split(b":")[1], 16), err.split(b":", 2)[2])
print(run(["/bin/sh", "-c", "echo from preexec child"], preexec_fn=lambda: os.write(1, b"pre:" + str(sum(range(10))).encode() + b"\n")))
def bad():
    raise RuntimeError("boom")
print(run(["echo", "never"], preexec_fn=bad)[0])
print(run(["/bin/sh", "-c", "kill -TERM $$"])[3])
r, w = os.pipe()
os.set_inheritable(w, False)
print(run(["/bin/sh", "-c", f"echo kept >&{w}"], pass_fds=(w,))[1:])
os.close(w)
print(os.read(r, 100))
os.close(r)
# the raw building blocks
r, w = os.pipe()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.dup2(w, 1)
    os.execv("/bin/sh", ["sh", "-c", "echo child says $0", "zero"])
os.close(w)
data = b""
while chunk := os.read(r, 100):
    data += chunk
os.close(r)
print(data, os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
pid = os.fork()
if pid == 0:
    os.execve("/bin/sh", ["sh", "-c", "exit $CODE"], {"CODE": "7"})
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
pid = os.fork()
if pid == 0:
    signal.pause()
    os._exit(0)
os.kill(pid, signal.SIGKILL)
_, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
try:
    os.execv("/bin/true", [])
except ValueError as e:
    print(e)
try:
    os.execv("/nonexistent", ["x"])
except FileNotFoundError as e:
    print(e)
