#!/usr/bin/env python3
"""Compare two runs of `dyad code` (JSON Lines) and print the events one has and the other lacks.

Events are keyed by document, sentence, source, target and type. Events of the articles the
second blind set was drawn from are never printed, only counted, so that reading the yield of a
change does not read that set's sentences (see dyad-core/src/test/resources/coding/wikinews-blind2).

    python3 scripts/eval/yield_diff.py OLD.jsonl NEW.jsonl
"""
import hashlib
import json
import pathlib
import sys

BLIND = (pathlib.Path(__file__).resolve().parents[2]
         / "dyad-core/src/test/resources/coding/wikinews-blind2/references.jsonl")


def article_key(url):
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def load(path):
    events = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            target = (e.get("target") or {}).get("code", "-")
            key = (e["doc_uri"], e["sentence_index"], e["source"]["code"], target, e["event_type"])
            events[key] = e
    return events


def main(old_path, new_path):
    blind = {json.loads(line)["article"] for line in open(BLIND, encoding="utf-8")}
    old, new = load(old_path), load(new_path)
    print(f"old {len(old)} new {len(new)}")
    hidden = 0
    for tag, mine, other in (("LOST", old, new), ("NEW", new, old)):
        for key in sorted(set(mine) - set(other)):
            e = mine[key]
            if article_key(e["doc_uri"]) in blind:
                hidden += 1
                continue
            print(tag, key[2], "->", key[3], key[4], e["modality"], e["pattern"], "|",
                  e["sentence"][:300])
    print("not shown (second blind set's articles):", hidden)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
