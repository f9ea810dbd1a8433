"""Consistency check of the gold files. Not part of the build; needs Python 3 with PyYAML.

Usage, from the repository root:  python3 src/test/resources/gold/tools/check_gold.py

Checks that every file parses; that every claim / boilerplate / nonClaim string occurs verbatim in its text (claims
in reading order); that kinds, certainties, topics, actors and events are ids of the shared vocabulary; that time
intervals are ordered; that position labels match scores and evidence quotes claims. It also prints any text left
over once claims, boilerplate and nonClaims are removed (should be nothing but stray glyphs such as bullets).
It checks form only: the annotations themselves were made by reading the texts.
"""
import datetime
import os
import sys

import yaml

TOPICS = set("""diplomacy geopolitics geopolitics.alignment energy energy.gas energy.oil trade finance sanctions military
military.exercises military.arms military.conflict nuclear cyber arctic infrastructure technology politics
migration""".split())
ACTORS = set("""china russia united-states north-korea south-korea japan india ukraine venezuela iran turkey
european-union united-kingdom germany france saudi-arabia brazil south-africa kazakhstan mongolia pakistan vietnam
syria israel greece vladimir-putin xi-jinping donald-trump joe-biden barack-obama henry-kissinger sergey-lavrov wang-yi
kim-jong-un narendra-modi recep-tayyip-erdogan dmitry-medvedev nato brics sco united-nations eurasian-economic-union
opec gazprom cnpc rosneft novatek asean g20 g7 wto imf belt-and-road west""".split())
EVENTS = {"deal", "exercise", "sanction", "summit", "visit", "election", "arms-sale", "expulsion", "conflict"}
LABELS = {"rivalry": 0, "limited-partnership": 1, "strategic-partnership": 2, "quasi-alliance": 3, "alliance": 4,
          "undetermined": None}
CLAIM_KEYS = {"text", "kind", "attribution", "source", "certainty", "topics", "event", "actors", "time", "figures"}

root = sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/gold"
seeds = sys.argv[2] if len(sys.argv) > 2 else "seeds"
errors = 0


def err(path, message):
    global errors
    errors += 1
    print(f"{path}: {message}")


def day(value):
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))


def check_claim(path, c):
    t = c["text"]
    if set(c) - CLAIM_KEYS:
        err(path, f"unknown keys {set(c) - CLAIM_KEYS} in {t[:40]!r}")
    if c["kind"] not in ("fact", "assessment", "prediction", "prescription"):
        err(path, f"kind {c['kind']}")
    if c["attribution"] not in ("author", "reported"):
        err(path, f"attribution {c['attribution']}")
    if (c["attribution"] == "reported") != bool(c.get("source")):
        err(path, f"source must be given exactly for reported claims: {t[:40]!r}")
    if c["certainty"] not in ("asserted", "hedged", "negated"):
        err(path, f"certainty {c['certainty']}")
    for topic in c["topics"]:
        if topic not in TOPICS:
            err(path, f"topic {topic}")
    if c.get("event") and c["event"] not in EVENTS:
        err(path, f"event {c['event']}")
    if len(set(c["actors"])) != len(c["actors"]):
        err(path, f"duplicate actors in {t[:40]!r}")
    for actor in c["actors"]:
        if actor not in ACTORS:
            err(path, f"actor {actor} in {t[:40]!r}")
    time = c.get("time")
    if time:
        if "text" in time:
            if time.get("resolved") is not False:
                err(path, f"time with text must be resolved: false in {t[:40]!r}")
        elif set(time) - {"start", "end", "precision", "inferred", "from"}:
            err(path, f"unknown time keys {set(time)} in {t[:40]!r}")
        elif time.get("inferred") and not time.get("from"):
            err(path, f"inferred time needs from: in {t[:40]!r}")
        elif day(time["start"]) > day(time["end"]) or time["precision"] not in ("decade", "year", "month", "day"):
            err(path, f"bad time {time} in {t[:40]!r}")
    for figure in c.get("figures") or []:
        if figure["kind"] not in ("money", "percent", "quantity", "count"):
            err(path, f"figure kind {figure['kind']}")
        if figure["kind"] == "money" and not figure.get("currency"):
            err(path, f"money without currency in {t[:40]!r}")
        float(figure["value"])


for directory, _, names in sorted(os.walk(root)):
    for name in sorted(names):
        if not name.endswith(".yaml"):
            continue
        path = os.path.join(directory, name)
        gold = yaml.safe_load(open(path, encoding="utf-8"))
        if "file" in gold:
            text = open(os.path.join(seeds, gold["file"]), encoding="utf-8").read()
        else:
            text = gold["text"]
        boilerplate = gold.get("boilerplate") or []
        non_claims = gold.get("nonClaims") or []
        claims = [c["text"] for c in gold["claims"]]
        for s in boilerplate + non_claims:
            if s not in text:
                err(path, f"not in text: {s!r}")
        position = -1
        for c in gold["claims"]:
            found = text.find(c["text"], position + 1)
            if found < 0:
                err(path, f"claim not in text (or out of order): {c['text'][:70]!r}")
            else:
                position = found
            for b in boilerplate:
                if len(b) > 3 and b in c["text"]:
                    err(path, f"boilerplate {b!r} inside claim {c['text'][:40]!r}")
            check_claim(path, c)
        for s in set(claims):
            if claims.count(s) > 1:
                err(path, f"duplicate claim {s[:40]!r}")
        for s in non_claims:
            if s in claims:
                err(path, f"both claim and nonClaim: {s!r}")
        for p in gold.get("positions") or []:
            if p["label"] not in LABELS or LABELS[p["label"]] != p.get("score"):
                err(path, f"label/score {p['label']}/{p.get('score')}")
            if p.get("trend") not in (None, "strengthening", "stable", "weakening"):
                err(path, f"trend {p.get('trend')}")
            for r in p.get("reported") or []:
                if r.get("label") not in LABELS or not r.get("holder") or r.get("text") not in claims:
                    err(path, f"reported view needs holder, a scale label and the claim text: {r}")
            for e in p["evidence"]:
                if e["text"] not in claims:
                    err(path, f"evidence is not a claim: {e['text'][:50]!r}")
                if not isinstance(e["supports"], bool):
                    err(path, "supports must be true/false")
        rest = text
        for s in sorted(claims + boilerplate + non_claims, key=len, reverse=True):
            rest = rest.replace(s, " ")
        left = [line.strip() for line in rest.splitlines() if line.strip()]
        if left:
            print(f"{path}: left over: {left}")
        print(f"{path}: {len(claims)} claims, {len(non_claims)} nonClaims, {len(boilerplate)} boilerplate, "
              f"{len(gold.get('positions') or [])} positions")

print("OK" if errors == 0 else f"{errors} ERRORS")
sys.exit(1 if errors else 0)
