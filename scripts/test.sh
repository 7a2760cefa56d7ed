#!/usr/bin/env bash
# scripts/test.sh — README command 2: install missing dependencies, build
# Release in build/ and run every CTest suite, then build ASan+UBSan in
# build-asan/ and run its unit, differential (py) and STM stress suites, then
# cross-build the heap for AArch64 and run its unit and stress tests under qemu
# (build-aarch64/), then build the same heap subset with ThreadSanitizer and
# run its unit and stress tests (build-tsan/; a data race fails them), then
# fuzz the front end for a bounded time (build-fuzz/, clang). Exits non-zero
# on any build or test failure; the last line is always "N passed, M failed",
# counting CTest tests across every build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/lib/deps.sh
source scripts/lib/build.sh

export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"

passed=0
failed=0
status=0
logdir=$(mktemp -d)
trap 'rm -rf "$logdir"' EXIT

# run_ctest NAME DIR [CTEST_ARGS...] — run ctest, add its counts to the totals.
run_ctest() {
  local name=$1 dir=$2; shift 2
  local log="$logdir/$name.log" rc=0
  echo "=== ctest ($name) ==="
  "${pystm_launcher[@]}" ctest --test-dir "$dir" --output-on-failure -j "$PYSTM_JOBS" --timeout 600 "$@" \
    2>&1 | tee "$log" || rc=$?
  local line
  line=$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1 || true)
  if [[ -n $line ]]; then
    local nfail total
    nfail=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
    total=$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$line")
    passed=$((passed + total - nfail))
    failed=$((failed + nfail))
  elif ! grep -q 'No tests were found' "$log"; then
    echo "test.sh: could not read the ctest summary for $name" >&2
    rc=1
  fi
  ((rc == 0)) || status=1
}

# build_and_test NAME DIR CTEST_ARGS -- CMAKE_ARGS...
build_and_test() {
  local name=$1 dir=$2 ctest_args=() cmake_args=()
  shift 2
  while (($#)) && [[ $1 != -- ]]; do ctest_args+=("$1"); shift; done
  shift
  cmake_args=("$@")
  echo "=== build ($name) in $dir ==="
  if pystm_configure "$dir" "${cmake_args[@]}" && pystm_build "$dir"; then
    run_ctest "$name" "$dir" "${ctest_args[@]}"
  else
    echo "test.sh: the $name build failed; its tests were not run" >&2
    status=1
  fi
}

pystm_install_deps
build_and_test release build -- "${PYSTM_RELEASE_ARGS[@]}"
# (The scripts that print exactly when weak references die are in
# tests/py/gc_timing, registered but disabled: see its README.)
build_and_test asan build-asan -L '^(unit|py|stm)$' -- "${PYSTM_ASAN_ARGS[@]}"

# The heap on AArch64: gc/ and stm/ with their unit and threaded stress tests
# cross-compiled (statically linked: Debian 12's qemu-user hangs in
# pthread_create of dynamically linked guests) and run under
# qemu-aarch64-static with a 2 GiB heap range (qemu-user tracks every page of
# a mapping).
echo "=== build (aarch64) in build-aarch64 ==="
if pystm_configure build-aarch64 "${PYSTM_AARCH64_ARGS[@]}" && pystm_build build-aarch64; then
  export PYSTM_HEAP_RESERVE_MB=2048
  run_ctest aarch64 build-aarch64 -L '^(unit|stm)$'
  unset PYSTM_HEAP_RESERVE_MB
else
  echo "test.sh: the aarch64 build failed; its tests were not run" >&2
  status=1
fi

# The heap under ThreadSanitizer: gc/ and stm/ with their unit and threaded
# stress tests (the subset of the AArch64 leg). A report fails its test (TSan
# exits 66); the heap's deliberate races are annotated in
# gc/race_annotations.h, and no suppressions apply. Without address-space
# randomization where setarch allows it: TSan's fixed shadow layout does not
# fit the mappings of kernels with a high vm.mmap_rnd_bits.
if setarch "$(uname -m)" -R true 2>/dev/null; then
  pystm_launcher=(setarch "$(uname -m)" -R)
fi
build_and_test tsan build-tsan -L '^(unit|stm)$' -- "${PYSTM_TSAN_ARGS[@]}"
pystm_launcher=()

# Bounded libFuzzer runs over the front end and the bytecode-cache decoder (clang; only the fuzz targets are built).
echo "=== build (fuzz) in build-fuzz ==="
if pystm_configure build-fuzz "${PYSTM_FUZZ_ARGS[@]}" && pystm_build build-fuzz pystm_parser_fuzzer pystm_code_unit_format_fuzzer; then
  run_ctest fuzz build-fuzz -L '^fuzz$'
else
  echo "test.sh: the fuzz build failed; its test was not run" >&2
  status=1
fi

ccache --show-stats 2>/dev/null | grep -Ei 'hits|misses' | head -n 3 || true
echo "$passed passed, $failed failed"
exit "$status"
