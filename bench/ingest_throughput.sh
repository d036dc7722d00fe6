#!/usr/bin/env bash
# Ingest throughput: articles/s of `dyad code` alone and of `dyad ingest`
# into a fresh store, on a corpus of N distinct articles made from the
# bundled examples, and the share of the ingest time the store costs.
# usage: bench/ingest_throughput.sh [N] [path/to/dyad]
set -euo pipefail
n=${1:-3000}; bin=${2:-build/dyad}
cd "$(dirname "$0")/.."
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 - "$n" examples/articles.jsonl "$work/corpus.jsonl" <<'PY'
import json, sys
n, src = int(sys.argv[1]), [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
with open(sys.argv[3], "w") as out:
    for i in range(n):
        a = dict(src[i % len(src)])
        a["id"] = "bench-%d" % i
        a["text"] += " This is report number %d." % i
        out.write(json.dumps(a) + "\n")
PY
seconds() {
  python3 -c 'import subprocess, sys, time
t = time.time()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
print(time.time() - t)' "$@"
}
code=$(seconds "$bin" code --format json "$work/corpus.jsonl")
ingest=$(seconds "$bin" ingest --db "$work/bench.db" "$work/corpus.jsonl")
python3 - "$n" "$code" "$ingest" <<'PY'
import sys
n, code, ingest = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
print("articles: %d" % n)
print("dyad code:   %6.2f s  %7.0f articles/s" % (code, n / code))
print("dyad ingest: %6.2f s  %7.0f articles/s" % (ingest, n / ingest))
print("store share of ingest time: %.0f%% (store time / coding time: %.0f%%)"
      % (100 * (ingest - code) / ingest, 100 * (ingest - code) / code))
PY
