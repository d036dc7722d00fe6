#!/usr/bin/env bash
# The whole test suite built with clang, AddressSanitizer and UBSan, in
# build-fuzz/ beside the libFuzzer targets (one instrumented build serves
# both), then a short run of every fuzz target from its seed corpus.
#   bash scripts/sanitize.sh [FUZZ_SECONDS]   (default 10 per target; CI runs this)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-10}
if ! command -v clang++ >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq clang >/dev/null
fi
CXX=clang++ cmake -S "$root" -B "$root/build-fuzz" -DDYAD_FUZZ=ON >/dev/null
cmake --build "$root/build-fuzz" -j"$(nproc)"
ctest --test-dir "$root/build-fuzz" --output-on-failure -j"$(nproc)"
bash "$root/scripts/fuzz.sh" "$seconds"
