#!/usr/bin/env bash
# Style checks: clang-format (Google base, see .clang-format) on every C++
# file, and clang-tidy (checks in .clang-tidy) on the library sources.
# usage: scripts/lint.sh [--format-only]
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(find src include tools bench -name '*.cc' -o -name '*.h' | sort)
if ! command -v clang-format >/dev/null; then
  echo "lint: clang-format not installed"; exit 77
fi
clang-format --dry-run --Werror $files
echo "clang-format: $(echo "$files" | wc -l) files clean"
[ "${1:-}" = "--format-only" ] && exit 0
if ! command -v clang-tidy >/dev/null || [ ! -f build/compile_commands.json ]; then
  echo "lint: clang-tidy or build/compile_commands.json missing"; exit 77
fi
lib=$(find src -name '*.cc' ! -name '*_test.cc' | sort)
log=$(mktemp)
status=0
clang-tidy -p build --quiet $lib >"$log" 2>&1 || status=$?
grep -v "warnings generated" "$log" || true
rm -f "$log"
[ "$status" -eq 0 ] || { echo "clang-tidy: failed"; exit "$status"; }
echo "clang-tidy: $(echo "$lib" | wc -l) files clean"
