#!/usr/bin/env python3
"""Writes a deterministic benchmark corpus of wire-style articles as JSON Lines.

usage: bench/make_corpus.py MEGABYTES OUT.jsonl [--seed N] [--one-line]

Articles are built from the paragraphs of dyad's own example articles
(examples/ and tests/golden/articles/, all written for dyad) and from
sentence templates below, with numbers, weekdays and dates varied, so that
no two articles are the same text. The same arguments always give the same
file. --one-line writes a single article of the whole size (a stress input).
"""
import glob
import json
import os
import random
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

# Templates: {A}/{B} are actor phrases, {P} places, {D} days, {N} numbers.
TEMPLATES = [
    "{A} met {B} in {P} on {D} to discuss border security and trade.",
    "{A} accused {B} of violating the ceasefire near {P}, officials said.",
    "\"We will not accept any attack on our territory,\" {A} told reporters in {P} on {D}.",
    "{A} said {B} had agreed to release {N} prisoners before the end of the month.",
    "Fighting between {A} and {B} near {P} killed at least {N} people on {D}, witnesses said.",
    "{A} pledged {N} million dollars in humanitarian aid to {B}, according to a statement.",
    "{A} condemned the shelling of {P} and called on {B} to withdraw its forces.",
    "{A} will travel to {P} next week to hold talks with {B}, the foreign ministry said.",
    "Protesters gathered outside the parliament in {P} on {D}, demanding the resignation of {A}.",
    "{A} and {B} signed an agreement on energy cooperation in {P}.",
]
ACTORS = [
    "Iraq's prime minister", "the Syrian foreign minister", "Turkish President Recep Tayyip Erdogan",
    "the United Nations envoy", "Kenyan police", "the Sudanese army", "the Rapid Support Forces",
    "Egypt's foreign ministry", "the European Union", "Houthi rebels", "the Israeli military",
    "Hamas", "Ukraine's defence minister", "Russian forces", "the Philippine coast guard",
    "China's foreign ministry", "Colombia's government", "the ELN rebels", "NATO allies",
    "Iranian state media", "the African Union", "Somali troops", "al-Shabaab fighters",
]
PLACES = ["Baghdad", "Damascus", "Ankara", "Cairo", "Nairobi", "Khartoum", "Kyiv", "Moscow",
          "Manila", "Beijing", "Bogota", "Caracas", "Gaza", "Aden", "Mogadishu", "Geneva",
          "Brussels", "Tehran", "Doha", "Addis Ababa"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def paragraphs():
    texts = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tests/golden/articles/*.txt"))):
        texts.append(open(path, encoding="utf-8").read())
    for line in open(os.path.join(ROOT, "examples/articles.jsonl"), encoding="utf-8"):
        if line.strip():
            texts.append(json.loads(line)["text"])
    out = []
    for t in texts:
        out += [p.strip() for p in t.split("\n") if len(p.strip()) > 40]
    return out


def vary(p, rng):
    p = re.sub(r"\b\d+\b", lambda m: str(rng.randint(2, 400)), p)
    p = re.sub("|".join(DAYS), lambda m: rng.choice(DAYS), p)
    return re.sub("|".join(MONTHS), lambda m: rng.choice(MONTHS), p)


def template(rng):
    a, b = rng.sample(ACTORS, 2)
    s = rng.choice(TEMPLATES).format(A=a, B=b, P=rng.choice(PLACES), D=rng.choice(DAYS),
                                     N=rng.randint(2, 500))
    return s[0].upper() + s[1:]


def article(i, pool, rng):
    body = []
    for _ in range(rng.randint(6, 14)):
        body.append(template(rng) if rng.random() < 0.3 else vary(rng.choice(pool), rng))
    year, month, day = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    place = rng.choice(PLACES).upper()
    text = "%s, %s %d (dyad bench) - %s" % (place, MONTHS[month - 1], day, "\n".join(body))
    return {"id": "bench-%07d" % i, "published": "%04d-%02d-%02d" % (year, month, day),
            "title": body[0][:80], "source": "dyad bench", "text": text}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    limit = int(float(args[0]) * 1e6)
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    rng = random.Random(seed)
    pool = paragraphs()
    with open(args[1], "w", encoding="utf-8") as out:
        if "--one-line" in sys.argv:
            parts, size = [], 0
            while size < limit:
                parts.append(article(len(parts), pool, rng)["text"])
                size += len(parts[-1]) + 1
            out.write(json.dumps({"id": "one-line", "published": "2025-01-01",
                                  "text": "\n".join(parts)}) + "\n")
            return
        written, i = 0, 0
        while written < limit:
            line = json.dumps(article(i, pool, rng), ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            i += 1


if __name__ == "__main__":
    main()
