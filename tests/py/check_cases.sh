#!/usr/bin/env bash
# tests/py/check_cases.sh — sanity check for the test scripts themselves:
# each case must run under python3.11 deterministically (same output under two
# hash seeds) and be 20–80 lines; pypy3 (Python 3.9) agreement is reported as
# information only. Usage: bash tests/py/check_cases.sh [CASE...]
cd "$(dirname "${BASH_SOURCE[0]}")/cases" || exit 2
cases=("$@"); ((${#cases[@]})) || mapfile -t cases < <(find . -name '*.py' | sort)
bad=0
for c in "${cases[@]}"; do
  c=${c#./}
  dir=$(dirname "$c"); base=$(basename "$c")
  a=$(cd "$dir" && PYTHONHASHSEED=0 /usr/bin/python3.11 "$base" 2>&1; echo "status $?")
  b=$(cd "$dir" && PYTHONHASHSEED=1 /usr/bin/python3.11 "$base" 2>&1; echo "status $?")
  p=$(cd "$dir" && PYTHONHASHSEED=0 /usr/bin/pypy3 "$base" 2>/dev/null; echo "status $?")
  a_out=$(cd "$dir" && PYTHONHASHSEED=0 /usr/bin/python3.11 "$base" 2>/dev/null; echo "status $?")
  lines=$(wc -l < "$c")
  note=""
  [[ $a == "$b" ]] || { note+=" NONDETERMINISTIC"; bad=1; }
  ((lines >= 20 && lines <= 80)) || note+=" lines=$lines"
  [[ $p == "$a_out" ]] || note+=" (pypy3 differs)"
  echo "$c: $(tail -n1 <<<"$a") out=$(wc -l <<<"$a_out")$note"
done
exit $bad
