#!/usr/bin/env bash
# Ingest throughput: articles/s of `dyad code` alone and of `dyad ingest`
# into a fresh store, on a corpus of N distinct articles made from the
# bundled examples, and what the store costs beside the coding: in wall
# time (the store writes on its own thread) and in CPU time.
# usage: bench/ingest_throughput.sh [N] [path/to/dyad] [REPS]
set -euo pipefail
n=${1:-3000}; bin=${2:-build/dyad}; reps=${3:-3}
cd "$(dirname "$0")/.."
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 - "$n" examples/articles.jsonl "$work/corpus.jsonl" <<'PY'
# Article i: its date line from example i % 5, then 8-16 paragraphs drawn
# from all the examples by a generator seeded with i, so that articles are
# distinct stories to the near-copy check, as in a real corpus.
import json, random, sys
n, src = int(sys.argv[1]), [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
paragraphs = [p for a in src for p in a["text"].split("\n") if len(p) > 40]
with open(sys.argv[3], "w") as out:
    for i in range(n):
        rng = random.Random(i)
        a = dict(src[i % len(src)])
        a["id"] = "bench-%d" % i
        a["text"] = "\n".join(rng.sample(paragraphs, rng.randint(8, min(16, len(paragraphs)))))
        out.write(json.dumps(a) + "\n")
PY
# The least wall seconds and CPU seconds (user + system) of $reps runs (a
# shared machine's noise only ever adds time); "@DB" in the command is a
# fresh store each run.
seconds() {
  python3 -c 'import os, resource, subprocess, sys, time
reps, work, cmd = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
best_wall = best_cpu = float("inf")
for i in range(reps):
    db = os.path.join(work, "bench%d.db" % i)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.time()
    subprocess.run([db if c == "@DB" else c for c in cmd], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)
    wall = time.time() - t
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = r.ru_utime + r.ru_stime - before.ru_utime - before.ru_stime
    best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
print(best_wall, best_cpu)' "$reps" "$work" "$@"
}
code=$(seconds "$bin" code --format json "$work/corpus.jsonl")
ingest=$(seconds "$bin" ingest --db @DB "$work/corpus.jsonl")
python3 - "$n" $code $ingest <<'PY'
import sys
n = int(sys.argv[1])
code, code_cpu, ingest, ingest_cpu = map(float, sys.argv[2:6])
print("articles: %d (best of runs)" % n)
print("dyad code:   %6.2f s wall %6.2f s CPU  %7.0f articles/s" % (code, code_cpu, n / code))
print("dyad ingest: %6.2f s wall %6.2f s CPU  %7.0f articles/s" % (ingest, ingest_cpu, n / ingest))
print("store cost, share of the coding time: %.0f%% wall (writer thread beside the coder), "
      "%.0f%% CPU" % (100 * (ingest - code) / code, 100 * (ingest_cpu - code_cpu) / code_cpu))
PY
