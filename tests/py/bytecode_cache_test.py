#!/usr/bin/env python3.11
"""tests/py/bytecode_cache_test.py — pystm's bytecode cache, driven from outside.

Each step runs a program that imports a module from a temporary directory,
under pystm and (where CPython behaves the same way) python3.11, and checks
what the cache directory holds afterwards:
  - an import writes __pycache__/NAME.pystm-311.pyc (.opt-1/.opt-2 with -O/-OO);
  - a second import uses it: the source is replaced by different text of the
    same size with its mtime put back, so only a cache hit prints the old
    output (CPython's own cache gives the same result, so both are compared);
  - a changed source (new size) is recompiled and the cache rewritten;
  - empty, truncated, garbage, foreign and bit-flipped cache files are
    ignored (the program's output is right) and replaced by a valid file;
  - -B, PYTHONDONTWRITEBYTECODE and sys.dont_write_bytecode write nothing;
  - PYTHONPYCACHEPREFIX, and the per-user directory used when the source
    directory is not writable (forced with PYSTM_PYCACHE_USER_DIR=1, since
    tests may run as root; a real read-only directory is tried too when not
    root), receive the file instead of __pycache__;
  - a module with a syntax error reports it like CPython and caches nothing.

usage: bytecode_cache_test.py PYSTM [--oracle PATH]
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import harness

MAGIC = b"pystmBC\n"
MODULE = "VALUE = 'alpha'\ndef f(n):\n    '''doc'''\n    assert n > 0, 'positive'\n    return [VALUE, n * 2, 2.5, 3j, b'b', (1, None), frozenset({7}), 10 ** 30]\n"
SAME_SIZE = MODULE.replace("alpha", "omega")
PROGRAM = "import mod; print(mod.f(3), mod.f.__doc__)"


def main():
    pystm, oracle = harness.parse_args()
    report = harness.Reporter()

    def run(exe, argv, cwd, **env_changes):
        env = dict(os.environ)
        for k in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX", "PYTHONPATH", "PYTHONOPTIMIZE",
                  "PYSTM_PYCACHE_USER_DIR"):
            env.pop(k, None)
        env.update(env_changes)
        p = subprocess.run([exe] + argv, cwd=cwd, env=env, capture_output=True, timeout=60)
        return p.stdout, p.stderr.decode(errors="replace").rstrip("\n").split("\n")[-1], p.returncode

    def same_as_oracle(what, argv, cwd, **env):
        a = run(pystm, argv, cwd, **env)
        e = run(oracle, argv, cwd, **env)
        report(a == e, what, "python3.11 %r\npystm      %r" % (e, a))
        return a

    def valid(path):
        return path.is_file() and path.read_bytes().startswith(MAGIC)

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp, "src")
        d.mkdir()
        src = d / "mod.py"
        cache = d / "__pycache__" / "mod.pystm-311.pyc"

        def write_source(text, keep_mtime_of=None):
            src.write_text(text)
            if keep_mtime_of is not None:
                os.utime(src, ns=(keep_mtime_of.st_atime_ns, keep_mtime_of.st_mtime_ns))

        write_source(MODULE)
        same_as_oracle("first import", ["-c", PROGRAM], d)
        report(valid(cache), "the first import writes " + str(cache.relative_to(tmp)))
        before = cache.stat().st_mtime_ns if cache.exists() else None
        same_as_oracle("second import", ["-c", PROGRAM], d)
        report(cache.exists() and cache.stat().st_mtime_ns == before, "a valid cache file is not rewritten")

        # Same size, same mtime, different text: a cache hit prints 'alpha'.
        stamp = src.stat()
        write_source(SAME_SIZE, keep_mtime_of=stamp)
        out = same_as_oracle("same size and mtime: the cached code runs", ["-c", PROGRAM], d)
        report(b"alpha" in out[0], "the stale-by-design source was not recompiled", out)

        write_source(MODULE.replace("alpha", "changed"))
        out = same_as_oracle("changed source is recompiled", ["-c", PROGRAM], d)
        report(b"changed" in out[0], "new output after a change", out)
        good = cache.read_bytes()
        report(valid(cache), "the cache is rewritten after a change")

        corruptions = {
            "empty": b"",
            "truncated header": good[:20],
            "truncated payload": good[:-7],
            "garbage": b"\x00\xff garbage " * 50,
            "foreign (CPython pyc)": b"\xa7\r\r\n" + good[4:],
            "flipped payload byte": good[:-3] + bytes([good[-3] ^ 0x40]) + good[-2:],
            "wrong format version": good[:8] + b"\xee\xee\xee\xee" + good[12:],
            "trailing data": good + b"\x00",
        }
        for what, data in corruptions.items():
            cache.write_bytes(data)
            same_as_oracle("corrupt cache (%s) is ignored" % what, ["-c", PROGRAM], d)
            report(valid(cache) and cache.read_bytes() == good, "corrupt cache (%s) is replaced" % what)

        for what, argv, env in [("-B", ["-B", "-c", PROGRAM], {}),
                                ("PYTHONDONTWRITEBYTECODE", ["-c", PROGRAM], {"PYTHONDONTWRITEBYTECODE": "1"}),
                                ("sys.dont_write_bytecode", ["-c", "import sys; sys.dont_write_bytecode = True; " + PROGRAM], {})]:
            cache.unlink(missing_ok=True)
            same_as_oracle("%s: runs" % what, argv, d, **env)
            report(not cache.exists(), "%s: no cache file written" % what)

        for level in (1, 2):
            opt = d / "__pycache__" / ("mod.pystm-311.opt-%d.pyc" % level)
            same_as_oracle("-%s import" % ("O" * level), ["-" + "O" * level, "-c", PROGRAM], d)
            report(valid(opt), "-%s writes %s" % ("O" * level, opt.name))
            same_as_oracle("-%s import from the cache" % ("O" * level), ["-" + "O" * level, "-c", PROGRAM], d)

        prefix = Path(tmp, "prefix")
        shutil_rm = lambda p: subprocess.run(["rm", "-rf", str(p)])
        shutil_rm(d / "__pycache__")
        run(pystm, ["-c", PROGRAM], d, PYTHONPYCACHEPREFIX=str(prefix))
        in_prefix = Path(str(prefix) + str(d.resolve())) / "mod.pystm-311.pyc"
        report(valid(in_prefix) and not (d / "__pycache__").exists(),
               "PYTHONPYCACHEPREFIX receives the cache file", in_prefix)

        xdg = Path(tmp, "xdg")
        out = run(pystm, ["-c", PROGRAM], d, PYSTM_PYCACHE_USER_DIR="1", XDG_CACHE_HOME=str(xdg))
        in_user = Path(str(xdg / "pystm") + str(d.resolve())) / "mod.pystm-311.pyc"
        report(valid(in_user) and not (d / "__pycache__").exists(),
               "an unwritable source directory caches under $XDG_CACHE_HOME/pystm", in_user)
        report(out == run(pystm, ["-c", PROGRAM], d, PYSTM_PYCACHE_USER_DIR="1", XDG_CACHE_HOME=str(xdg)),
               "the per-user cache file is read back")
        if os.geteuid() != 0:
            shutil_rm(xdg)
            os.chmod(d, 0o555)
            try:
                run(pystm, ["-c", PROGRAM], d, XDG_CACHE_HOME=str(xdg))
                report(valid(in_user) and not (d / "__pycache__").exists(),
                       "a read-only source directory caches under $XDG_CACHE_HOME/pystm")
            finally:
                os.chmod(d, 0o755)

        bad = d / "broken.py"
        bad.write_text("x = 1\ndef g(:\n    pass\n")
        same_as_oracle("syntax error in an imported module", ["-c", "import broken"], d)
        report(not (d / "__pycache__" / "broken.pystm-311.pyc").exists(), "a module with a syntax error is not cached")

    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
