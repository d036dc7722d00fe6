#!/usr/bin/env bash
# Whole-pipeline speed of `dyad code --format json` on a generated corpus
# (bench/make_corpus.py): sentences/s, articles/s and MB/s on 1 thread and
# on all cores, peak RSS, start-up time, and the same with the PETRARCH-2
# dictionaries loaded beside dyad's own (when ../shared/reference is there).
# usage: bench/code_throughput.sh [MEGABYTES] [path/to/dyad]
set -euo pipefail
mb=${1:-10}; bin=$(realpath "${2:-build/dyad}")
cd "$(dirname "$0")/.."
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 bench/make_corpus.py "$mb" "$work/corpus.jsonl"
echo '{"id": "one", "published": "2025-03-16", "text": "Iraq and Syria held talks."}' > "$work/one.jsonl"
gaz=()
[ -s build/data/gazetteer.tsv ] && gaz=(--gazetteer build/data/gazetteer.tsv)

# run LABEL ARGS...: one run; prints the --stats line, wall time and peak RSS.
run() {
  local label=$1; shift
  python3 - "$label" "$@" <<'PY'
import resource, subprocess, sys, time
label, cmd = sys.argv[1], sys.argv[2:]
t = time.time()
p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
wall = time.time() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
stats = [l for l in p.stderr.splitlines() if " sentences/s" in l]
print("%-28s wall %6.2f s  peak RSS %5.0f MB  %s" % (label, wall, rss, stats[-1][6:] if stats else p.stderr.strip()[-200:]))
PY
}

echo "corpus: $(du -m "$work/corpus.jsonl" | cut -f1) MB, $(wc -l < "$work/corpus.jsonl") articles; $(nproc) cores"
# Start-up: loading the dictionaries and the gazetteer, coding one sentence.
python3 - "$bin" "$work/one.jsonl" "${gaz[@]}" <<'PY'
import subprocess, sys, time
best = min(
    (lambda t: (subprocess.run([sys.argv[1], "code", "--format", "json", sys.argv[2]] + sys.argv[3:],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), time.time() - t)[1])(time.time())
    for _ in range(5))
print("start-up (one short article, best of 5): %.0f ms" % (best * 1000))
PY
run "1 thread" "$bin" code --stats --format json --threads 1 "${gaz[@]}" "$work/corpus.jsonl"
run "$(nproc) threads" "$bin" code --stats --format json --threads "$(nproc)" "${gaz[@]}" "$work/corpus.jsonl"
peer=../shared/reference/petrarch2
if [ -d "$peer" ]; then
  run "1 thread, + PETRARCH-2" "$bin" code --stats --format json --threads 1 "${gaz[@]}" \
    --dictionaries "petrarch:$peer" "$work/corpus.jsonl"
fi
