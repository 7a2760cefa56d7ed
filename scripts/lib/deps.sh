# scripts/lib/deps.sh — the one list of Debian packages pystm needs, and the
# function that installs the missing ones. Sourced by setup.sh and test.sh;
# never run on its own. It must never touch the network when nothing is
# missing: a second run of setup.sh installs nothing.

PYSTM_DEPS=(
  cmake ninja-build g++ ccache pkg-config
  libtbb-dev libasmjit-dev libffi-dev libjemalloc-dev
  googletest libgtest-dev libbenchmark-dev
  libgmp-dev libutf8proc-dev zlib1g-dev
  unicode-data   # the Unicode Character Database files behind unicodedata
  python3.11 libpython3.11-stdlib pypy3
  python3-pytest   # `pystm -m pytest` runs Debian's pytest from dist-packages
  clang libclang-rt-14-dev
  # The AArch64 leg: cross compiler, emulator, arm64 GoogleTest (multiarch).
  g++-aarch64-linux-gnu qemu-user-static libgtest-dev:arm64
)

# Prints the packages of PYSTM_DEPS that dpkg does not report as installed.
pystm_missing_deps() {
  local pkg status
  for pkg in "${PYSTM_DEPS[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
    [[ $status == ii* ]] || echo "$pkg"
  done
}

# Installs whatever is missing; refreshes the package lists only then.
pystm_install_deps() {
  local missing
  mapfile -t missing < <(pystm_missing_deps)
  if ((${#missing[@]} == 0)); then
    echo "deps: all ${#PYSTM_DEPS[@]} packages are installed"
    return 0
  fi
  echo "deps: installing ${missing[*]}"
  local sudo=()
  if ((EUID != 0)); then
    if command -v sudo >/dev/null; then
      sudo=(sudo)
    else
      echo "deps: missing packages and not root (no sudo): ${missing[*]}" >&2
      return 1
    fi
  fi
  # arm64 packages (the AArch64 leg) need the foreign architecture first.
  if printf '%s\n' "${missing[@]}" | grep -q ':arm64$' && ! dpkg --print-foreign-architectures | grep -qx arm64; then
    "${sudo[@]}" dpkg --add-architecture arm64
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
}
