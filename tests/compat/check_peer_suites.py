#!/usr/bin/env python3
"""The peers' validation suites (TABARI Validate.text, PETRARCH unit-test
records) run by `dyad validate`, held to recorded floors of expected codings
passed, with no must-not-code violation allowed to appear. The peers' files
are read from ../shared/reference and never copied into the repository;
where they are absent the test is skipped (exit 77). Also loads the full
Phoenix + CAMEO.2.0 set and checks it loads and codes; the load time is
printed for information only (timing in a test is flaky on a loaded machine;
speed is measured by benchmarks).

  check_peer_suites.py --dyad BIN --floors FLOORS [--update]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REF = os.path.join(ROOT, "..", "shared", "reference")
SUITES = {
    "tabari": os.path.join(REF, "tabari", "Validate.text"),
    "petrarch": os.path.join(REF, "petrarch2", "PETR.UnitTest.records.xml"),
}


def run_suite(dyad, path):
    out = subprocess.run([dyad, "validate", "--summary", path], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"dyad validate {path} failed ({out.returncode}): {out.stderr}")
    last = out.stdout.strip().splitlines()[-1]
    m = re.fullmatch(r"(\d+) passed, (\d+) failed", last)
    if not m:
        sys.exit(f"unexpected last line from dyad validate: {last!r}")
    v = re.search(r"must-not-code violations: (\d+)", out.stdout)
    return int(m.group(1)), int(m.group(2)), int(v.group(1)) if v else -1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dyad", required=True)
    ap.add_argument("--floors", required=True)
    ap.add_argument("--update", action="store_true")
    args = ap.parse_args()
    if not all(os.path.exists(p) for p in SUITES.values()):
        print("peers' reference files absent: skipped")
        return 77
    floors = json.load(open(args.floors))
    failed = False
    for name, path in SUITES.items():
        passed, fails, violations = run_suite(args.dyad, path)
        floor = floors.get(name, {})
        print(f"{name}: {passed} passed, {fails} failed, {violations} must-not-code violations "
              f"(floor {floor.get('passed')} passed, {floor.get('violations')} violations)")
        if args.update:
            floors[name] = {"passed": passed, "violations": violations}
        elif passed < floor.get("passed", 0) or violations > floor.get("violations", 0):
            failed = True
    start = time.time()
    load = subprocess.run([args.dyad, "code", "--dictionaries", "petrarch:" + os.path.join(REF, "petrarch2"),
                           "--dictionary-order", "theirs-only", "--format", "json", "-"],
                          input="Kaldoria and Orvania met.", capture_output=True, text=True)
    seconds = time.time() - start
    print(f"Phoenix + CAMEO.2.0 load and one sentence: {seconds:.2f} s")
    if load.returncode != 0:
        print(load.stderr)
        failed = True
    if args.update:
        json.dump(floors, open(args.floors, "w"), indent=2, sort_keys=True)
        open(args.floors, "a").write("\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
