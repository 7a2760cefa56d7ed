#!/usr/bin/env python3
"""tools/stmlog.py — reads the conflict log that `pystm -X stmlog=FILE` writes
(format: docs/STM.md, "The conflict log") and prints where time was lost.

usage: stmlog.py FILE [--records]

Without --records it prints a summary: records and time lost per kind, then
the transaction starts (innermost frame) that lost the most time, each with
the other side's start that caused it. Runs under python3 or pystm.
"""

import struct
import sys

KINDS = ["write-write", "read-write", "inevitable", "lock"]
MAGIC = b"PYSTMLOG"


class LogFormatError(ValueError):
    pass


def read_records(data):
    """Yields dicts: kind, aborted, time_lost (s), thread, other_thread,
    object_id, traceback, other_traceback (text; '' when unknown)."""
    if data[:8] != MAGIC:
        raise LogFormatError("not a pystm conflict log")
    (version,) = struct.unpack_from("<I", data, 8)
    if version != 1:
        raise LogFormatError("unknown conflict log version %d" % version)
    pos = 12
    fixed = struct.Struct("<BBQQQQ")
    while pos < len(data):
        if pos + fixed.size > len(data):
            raise LogFormatError("truncated record at byte %d" % pos)
        kind, aborted, lost, thread, other, obj = fixed.unpack_from(data, pos)
        pos += fixed.size
        texts = []
        for _ in range(2):
            if pos + 4 > len(data):
                raise LogFormatError("truncated record at byte %d" % pos)
            (n,) = struct.unpack_from("<I", data, pos)
            pos += 4
            if pos + n > len(data):
                raise LogFormatError("truncated record at byte %d" % pos)
            texts.append(data[pos:pos + n].decode("utf-8", "replace"))
            pos += n
        if kind >= len(KINDS):
            raise LogFormatError("unknown record kind %d" % kind)
        yield {"kind": KINDS[kind], "aborted": bool(aborted), "time_lost": lost * 1e-9,
               "thread": thread, "other_thread": other, "object_id": obj,
               "traceback": texts[0], "other_traceback": texts[1]}


def innermost(traceback):
    lines = [line.strip() for line in traceback.splitlines() if line.strip()]
    return lines[-1] if lines else "(unknown)"


def summary(records, top=10):
    out = []
    per_kind = {}
    for r in records:
        n, t = per_kind.get(r["kind"], (0, 0.0))
        per_kind[r["kind"]] = (n + 1, t + r["time_lost"])
    out.append("%-12s %8s %12s" % ("kind", "records", "time lost s"))
    for kind in KINDS:
        if kind in per_kind:
            out.append("%-12s %8d %12.6f" % (kind, per_kind[kind][0], per_kind[kind][1]))
    sites = {}
    for r in records:
        key = (r["kind"], innermost(r["traceback"]), innermost(r["other_traceback"]))
        n, t = sites.get(key, (0, 0.0))
        sites[key] = (n + 1, t + r["time_lost"])
    if sites:
        out.append("")
        out.append("most time lost (victim's transaction start <- the other's):")
        for (kind, mine, other), (n, t) in sorted(sites.items(), key=lambda kv: -kv[1][1])[:top]:
            out.append("%10.6f s %5d x %-11s %s" % (t, n, kind, mine))
            out.append("%28s <- %s" % ("", other))
    return "\n".join(out)


def main(argv):
    usage = __doc__.strip().split("\n\n")[1]
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(usage, file=sys.stderr if len(argv) < 2 else sys.stdout)
        return 2 if len(argv) < 2 else 0
    try:
        with open(argv[1], "rb") as f:
            data = f.read()
    except OSError as e:
        print("stmlog: %s: %s" % (argv[1], e.strerror), file=sys.stderr)
        return 1
    try:
        records = list(read_records(data))
    except LogFormatError as e:
        print("stmlog: %s: %s" % (argv[1], e), file=sys.stderr)
        return 1
    if "--records" in argv[2:]:
        for r in records:
            print(r)
    else:
        print(summary(records))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
