#!/usr/bin/env python3
"""Event examples: one sentence a line with the event it must yield.

usage: check_examples.py --dyad BIN --floors FLOORS.json [--update] FILE.tsv...

Each line is `sentence<TAB>code<TAB>source<TAB>target`. A line passes when
dyad codes an event of the same CAMEO root whose source and target have the
expected country (or organisation) part. The test fails when a file's pass
count drops below its floor in FLOORS.json; --update records current counts.
Failing lines are listed, so the file doubles as a to-do list for the coder.
"""
import json
import os
import subprocess
import sys


def key(code):
    code = code.upper()
    return code[:6] if code[:3] in ("IGO", "IMG", "NGO") else code[:3]


def main(argv):
    update = "--update" in argv
    argv = [a for a in argv if a != "--update"]
    dyad = argv[argv.index("--dyad") + 1]
    floors_path = argv[argv.index("--floors") + 1]
    files = [a for a in argv if a.endswith(".tsv")]
    floors = json.load(open(floors_path)) if os.path.exists(floors_path) else {}
    ok = True
    for path in files:
        rows = []
        for line in open(path, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 4 and not line.startswith("#"):
                rows.append(parts[:4])
        lines = "\n".join(json.dumps({"id": str(i), "text": r[0], "published": "2024-06-01"}) for i, r in enumerate(rows))
        run = subprocess.run([dyad, "code", "--format", "json", "-"], input=lines,
                             capture_output=True, text=True, timeout=120)
        coded = {}
        for out in run.stdout.splitlines():
            rec = json.loads(out)
            coded[rec["id"]] = rec["events"]
        passed = 0
        for i, (sentence, code, src, tgt) in enumerate(rows):
            events = coded.get(str(i), [])
            hit = any(e["code"][:2] == code[:2] and key(e["source"]["code"]) == key(src)
                      and key(e["target"]["code"]) == key(tgt) for e in events)
            passed += hit
            if not hit:
                got = ", ".join(f"{e['source']['code']}>{e['target']['code']} {e['code']}" for e in events) or "nothing"
                print(f"  miss: {sentence} [{code} {src}>{tgt}; got {got}]")
        name = os.path.basename(path)
        print(f"{name}: {passed}/{len(rows)} passed")
        if update:
            floors[name] = passed
        elif passed < floors.get(name, len(rows)):
            print(f"{name}: below floor {floors.get(name)}")
            ok = False
    if update:
        json.dump(floors, open(floors_path, "w"), indent=1, sort_keys=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
