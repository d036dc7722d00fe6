#!/usr/bin/env bash
# Builds the libFuzzer targets (src/**/*_fuzz.cc) with clang, ASan and UBSan
# in build-fuzz/, and runs each for SECONDS (default 60) from its seed corpus
# in tests/fuzz/<target>/ (without the _fuzz suffix). New inputs go to
# build-fuzz/corpus/<target>/; a crash leaves its input in build-fuzz/ and
# makes the script fail.
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
build="$root/build-fuzz"
CXX=clang++ cmake -S "$root" -B "$build" -DDYAD_FUZZ=ON >/dev/null
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(cd "$root/src" && find . -name '*_fuzz.cc' -exec basename {} .cc \; | sort)
fi
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}" >/dev/null
status=0
for t in "${targets[@]}"; do
  seeds="$root/tests/fuzz/${t%_fuzz}"
  work="$build/corpus/$t"
  mkdir -p "$work"
  echo "== $t: ${seconds}s"
  if ! (cd "$build" && "./$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 "$work" "$seeds" 2>"$build/$t.log"); then
    echo "$t: FAILED (see $build/$t.log)"; status=1
  fi
  grep -E "^(#[0-9]+ +DONE|Done)" "$build/$t.log" | tail -1 || true
done
exit $status
