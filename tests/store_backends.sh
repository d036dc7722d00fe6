#!/usr/bin/env bash
# The store on SQLite and on PostgreSQL gives the same answers: the same
# corpus (our 44 golden articles, a syndicated copy, a duplicate) ingested
# into both, then every query filter, stats grouping and export format run
# on each and compared byte for byte. Also on PostgreSQL: re-ingest stores
# nothing twice, and a kill -9 mid-ingest followed by a re-run ends with the
# counts of the uninterrupted run. Starts its own server; exits 77 (skip)
# where PostgreSQL is not installed.
# usage: store_backends.sh path/to/dyad
set -euo pipefail
dyad=$(realpath "$1")
root=$(dirname "$(realpath "$0")")/..
work=$(mktemp -d)
chmod 755 "$work"
trap 'bash "$root/scripts/pg_server.sh" stop "$work/pg"; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

set +e
uri=$(bash "$root/scripts/pg_server.sh" start "$work/pg")
rc=$?
set -e
[ $rc -eq 77 ] && exit 77
[ $rc -eq 0 ] || fail "could not start PostgreSQL"

# The corpus: golden articles, one syndicated copy and one exact duplicate.
python3 - "$root/tests/golden/articles" "$work/corpus.jsonl" <<'PY'
import glob, json, os, sys
rows = []
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.gold.jsonl"))):
    g = json.loads(open(path).readline())
    rows.append({k: g[k] for k in ("id", "published", "title", "text") if k in g})
copy = dict(rows[0], id="syndicated-copy", source="Other Wire")
copy["text"] = "(Other Wire) " + copy["text"]
rows += [copy, dict(rows[1], id="duplicate")]
with open(sys.argv[2], "w") as out:
    for r in rows:
        out.write(json.dumps(r) + "\n")
PY

"$dyad" ingest --db "$work/s.db" "$work/corpus.jsonl" 2>"$work/s.err" || fail "sqlite ingest"
"$dyad" ingest --db "$uri" "$work/corpus.jsonl" 2>"$work/p.err" || fail "postgresql ingest: $(cat "$work/p.err")"
grep -q "1 already stored, 1 near-copies" "$work/p.err" || fail "postgresql: $(cat "$work/p.err")"

compared=0
same() {  # same ARGS...: one dyad command on both stores, outputs equal.
  "$dyad" "$@" --db "$work/s.db" > "$work/a.out" 2>&1 || fail "sqlite: $*: $(cat "$work/a.out")"
  "$dyad" "$@" --db "$uri" > "$work/b.out" 2>&1 || fail "postgresql: $*: $(cat "$work/b.out")"
  cmp -s "$work/a.out" "$work/b.out" ||
    fail "different answers for: $* ($(diff "$work/a.out" "$work/b.out" | head -5))"
  compared=$((compared + 1))
}
nonempty() {  # nonempty ARGS...: as same, and the answer is not empty.
  same "$@"
  [ -s "$work/a.out" ] && [ "$(head -c 2 "$work/a.out")" != "0" ] || fail "empty answer for: $*"
}

nonempty query --count
nonempty query --format json
nonempty query --actor 'IRQ*' --format json
nonempty query --source 'US?' --format csv
nonempty query --target 'ISR*' --format tsv
nonempty query --code '19*'
nonempty query --root 04 --format json
nonempty query --quad 4 --format csv
nonempty query --plover CONSULT
nonempty query --since 2023 --until 2023-12 --format json
nonempty query --since 2024-03-01 --count
nonempty query --country IQ --format json
nonempty query --country SYR --format json
nonempty query --near 33.34,44.40 --km 300 --format json
nonempty query --text ceasefire --format json
nonempty query --text '"prime minister"' --count
nonempty query --text 'drone OR missile' --count
nonempty query --text 'talks AND ceasefire' --count
same query --text zzzznotaword --count
same query --actor 'I_Q' --count  # '_' is no wildcard.
nonempty query --limit 5 --format json
for by in dyad actor source target root; do
  for per in day week month year all; do nonempty stats --by "$by" --per "$per"; done
done
nonempty stats --by dyad --per month --top 3 --format json
nonempty stats --by actor --format csv --quad 4
for f in gdelt csv jsonl graphml; do nonempty export --format "$f"; done

# PostgreSQL: a re-run stores nothing twice; kill -9 then re-run completes.
"$dyad" ingest --db "$uri" "$work/corpus.jsonl" 2>"$work/p2.err"
grep -q "(0 new, 46 already stored" "$work/p2.err" || fail "re-ingest: $(cat "$work/p2.err")"
python3 - "$work/corpus.jsonl" "$work/big.jsonl" <<'PY'
import json, sys
src = [json.loads(l) for l in open(sys.argv[1])]
with open(sys.argv[2], "w") as out:
    for i in range(800):
        a = dict(src[i % len(src)], id="big-%d" % i)
        a["text"] = "Report %d. " % i + a["text"] + " (report %d)" % i
        out.write(json.dumps(a) + "\n")
PY
big="${uri%/*}/dyad_big"
port=$(echo "$uri" | sed 's/.*:\([0-9]*\)\/.*/\1/')
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
"$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U dyad dyad_big
stored() {
  "$pg_bin/psql" -h 127.0.0.1 -p "$port" -U dyad -d dyad_big -tAc \
    "SELECT count(*) FROM articles" 2>/dev/null || echo 0
}
"$dyad" ingest --db "$big" "$work/big.jsonl" 2>/dev/null &
pid=$!
for _ in $(seq 200); do  # Kill once the first batch has committed.
  [ "$(stored)" -gt 0 ] && break
  sleep 0.05
done
kill -9 $pid 2>/dev/null || true
wait $pid 2>/dev/null || true
before=$(stored)
[ "$before" -gt 0 ] && [ "$before" -lt 800 ] || fail "the kill did not land mid-ingest ($before stored)"
"$dyad" ingest --db "$big" "$work/big.jsonl" 2>"$work/resume.err" || fail "resume"
n=$("$dyad" query --db "$big" --count)
"$dyad" ingest --db "$work/big.db" "$work/big.jsonl" 2>/dev/null
m=$("$dyad" query --db "$work/big.db" --count)
[ "$n" = "$m" ] || fail "after kill -9 and re-run: $n events, uninterrupted run $m"
[ "$("$dyad" stats --db "$big" --per all --by root --format csv | md5sum)" = \
  "$("$dyad" stats --db "$work/big.db" --per all --by root --format csv | md5sum)" ] ||
  fail "after kill -9 and re-run the stats differ"
echo "store_backends: $compared commands gave the same answers; killed at $before of 800 articles, re-run: $(tail -1 "$work/resume.err"), $n events as uninterrupted"
