#!/usr/bin/env bash
# dyad's own dictionaries must be lint-clean: no duplicate, conflicting or
# unreachable entry (`dyad dict lint`, docs/peer_dictionaries.md).
set -u
out=$("$1" dict lint) || exit 1
last=$(printf '%s\n' "$out" | tail -1)
if [ "$last" != "0 duplicates, 0 conflicts, 0 unreachable" ]; then
  printf '%s\n' "$out"
  exit 1
fi
# A pattern written twice, once without its flag, is a conflict: only the
# first copy ever matches ("accuse each other of" lost its "mutual" so).
data=$(cd "$(dirname "$0")/../data" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$data" "$work/data"
printf '112 | accuse each other of\n' >> "$work/data/events/verbs_10_20.txt"
last=$("$1" dict lint --data "$work/data" | tail -1)
if [ "$last" != "0 duplicates, 1 conflicts, 1 unreachable" ]; then
  echo "a flag-only copy of a pattern was not reported: $last"
  exit 1
fi
