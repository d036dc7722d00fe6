#!/usr/bin/env python3
"""Codes articles with dyad and validates every output line against
docs/output.schema.json; also checks that every offset pair selects the
reported text. usage: check_schema.py DYAD SCHEMA INPUT.jsonl"""
import json
import subprocess
import sys

import jsonschema


def main(dyad, schema_path, inputs):
    schema = json.load(open(schema_path))
    texts = {json.loads(l)["id"]: json.loads(l)["text"] for l in open(inputs) if l.strip()}
    out = subprocess.run([dyad, "code", "--format", "json", inputs], capture_output=True, text=True, check=True)
    n = 0
    for line in out.stdout.splitlines():
        rec = json.loads(line)
        jsonschema.validate(rec, schema)
        raw = texts[rec["id"]].encode("utf-8")
        for kind in ("quotes", "places", "dates", "actors"):
            for item in rec[kind]:
                got = raw[item["begin"]:item["end"]].decode("utf-8")
                assert got == item["text"], f"{rec['id']} {kind}: offsets give {got!r}, text is {item['text']!r}"
        for e in rec["events"]:
            assert raw[e["trigger_begin"]:e["trigger_end"]].decode("utf-8") == e["trigger"]
        n += 1
    assert n == len(texts), f"{n} records for {len(texts)} articles"
    print(f"{n} records valid")


if __name__ == "__main__":
    main(*sys.argv[1:])
