# scripts/lib/build.sh — configure and build one CMake/Ninja build tree.
# Sourced by setup.sh and test.sh. Re-running is cheap: cmake is re-run only
# when the options change (Ninja re-runs it itself when CMakeLists change),
# and ccache keeps object files across build trees and runs.

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/pystm-ccache}"
# Paths under the repo are hashed relative to it, so worktrees share hits.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
# Debug info would otherwise tie each object to its build directory.
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
PYSTM_JOBS="${PYSTM_JOBS:-2}"

# pystm_configure DIR CMAKE_ARGS... — configure DIR (relative to the repo root)
# with Ninja unless it is already configured with exactly these arguments.
pystm_configure() {
  local dir=$1; shift
  local stamp="$dir/.pystm-configure-args"
  local args="$*"
  if [[ -f $dir/build.ninja && -f $stamp && "$(cat "$stamp")" == "$args" ]]; then
    return 0
  fi
  mkdir -p "$CCACHE_DIR"
  cmake -S . -B "$dir" -G Ninja "$@" || return 1
  printf '%s' "$args" > "$stamp"
}

# Commands the build (and test.sh's ctest) run under when set: the TSan leg
# runs without address-space randomization.
pystm_launcher=()

# pystm_build DIR [TARGET...] — build DIR with PYSTM_JOBS parallel jobs.
pystm_build() {
  local dir=$1; shift
  "${pystm_launcher[@]}" ninja -C "$dir" -j "$PYSTM_JOBS" "$@"
}

PYSTM_RELEASE_ARGS=(-DCMAKE_BUILD_TYPE=Release)
PYSTM_ASAN_ARGS=(-DPYSTM_SANITIZE=address -DCMAKE_BUILD_TYPE=Release -DPYSTM_BENCHMARKS=OFF)
PYSTM_FUZZ_ARGS=(-DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Release -DPYSTM_FUZZ=ON -DPYSTM_BENCHMARKS=OFF
                 -DPYSTM_FUZZ_SECONDS="${PYSTM_FUZZ_SECONDS:-60}")
# gc/ and stm/ with their tests, cross-compiled for AArch64 (run under qemu).
PYSTM_AARCH64_ARGS=(-DCMAKE_TOOLCHAIN_FILE=cmake/aarch64-linux-gnu.cmake -DPYSTM_HEAP_ONLY=ON -DPYSTM_BENCHMARKS=OFF
                    -DCMAKE_BUILD_TYPE=Release)
# The same subset under ThreadSanitizer.
PYSTM_TSAN_ARGS=(-DPYSTM_SANITIZE=thread -DPYSTM_HEAP_ONLY=ON -DPYSTM_BENCHMARKS=OFF -DCMAKE_BUILD_TYPE=Release)
