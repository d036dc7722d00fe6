#!/usr/bin/env bash
# dyad over HTTP against a local server (tests/web/serve.py): a page and a
# feed by URL, `dyad watch` with conditional requests, new items, a
# syndicated near-copy, a dead link retried, a stop by SIGTERM.
# usage: cli_web.sh path/to/dyad
set -euo pipefail
dyad=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill $server 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
expect() { [ "$2" = "$3" ] || fail "$1: got '$2', want '$3'"; }
sql() { sqlite3 "$work/w.db" "$1"; }

mkdir "$work/site"
cp "$here"/web/site/*.html "$work/site/"
python3 "$here/web/serve.py" "$work/site" "$work/port" "$work/log" &
server=$!
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.1; done
[ -s "$work/port" ] || fail "the test server did not start"
base="http://127.0.0.1:$(cat "$work/port")"
feed() { sed "s#@BASE@#$base#g" "$here/web/site/$1" > "$work/site/feed.rss"; }
feed feed.rss

# A page by URL is one article: its story without the page's boilerplate,
# its date and outlet from the metadata.
"$dyad" code --format json "$base/page2.html" > "$work/page2.json"
python3 - "$work/page2.json" "$base/page2.html" <<'PY' || fail "page by URL"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) == 1, rows
a = rows[0]
assert a["id"] == sys.argv[2], a["id"]
assert a["published"] == "2025-06-11", a["published"]
assert a["events"], "no events coded"
PY

# A feed by URL: items with a summary only are fetched from their links;
# the item carrying its whole story is not.
: > "$work/log"
"$dyad" ingest --db "$work/a.db" "$base/feed.rss" 2> "$work/ingest.err" || fail "ingest feed URL"
expect "articles from the feed" "$(sqlite3 "$work/a.db" 'SELECT count(*) FROM articles')" 3
grep -q "^/page1.html 200" "$work/log" || fail "page1 not fetched"
grep -q "missing.html" "$work/log" && fail "an item with its full text was fetched from its link"
expect "outlet of a fetched page" \
  "$(sqlite3 "$work/a.db" "SELECT source FROM articles WHERE ext_id = 'wire-002'")" "Harbour Times"
"$dyad" ingest --db "$work/a.db" "$base/feed.rss" 2>/dev/null
expect "re-ingest of a feed URL" "$(sqlite3 "$work/a.db" 'SELECT count(*) FROM articles')" 3

# dyad watch: the first round reads the feed, the second is answered 304.
: > "$work/log"
"$dyad" watch --db "$work/w.db" --every 1s --rounds 2 "$base/feed.rss" 2> "$work/watch1.err" ||
  fail "watch round 1-2: $(cat "$work/watch1.err")"
expect "articles after two rounds" "$(sql 'SELECT count(*) FROM articles')" 3
expect "feed fetched" "$(grep -c '^/feed.rss 200' "$work/log")" 1
grep -q '^/feed.rss 304 inm="' "$work/log" || fail "no conditional request answered 304"
expect "feed state" "$(sql 'SELECT status, items, fresh FROM feeds')" "not modified|3|0"

# The feed changes: a near-copy of page 1 from another outlet, and an item
# whose page is gone. Known items are not fetched again.
feed feed_v2.rss
: > "$work/log"
"$dyad" watch --db "$work/w.db" --every 1s --rounds 1 "$base/feed.rss" 2> "$work/watch2.err" ||
  fail "watch round 3"
expect "articles after the change" "$(sql 'SELECT count(*) FROM articles')" 4
grep -q "^/page4.html 200" "$work/log" || fail "the new item's page was not fetched"
grep -q "^/page1.html" "$work/log" && fail "a known item was fetched again"
grep -q "gone.html: .*404" "$work/watch2.err" || fail "no error for the dead link"
expect "dead link recorded" "$(sql "SELECT count(*) FROM failures WHERE message LIKE '%404%'")" 1
expect "near-copy linked to its story" \
  "$(sql "SELECT s.ext_id FROM articles a JOIN articles s ON s.id = a.story WHERE a.ext_id = 'wire-004'")" \
  wire-001
expect "different stories are not linked" "$(sql 'SELECT count(*) FROM articles WHERE story IS NOT NULL')" 1

# After an item failed the next poll reads the whole feed and retries it.
: > "$work/log"
"$dyad" watch --db "$work/w.db" --every 1s --rounds 1 "$base/feed.rss" 2>/dev/null || fail "round 4"
expect "feed read again" "$(grep -c '^/feed.rss 200 inm=- ims=-' "$work/log")" 1
expect "dead link retried" "$(grep -c '^/gone.html 404' "$work/log")" 1
expect "nothing else fetched" "$(wc -l < "$work/log")" 2
expect "articles unchanged" "$(sql 'SELECT count(*) FROM articles')" 4

# Until stopped: SIGTERM ends the watch cleanly with its summary.
"$dyad" watch --db "$work/w.db" --every 1s "$base/feed.rss" 2> "$work/watch5.err" &
watcher=$!
sleep 2
kill -TERM $watcher
wait $watcher || fail "watch stopped by SIGTERM exited $?"
grep -q "articles (" "$work/watch5.err" || fail "no summary after SIGTERM"

# An unreachable URL is an error naming it; the other inputs are coded.
set +e
"$dyad" code --format json "http://127.0.0.1:9/none.rss" "$base/page2.html" > "$work/two.json" \
  2> "$work/two.err"
rc=$?
set -e
expect "exit status with a failed URL" "$rc" 1
grep -q "127.0.0.1:9/none.rss" "$work/two.err" || fail "the error does not name the URL"
expect "the good URL still coded" "$(wc -l < "$work/two.json")" 1
echo "cli_web: ok"
