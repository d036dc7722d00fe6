#!/usr/bin/env python3
"""Golden test: code one article with dyad and compare with its hand coding.

usage: check_golden.py --dyad BIN --gold ARTICLE.gold.jsonl --floors FLOORS.json [--update]

Counts what dyad gets right against the gold file (same gold format as the
seed): core events found (root and country-level actors, cooperative roots
03-06 in either direction), events predicted that match any gold event,
direct/indirect quotes found and attributed, places and dates found. The test
fails when any count falls below the floor recorded for the article in
FLOORS.json, or when dyad fails; --update records the current counts as the
new floors (run it when the coder improves, and review the diff).
"""
import fnmatch
import json
import subprocess
import sys


def country(code):
    code = (code or "").upper().rstrip("*")
    return code[:6] if code[:3] in ("IGO", "IMG", "NGO", "MNC") else code[:3]


def actor_ok(globs, code):
    if "*" in globs:
        return True
    return bool(code) and any(country(g) and country(code).startswith(country(g)) for g in globs)


def event_ok(g, p):
    roots = str(g["root"]).split("|")
    if p["code"][:2] not in roots:
        return False
    s, t = p["source"]["code"], p["target"]["code"]
    if actor_ok(g["source"], s) and actor_ok(g["target"], t):
        return True
    flip = g.get("symmetric") or roots[0] in ("03", "04", "05", "06")
    return bool(flip) and actor_ok(g["source"], t) and actor_ok(g["target"], s)


def norm(s):
    return " ".join((s or "").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"').lower().split())


def surname(name):
    parts = [w for w in norm(name).replace("-", " ").split() if w not in ("al", "el", "bin")]
    return parts[-1] if parts else ""


def counts(gold, pred):
    c = {}
    core = [e for e in gold["events"] if e["tier"] == "core"]
    c["core_events_found"] = sum(any(event_ok(g, p) for p in pred["events"]) for g in core)
    c["events_correct"] = sum(any(event_ok(g, p) for g in gold["events"]) for p in pred["events"])
    found = attributed = 0
    for q in gold["quotes"]:
        hits = [x for x in pred["quotes"] if norm(q["first_words"]) in norm(x["text"])]
        found += bool(hits)
        attributed += any(surname(x["speaker"]["name"]) == surname(q["speaker"]) for x in hits if x["speaker"]["name"])
    c["quotes_found"], c["quotes_attributed"] = found, attributed
    names = {norm(p["text"]): p for p in pred["places"]}
    c["places_found"] = sum(
        norm(g["name"]) in names and (not g.get("country") or (names[norm(g["name"])]["country"] or "").upper() == g["country"].upper())
        for g in gold["places"])
    c["dates_found"] = sum(
        any(norm(d["text"]) in norm(g["expr"]) or norm(g["expr"]) in norm(d["text"]) for d in pred["dates"] if d["value"] == g["value"])
        for g in gold["dates"])
    return c


def main(argv):
    args = dict(zip(argv[0::2], argv[1::2])) if "--update" not in argv else dict(zip(argv[0:-1:2], argv[1:-1:2]))
    gold = json.loads(open(args["--gold"], encoding="utf-8").readline())
    run = subprocess.run([args["--dyad"], "code", "--format", "json", "-"],
                         input=json.dumps({"id": gold["id"], "text": gold["text"], "published": gold["published"]}),
                         capture_output=True, text=True, timeout=60)
    if run.returncode != 0:
        print(f"dyad failed ({run.returncode}): {run.stderr}")
        return 1
    pred = json.loads(run.stdout)
    got = counts(gold, pred)
    try:
        floors = json.load(open(args["--floors"], encoding="utf-8"))
    except FileNotFoundError:
        floors = {}
    if "--update" in argv:
        floors[gold["id"]] = got
        json.dump(floors, open(args["--floors"], "w", encoding="utf-8"), indent=1, sort_keys=True)
        print(f"{gold['id']}: floors updated {got}")
        return 0
    floor = floors.get(gold["id"])
    if floor is None:
        print(f"{gold['id']}: no floors recorded; run with --update")
        return 1
    below = [f"{k}={got.get(k, 0)}<{v}" for k, v in floor.items() if got.get(k, 0) < v]
    print(f"{gold['id']}: {got}")
    if below:
        print("below floor: " + ", ".join(below))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
