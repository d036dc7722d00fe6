#!/usr/bin/env python3
"""Checks that the repository's text is our own: no run of eight words in
any source, test, data or documentation file also occurs in the shared
development articles or the seed article (third-party text that must never
be copied into the repo). Exits 77 (skip) where ../shared is absent.

usage: check_own_words.py REPO_ROOT
"""
import glob
import json
import os
import re
import sys

N = 8


def words(text):
    return re.findall(r"[A-Za-z0-9']+", text.lower())


def grams(text):
    w = words(text)
    return {" ".join(w[i:i + N]) for i in range(len(w) - N + 1)}


def main():
    root = os.path.abspath(sys.argv[1])
    shared = os.path.join(root, "..", "shared")
    dev = os.path.join(shared, "eval", "dev.jsonl")
    if not os.path.exists(dev):
        print("check_own_words: ../shared absent, skipped")
        return 77
    theirs = set()
    for line in open(dev, encoding="utf-8"):
        if line.strip():
            theirs |= grams(json.loads(line).get("text", ""))
    for path in glob.glob(os.path.join(shared, "seed", "*.txt")):
        theirs |= grams(open(path, encoding="utf-8").read())
    patterns = ["src/**/*", "include/**/*", "tools/**/*", "tests/**/*", "data/**/*",
                "examples/**/*", "docs/**/*", "bench/**/*", "scripts/**/*", "README.md"]
    found = 0
    for pattern in patterns:
        for path in sorted(glob.glob(os.path.join(root, pattern), recursive=True)):
            if not os.path.isfile(path) or "/fuzz/" in path:
                continue
            text = open(path, encoding="utf-8", errors="ignore").read()
            shared_runs = grams(text) & theirs
            if shared_runs:
                found += 1
                print("%s: %d runs of %d words from third-party articles, e.g. %r"
                      % (os.path.relpath(path, root), len(shared_runs), N, sorted(shared_runs)[0]))
    print("check_own_words: %s" % ("%d files copy third-party text" % found if found else "ok"))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
