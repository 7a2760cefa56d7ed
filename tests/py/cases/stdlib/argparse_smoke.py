# argparse: positionals, options, types, choices, defaults, subcommands,
# mutually exclusive groups, nargs, actions, help text and errors.
import argparse
import sys

parser = argparse.ArgumentParser(prog="tool", description="A test tool.", epilog="The end.")
parser.add_argument("src", help="source file")
parser.add_argument("dst", nargs="?", default="out.txt")
parser.add_argument("-n", "--count", type=int, default=1, help="how many (default: %(default)s)")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--mode", choices=["fast", "slow"], default="fast")
parser.add_argument("--tag", action="append", default=[])
parser.add_argument("--flag", action="store_true")
parser.add_argument("--no-color", dest="color", action="store_false")
parser.add_argument("--ratio", type=float, metavar="R")
parser.add_argument("--pair", nargs=2, metavar=("A", "B"))
parser.add_argument("--const", action="store_const", const=42)
group = parser.add_mutually_exclusive_group()
group.add_argument("--json", action="store_true")
group.add_argument("--xml", action="store_true")

for argv in [["a.txt"], ["a.txt", "b.txt", "-n", "3", "-vv", "--mode", "slow", "--tag", "x", "--tag", "y"],
             ["--flag", "--no-color", "--ratio", "0.5", "--pair", "p", "q", "--const", "in"], ["--json", "s", "--count=7"]]:
    ns = parser.parse_args(argv)
    print(sorted(vars(ns).items(), key=lambda kv: kv[0]))

print(parser.format_usage().strip())
print(parser.format_help())


class Exit(Exception):
    pass


def no_exit(status=0, message=None):
    raise Exit(status, message)


parser.exit = no_exit
old_stderr = sys.stderr
for argv in [[], ["a", "--count", "x"], ["a", "--mode", "medium"], ["a", "--json", "--xml"], ["a", "b", "c"]]:
    import io
    sys.stderr = io.StringIO()
    try:
        parser.parse_args(argv)
    except Exit as e:
        print("error", e.args[0], sys.stderr.getvalue().strip().splitlines()[-1])
    finally:
        sys.stderr = old_stderr

ns, rest = parser.parse_known_args(["a", "--unknown", "1", "-n", "2"])
print(ns.count, rest)

# Subcommands.
main = argparse.ArgumentParser(prog="git")
sub = main.add_subparsers(dest="command", required=True)
commit = sub.add_parser("commit", help="record changes")
commit.add_argument("-m", "--message", required=True)
commit.add_argument("--amend", action="store_true")
push = sub.add_parser("push")
push.add_argument("remote", nargs="*", default=["origin"])
push.set_defaults(handler=lambda ns: "pushing to %s" % ",".join(ns.remote))
print(sorted(vars(main.parse_args(["commit", "-m", "msg", "--amend"])).items()))
ns = main.parse_args(["push", "a", "b"])
print(ns.handler(ns))
print(main.format_help())

# Argument groups, defaults from set_defaults, fromfile prefix, intermixed.
p2 = argparse.ArgumentParser(prog="p2", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
g = p2.add_argument_group("network", "network options")
g.add_argument("--host", default="localhost")
g.add_argument("--port", type=int, default=8080)
p2.add_argument("files", nargs="*")
p2.set_defaults(debug=False)
print(p2.format_help())
print(vars(p2.parse_intermixed_args(["x", "--port", "1", "y"])))
print(argparse.Namespace(a=1, b="two"))
