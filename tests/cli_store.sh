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

# Kill -9 at three points of an ingest, then finish it.
for delay in 0.35 0.55 0.75; do
  rm -f "$work/killed.db"*
  "$bin" ingest --db "$work/killed.db" "$work/corpus.jsonl" 2>/dev/null & pid=$!
  sleep "$delay"; kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  echo "killed at ${delay}s: $(count "$work/killed.db" 2>/dev/null)"
  "$bin" ingest --db "$work/killed.db" "$work/corpus.jsonl" 2>/dev/null
  got=$(count "$work/killed.db")
  [ "$got" = "$full" ] || fail "after kill -9 at ${delay}s and a re-run: $got, expected $full"
done
echo "store: $full (articles events) once, after a re-run and after kill -9 at three points"
