#!/usr/bin/env bash
# The store from the command line: an ingest stores each article once, a bad
# line is recorded and skipped, and a kill -9 in the middle of an ingest loses
# nothing committed: re-running it ends with the counts of an uninterrupted run.
set -u
bin=$1; examples=$2; work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
count() { sqlite3 "$1" "SELECT (SELECT count(*) FROM articles) || ' ' || (SELECT count(*) FROM events)"; }

# A corpus of 600 distinct articles made from the bundled examples, a bad line among them.
python3 - "$examples" "$work/corpus.jsonl" <<'PY'
import json, sys
src = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
with open(sys.argv[2], "w") as out:
    for i in range(600):
        a = dict(src[i % len(src)])
        a["id"] = "copy-%d" % i
        a["text"] = a["text"] + " This is report number %d." % i
        out.write(json.dumps(a) + "\n")
        if i == 300:
            out.write('{"id": "broken", "text": \n')
PY

"$bin" ingest --db "$work/full.db" "$work/corpus.jsonl" 2>"$work/err"; rc=$?
[ "$rc" -eq 1 ] || fail "exit status $rc with one bad line, expected 1"
full=$(count "$work/full.db")
[ "${full%% *}" -eq 600 ] || fail "expected 600 articles, got $full"
[ "$(sqlite3 "$work/full.db" 'SELECT count(*) FROM failures')" -eq 1 ] || fail "the bad line is not recorded"
"$bin" ingest --db "$work/full.db" "$work/corpus.jsonl" 2>/dev/null
[ "$(count "$work/full.db")" = "$full" ] || fail "a second ingest changed the counts"
n=$("$bin" query --db "$work/full.db" --count)
[ "$n" -eq "${full##* }" ] || fail "query --count says $n, the table ${full##* }"

# Exports, re-read: as many CSV and JSON Lines rows as events; GDELT rows of
# 61 columns, one per distinct reported event; GraphML that parses, with an
# edge per dyad.
db=$work/full.db
"$bin" export --db "$db" --format csv -o "$work/e.csv" || fail "export csv"
"$bin" export --db "$db" --format jsonl -o "$work/e.jsonl" || fail "export jsonl"
"$bin" export --db "$db" --format gdelt -o "$work/e.gdelt" || fail "export gdelt"
"$bin" export --db "$db" --format graphml -o "$work/e.graphml" || fail "export graphml"
python3 - "$work" "$n" <<'PY' || fail "exports do not read back"
import csv, json, sys, xml.etree.ElementTree as ET
work, n = sys.argv[1], int(sys.argv[2])
rows = list(csv.DictReader(open(work + "/e.csv")))
assert len(rows) == n, ("csv", len(rows), n)
lines = [json.loads(l) for l in open(work + "/e.jsonl")]
assert len(lines) == n, ("jsonl", len(lines), n)
gdelt = [l.rstrip("\n").split("\t") for l in open(work + "/e.gdelt")]
assert gdelt and all(len(r) == 61 for r in gdelt), "gdelt columns"
# NumArticles: the articles reporting each event, so summed, each article's
# distinct events.
reports = {(r["article"], r["date"], r["source"], r["target"], r["code"], r["place"]) for r in rows}
assert sum(int(r[33]) for r in gdelt) == len(reports), "NumArticles"
assert len(gdelt) == len({k[1:] for k in reports}), "one row per reported event"
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
graph = ET.parse(work + "/e.graphml").getroot()
dyads = {(r["source"], r["target"]) for r in rows}
assert len(graph.findall(".//g:edge", ns)) == len(dyads), "graphml edges"
PY
stats=$("$bin" stats --db "$db" --by root --format csv | tail -n +2 | awk -F, '{s+=$3} END {print s}')
[ "$stats" -eq "$n" ] || fail "stats count $stats events, the store $n"

# Kill -9 mid-ingest (once nothing, once 200, once 400 articles are
# committed), then run the same ingest again.
for at in 0 200 400; do
  rm -f "$work/killed.db"*
  "$bin" ingest --db "$work/killed.db" "$work/corpus.jsonl" 2>/dev/null & pid=$!
  for _ in $(seq 600); do
    done_=$(sqlite3 "$work/killed.db" "SELECT count(*) FROM articles" 2>/dev/null || echo 0)
    [ "${done_:-0}" -ge "$at" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.02
  done
  kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  before=$(count "$work/killed.db" 2>/dev/null)
  "$bin" ingest --db "$work/killed.db" "$work/corpus.jsonl" 2>/dev/null
  got=$(count "$work/killed.db")
  [ "$got" = "$full" ] || fail "killed with $before stored, then re-run: $got, expected $full"
done
echo "store: $full (articles events) once, after a re-run, and after kill -9 at 0, 200 and 400 articles"
