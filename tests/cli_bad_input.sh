#!/usr/bin/env bash
# Bad input never stops a batch: every good article is coded, each bad one
# gets a one-line error naming its file (and line), and the exit status is 1.
set -u
bin=$1; work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; dir=$work/in; mkdir "$dir"
printf 'Turkey condemned Israel on Monday.' > "$dir/a_good.txt"
printf '   \n' > "$dir/b_empty.txt"
head -c 4096 /dev/urandom | tr -d '\n' | tr 'a-z' '\001-\032' > "$dir/c_binary.txt"
printf 'Iran \xff\xfe criticised Iraq.' > "$dir/d_bad_utf8.txt"
{ echo '{"id": "j1", "text": "Egypt praised Jordan."}'; echo '{"id": "j2", "text": '; echo '{"id": "j3"}';
  echo '{"id": "j4", "text": "Chad thanked Niger."}'; } > "$dir/e_batch.jsonl"
"$bin" code --format json "$dir" >"$work/out" 2>"$work/err"; rc=$?
fail() { echo "FAIL: $*"; cat "$work/err"; exit 1; }
[ "$rc" -eq 1 ] || fail "exit status $rc, expected 1"
[ "$(wc -l <"$work/out")" -eq 4 ] || fail "expected 4 coded articles, got $(wc -l <"$work/out")"
grep -q "b_empty.txt: error: empty text" "$work/err" || fail "no error for the empty file"
grep -q "c_binary.txt: invalid_argument: binary file" "$work/err" || fail "no error for the binary file"
grep -q "d_bad_utf8.txt: warning: invalid UTF-8 repaired" "$work/err" || fail "no warning for bad UTF-8"
grep -q "e_batch.jsonl:2: parse_error" "$work/err" || fail "no error for the malformed line"
grep -q "e_batch.jsonl:3: not_found: missing field 'text'" "$work/err" || fail "no error for the missing field"
python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$work/out" || fail "output is not JSON Lines"
echo "bad input handled: 4 articles coded, 4 problems reported"
