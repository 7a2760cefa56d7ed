#!/usr/bin/env python3.11
"""tests/py/cli_test.py — the `pystm` command line against CPython 3.11.

Checks what the brief's "drop-in interpreter" promises of the command line:
--version, -c CODE with arguments, exit statuses of SystemExit(n), of an
uncaught exception and of a syntax error, and the message and status for a
script file that does not exist. The oracle's behaviour is always observed,
never written down here; only the program name in messages is normalized.

usage: cli_test.py PYSTM [--oracle PATH]
"""

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import harness

SCRIPTS = {
    "exit3.py": "print('before')\nraise SystemExit(3)\nprint('after')\n",
    "exit0.py": "print('quiet')\nraise SystemExit()\n",
    "exitmsg.py": "raise SystemExit('bye now')\n",
    "uncaught.py": "def f(n):\n    return 10 // n\nprint(f(2))\nprint(f(0))\n",
    "syntax.py": "print('never')\nx = = 1\n",
    "ok.py": "print('hello', 6 * 7)\n",
    "mod_main.py": "import sys\nprint(__name__, __package__, sys.argv[1:], sys.argv[0].endswith('mod_main.py'))\n",
    "firstline.py": "this line is not Python\nprint('second line runs')\nraise ValueError('line 3')\n",
    "asserting.py": "def f():\n    'a docstring'\n    assert False\nassert False, 'module assert'\n",
    "test_unit.py": ("import unittest\nclass T(unittest.TestCase):\n    def test_ok(self):\n        self.assertEqual(1 + 1, 2)\n"
                     "    def test_bad(self):\n        self.assertIn('x', 'abc')\n"
                     "    @unittest.skip('later')\n    def test_skip(self):\n        pass\n"),
}

FLAGS = ("import sys; f = sys.flags; print(f.debug, f.inspect, f.interactive, f.optimize, f.dont_write_bytecode, "
         "f.no_user_site, f.no_site, f.ignore_environment, f.verbose, f.bytes_warning, f.quiet, f.isolated, "
         "f.safe_path, f.dev_mode, sys.dont_write_bytecode, sys.warnoptions)")

SITE = ("import sys, builtins; print(sys.path[0] == '', any(p.endswith('-packages') for p in sys.path), "
        "[hasattr(builtins, n) for n in ('exit', 'quit', 'help', 'copyright', 'credits', 'license')], "
        "'site' in sys.modules)")

# (description, arguments after the program[, stdin bytes[, environment
# changes[, "status" to compare only the exit status]]]); the run's cwd is
# the temp dir.
CASES = [
    ("-c prints", ["-c", "print(1 + 2, 'x' * 3)"]),
    ("-c with arguments", ["-c", "print('args ignored', len('abc'))", "one", "two", "-x"]),
    ("-c SystemExit(4)", ["-c", "raise SystemExit(4)"]),
    ("-c uncaught exception", ["-c", "print('a')\n[][1]"]),
    ("-c syntax error", ["-c", "1 +"]),
    ("script", ["ok.py"]),
    ("script with arguments", ["ok.py", "a", "b"]),
    ("SystemExit(3)", ["exit3.py"]),
    ("SystemExit()", ["exit0.py"]),
    ("SystemExit('bye now')", ["exitmsg.py"]),
    ("uncaught exception", ["uncaught.py"]),
    ("syntax error", ["syntax.py"]),
    ("missing file", ["no_such_file.py"]),
    ("-m module with arguments", ["-m", "mod_main", "x", "-y"]),
    ("-m missing module", ["-m", "no_such_module_q"]),
    # The last stderr line is unittest's verdict; the run time is on another.
    ("-m unittest a test file", ["-m", "unittest", "test_unit.py"]),
    ("-m unittest discover", ["-m", "unittest", "discover", "-p", "test_unit.py"]),
    # Option syntax: combined letters, attached arguments, --, -, errors.
    ("-Bc combined", ["-Bc", "print('combined')"]),
    ("-uc combined", ["-uc", "print('unbuffered')"]),
    ("-c with attached code", ["-cprint('attached')"]),
    ("-E -s -S -B before -c", ["-E", "-s", "-S", "-B", "-c", "print('flags ok')"]),
    ("unknown option", ["-z"]),
    ("unknown option among known ones", ["-Bz", "-c", "pass"]),
    ("unknown long option", ["--frobnicate"]),
    ("-c without argument", ["-c"]),
    ("-m without argument", ["-m"]),
    ("-W without argument", ["-W"]),
    ("-X without argument", ["-X"]),
    ("-- then a script", ["--", "ok.py", "-c", "x"]),
    ("-- then -c is a file name", ["--", "-c"]),
    ("-x skips the first line", ["-x", "firstline.py"]),
    ("-h exit status", ["-h"], None, None, "status"),
    ("--help exit status", ["--help"], None, None, "status"),
    # sys.flags and friends as the options and PYTHON* variables set them.
    ("sys.flags with options", ["-B", "-O", "-s", "-S", "-E", "-u", "-q", "-c", FLAGS]),
    ("sys.flags with -OO -I", ["-OO", "-I", "-c", FLAGS]),
    ("sys.flags with -P -b -v", ["-P", "-b", "-d", "-c", FLAGS]),
    ("sys.flags with -i", ["-i", "-c", FLAGS]),
    ("PYTHON* variables", ["-c", FLAGS], None,
     {"PYTHONOPTIMIZE": "2", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONINSPECT": "", "PYTHONSAFEPATH": "1",
      "PYTHONNOUSERSITE": "1"}),
    ("PYTHONOPTIMIZE=x means 1", ["-c", FLAGS], None, {"PYTHONOPTIMIZE": "yes"}),
    ("-X dev", ["-X", "dev", "-W", "error", "-c", FLAGS]),
    ("-X dev -bb with PYTHONWARNINGS", ["-X", "dev", "-bb", "-W", "error", "-c", FLAGS], None,
     {"PYTHONWARNINGS": "once"}),
    ("PYTHONDEVMODE", ["-c", FLAGS], None, {"PYTHONDEVMODE": "1"}),
    # site: sys.path[0] after it, site-packages and builtins names unless -S.
    ("site", ["-c", SITE]),
    ("-S: no site", ["-S", "-c", SITE]),
    ("-I: no script directory", ["-I", "-c", SITE]),
    ("-P with a script", ["-P", "ok.py"]),
    ("script directory first", ["-c", "import sys, os; print(sys.path[0] == '')"]),
    ("exit() from site", ["-c", "print('bye'); exit(4)"]),
    ("-E ignores PYTHON* variables", ["-E", "-c", FLAGS], None,
     {"PYTHONOPTIMIZE": "2", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONSAFEPATH": "1"}),
    ("-W and PYTHONWARNINGS", ["-W", "error::DeprecationWarning", "-Wonce", "-c",
                               "import sys; print(sys.warnoptions)"], None,
     {"PYTHONWARNINGS": "ignore,default::UserWarning"}),
    ("-W ignore silences warnings", ["-W", "ignore", "-c", "import warnings; warnings.warn('hidden'); print('done')"]),
    ("-X options", ["-X", "foo", "-Xbar=baz", "-X", "pycache_prefix=/nonexistent", "-c",
                    "import sys; print(sorted(sys._xoptions.items()))"]),
    ("sys.orig_argv", ["-B", "-c", "import sys; print(sys.orig_argv[1:], sys.argv)", "a", "-b"]),
    ("-O drops asserts", ["-O", "-c", "assert False, 'kept'\nprint('asserts off', __debug__)"]),
    ("asserts kept without -O", ["-c", "assert False, 'kept'"]),
    ("-OO drops docstrings", ["-OO", "-c", "def f():\n    'doc'\nprint(f.__doc__, __debug__)"]),
    ("-O with an imported module", ["-O", "-c", "import asserting; print(asserting.f.__doc__)"]),
    ("-P leaves the script directory out", ["-P", "-c", "import sys; print(sys.path[0] != '')"]),
    # Programs from stdin.
    ("program from stdin", [], b"import sys\nprint('from stdin', sys.argv)\n"),
    ("- with arguments", ["-", "a", "b"], b"import sys\nprint(sys.argv, __name__)\n"),
    ("stdin program raising", [], b"print('x')\n1/0\n"),
    ("-i after -c with piped input", ["-i", "-c", "x = 20"],
     b"x + 1\ndef g():\n    return x * 2\n\ng()\nraise ValueError('v')\nprint('still running')\n"),
    ("-i with SystemExit in the input", ["-i", "-c", "pass"], b"print('a')\nraise SystemExit(5)\nprint('b')\n"),
    ("PYTHONINSPECT with piped input", ["-c", "y = 7"], b"y * 6\n", {"PYTHONINSPECT": "1"}),
    ("-i with a piped program", ["-i"], b"print(1)\nz = 2\nz\n"),
    ("-i after SystemExit", ["-i", "-c", "raise SystemExit(3)"], b"print('after')\n"),
    ("-i after an exception in a script", ["-i", "uncaught.py"], b"f(5)\n"),
    ("-i -q with a piped program", ["-i", "-q"], b"print(1)\nfor i in range(2):\n    print(i)\n\n"),
]



def run(exe, args, cwd, stdin=None, env_changes=None):
    env = dict(os.environ, PYTHONHASHSEED="0")
    for name in list(env):
        if name.startswith("PYTHON") and name != "PYTHONHASHSEED":
            del env[name]
    env.update(env_changes or {})
    try:
        p = subprocess.run([exe] + args, cwd=cwd, env=env, capture_output=True,
                           input=stdin if stdin is not None else b"", timeout=30)
    except subprocess.TimeoutExpired:
        return b"", b"", "timeout"
    except OSError as e:
        return b"", b"", "could not start: %s" % e
    return p.stdout, p.stderr, p.returncode


def last_line(data, exe):
    lines = data.decode("utf-8", "replace").rstrip("\n").split("\n")
    line = lines[-1] if lines else ""
    # "PROGRAM: can't open file ...": the program name is the interpreter's own.
    m = re.match(r"^(.*?): (can't open file .*|No module named .*)$", line)
    if m:
        line = "PROG: " + m.group(2)
    return line


def main():
    pystm, oracle = harness.parse_args()
    report = harness.Reporter()

    version_re = re.compile(rb"^Python 3\.11\.\d+\n$")
    o_out, _, o_status = run(oracle, ["--version"], "/")
    a_out, a_err, a_status = run(pystm, ["--version"], "/")
    report(version_re.match(o_out) is not None and o_status == 0,
           "oracle --version has the expected form", repr(o_out))
    report(version_re.match(a_out) is not None and a_status == 0,
           "--version prints 'Python 3.11.N'", "stdout %r stderr %r status %r"
           % (a_out, a_err[-300:], a_status))

    with tempfile.TemporaryDirectory() as tmp:
        for name, text in SCRIPTS.items():
            Path(tmp, name).write_text(text)
        for what, argv, *extra in CASES:
            stdin, env_changes, only = (extra + [None, None, None])[:3]
            e = run(oracle, argv, tmp, stdin, env_changes)
            a = run(pystm, argv, tmp, stdin, env_changes)
            problems = []
            if only == "status":
                e, a = (b"", b"", e[2]), (b"", b"", a[2])
            if a[0] != e[0]:
                problems.append("stdout: python3.11 %r, pystm %r" % (e[0], a[0]))
            if a[2] != e[2]:
                problems.append("status: python3.11 %r, pystm %r" % (e[2], a[2]))
            el, al = last_line(e[1], oracle), last_line(a[1], pystm)
            if el != al:
                problems.append("last stderr line:\n  python3.11: %s\n  pystm:      %s" % (el, al))
            report(not problems, "%s: %s" % (what, " ".join(argv)[:60].replace("\n", "\\n")),
                   "\n".join(problems))

    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
