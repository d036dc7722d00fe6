#!/usr/bin/env bash
# Hostile input gets a clear error or a result, in bounded time and memory,
# and the rest of the batch is still coded: NUL bytes, 10,000 nested quotes,
# an unterminated quote, a 1 MB sentence, impossible dates, truncated gzip,
# a 100 MB line between good ones, a 100 MB HTML page, a feed that never
# ends, and pathological dictionary entries.
#   tests/cli_hostile_input.sh path/to/dyad
set -u
bin=$(realpath "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; [ -f "$work/err" ] && head -20 "$work/err"; exit 1; }

# run SECONDS MEGABYTES ARGS...: runs dyad with its output in $work/out and
# $work/err; fails the test on a crash, on overtime or on a peak RSS above
# the bound. Sets $rc. With $stdin set, dyad reads that file on its input.
run() {
  local seconds=$1 megabytes=$2
  shift 2
  python3 - "$seconds" "$megabytes" "$work" "${stdin:-/dev/null}" "$bin" "$@" <<'PY'
import resource, subprocess, sys
seconds, megabytes, work, stdin = float(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
cmd = sys.argv[5:]
with open(work + "/out", "wb") as out, open(work + "/err", "wb") as err, open(stdin, "rb") as inp:
    try:
        rc = subprocess.run(cmd, stdin=inp, stdout=out, stderr=err, timeout=seconds).returncode
    except subprocess.TimeoutExpired:
        print("timeout after %.0f s" % seconds); sys.exit(3)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
if rc < 0 or rc > 2:
    print("crashed: status %d" % rc); sys.exit(3)
if peak > megabytes:
    print("peak RSS %d MB above %d MB" % (peak, megabytes)); sys.exit(3)
open(work + "/rc", "w").write(str(rc))
print("  status %d, peak RSS %d MB" % (rc, peak))
PY
  [ $? -eq 0 ] || fail "dyad $*"
  rc=$(cat "$work/rc")
}
coded() { python3 -c "import json,sys; print(' '.join(json.loads(l)['id'] for l in open(sys.argv[1])))" "$work/out"; }

# 1. A batch of hostile files with one good article.
in=$work/in
mkdir "$in"
python3 - "$in" <<'PY'
import gzip, json, sys
d = sys.argv[1]
def w(name, data):
    open(d + "/" + name, "wb").write(data if isinstance(data, bytes) else data.encode())
w("a_good.txt", "Egypt praised Jordan on Monday.")
w("b_nul.txt", b"Iran\x00 condemned\x00 Iraq on Monday.")
w("c_nested_quotes.txt", "He said " + "\u201c" * 10000 + "Chad thanked Niger." + "\u201d" * 10000)
w("d_straight_quotes.txt", "Mali met Niger. " + '"' * 10001 + " Kenya praised Uganda.")
w("e_unterminated.txt", 'Egypt praised Jordan. He said "the talks will go on ' + "and on " * 20000)
w("f_long_sentence.txt", "Kenya condemned Uganda" + ", and Kenya condemned Uganda" * 40000 + ".")
w("g_dates.txt", "On 99/99/9999 Chad thanked Niger. On 31/02/2025 and 2025-13-45 and "
                 "February 30, 2024 and 0 March 0 Mali met Niger.")
lines = b"".join(json.dumps({"id": "z%d" % i, "text": "Chad thanked Niger."}).encode() + b"\n"
                 for i in range(500))
z = gzip.compress(lines)
w("h_truncated.jsonl.gz", z[: len(z) // 2])
with open(d + "/i_big_line.jsonl", "w") as f:
    f.write(json.dumps({"id": "before", "text": "Chad thanked Niger."}) + "\n")
    f.write('{"id": "huge", "text": "' + "Kenya condemned Uganda. " * 4400000 + '"}\n')
    f.write(json.dumps({"id": "after", "text": "Egypt praised Jordan."}) + "\n")
with open(d + "/j_huge_page.html", "w") as f:
    f.write("<html><body><p>" + "Kenya condemned Uganda. " * 4400000 + "</p></body></html>")
PY
run 120 700 code --format json --published 2025-05-06 "$in"
[ "$rc" -eq 1 ] || fail "batch exit status $rc, expected 1"
ids=$(coded)
for id in a_good c_nested_quotes d_straight_quotes e_unterminated f_long_sentence g_dates before after; do
  [[ " $ids " == *" $id "* ]] || fail "article $id was not coded (coded: $ids)"
done
grep -q "b_nul.txt: invalid_argument: binary file" "$work/err" || fail "no error for NUL bytes"
grep -q "h_truncated.jsonl.gz: data_loss: truncated" "$work/err" || fail "no error for truncated gzip"
grep -q "i_big_line.jsonl:2: resource_exhausted: line of 10560002[0-9] bytes" "$work/err" ||
  fail "no error for the 100 MB line"
grep -q "j_huge_page.html: resource_exhausted" "$work/err" || fail "no error for the 100 MB page"
python3 - "$work/out" <<'PY' || fail "impossible dates or a lost event"
import json, re, sys
arts = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1])}
for a in arts.values():
    for d in a["dates"]:
        for part in d["value"].split("/"):
            y, m, dd = (list(map(int, part.split("-"))) + [1, 1])[:3]
            assert 1 <= m <= 12 and 1 <= dd <= 31 and y >= 1, d
assert any(e["code"] == "051" for e in arts["a_good"]["events"])
assert any(e["code"] == "051" for e in arts["after"]["events"])
PY
echo "hostile batch: 8 articles coded, 4 clear errors"

# 2. The same 100 MB line on standard input: streamed, memory flat.
stdin=$in/i_big_line.jsonl run 120 400 code --format json -
[ "$(coded)" = "before after" ] || fail "stdin: coded $(coded)"

# 3. Pathological dictionary entries: warnings, and the good ones still work.
cp -r "$root/data" "$work/data"
python3 - "$work/data" <<'PY'
import sys
d = sys.argv[1]
with open(d + "/events/verbs_10_20.txt", "a") as f:
    f.write("111 | " + "denounce " * 20000 + "\n")  # A 180 KB pattern.
    f.write("111 | {|}\n111 | {{{{\n111 | }\n111 | " + "* " * 2000 + "\n")
    f.write("999 | condemn +\n111 |\n| condemn\n111 | condemn \x00 +\n")
with open(d + "/actors/agents.txt", "a") as f:
    f.write("word " * 500 + "| CVL |\n| CVL |\nsoldier | \x01\x02 |\n" + "x" * 100000 + "\n")
PY
echo "Kenya condemned Uganda on Monday." >"$work/one.txt"
run 60 400 code --data "$work/data" --format json --published 2025-05-06 "$work/one.txt"
[ "$rc" -eq 0 ] || fail "pathological dictionaries: exit status $rc"
grep -q "9 dictionary warnings" "$work/err" || fail "not 9 warnings for the pathological entries"
grep -q '"code":"111"' "$work/out" || fail "the good patterns stopped working"

# 4. A feed that never ends, served locally: stopped at the response limit.
python3 "$root/tests/web/serve.py" "$work" "$work/port" "$work/log" &
server=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port")
run 90 700 code --format json "http://127.0.0.1:$port/endless.rss" "$work/one.txt"
[ "$rc" -eq 1 ] || fail "endless feed: exit status $rc"
grep -q "endless.rss" "$work/err" || fail "no error naming the endless feed"
[ "$(coded)" = "one" ] || fail "endless feed: the good file was not coded"
echo "hostile input handled: endless feed cut off; dictionaries with bad entries loaded"
