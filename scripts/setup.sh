#!/usr/bin/env bash
# scripts/setup.sh — README command 1: install the Debian dependencies (only
# the missing ones), build build/pystm (Release, Ninja) and run the demo.
# Idempotent: a second run installs nothing and rebuilds nothing needless.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/lib/deps.sh
source scripts/lib/build.sh

pystm_install_deps
pystm_configure build "${PYSTM_RELEASE_ARGS[@]}"
pystm_build build pystm
echo "setup: running examples/demo.py with build/pystm"
build/pystm examples/demo.py
