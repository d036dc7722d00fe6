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
