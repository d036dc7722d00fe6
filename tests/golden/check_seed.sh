#!/usr/bin/env bash
# The seed article scored by ../shared/tools/score.py against its gold coding,
# with the minimums of issue 2. Skipped (exit 77) where ../shared is absent.
set -u
bin=$1; root=$(cd "$(dirname "$0")/../.." && pwd); shared="$root/../shared"
[ -f "$shared/tools/score.py" ] && [ -f "$shared/seed/000_0e48769f3919ebc6.txt" ] || exit 77
out=$(mktemp)
"$bin" code --format json --published 2025-03-16 --id 000_0e48769f3919ebc6 \
  "$shared/seed/000_0e48769f3919ebc6.txt" >"$out" || exit 1
python3 "$shared/tools/score.py" "$shared/seed/000_0e48769f3919ebc6.gold.jsonl" "$out" \
  --min event_recall=1.0 --min event_precision=0.8 --min quote_recall=1.0 \
  --min quote_attribution=1.0 --min date_f1=1.0 --min place_f1=0.9
rc=$?; rm -f "$out"; exit $rc
