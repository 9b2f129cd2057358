#!/usr/bin/env python3
"""Draws the third Wikinews development set (issue 11): every topic sentence the second set's
sampler could draw from and did not (the non-politics-titled articles outside the blind set,
less the first two development sets).

Same splitter, prose filter and topic keywords as the blind set; sentences chosen by their own
words, never by Dyad's output. It is read once scored: its first figures measure the coder from
outside, later ones are in-sample.

usage: scripts/eval/sample_wikinews_dev3.py [SHARED_DIR] [SAMPLE] > references.jsonl
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_wikinews import TOPIC, sentences  # noqa: E402  the blind set's filter and splitter
from sample_wikinews_dev import key  # noqa: E402  the article and span hash every set uses
from sample_wikinews_dev2 import read  # noqa: E402

SEED = 20261209


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
    sample = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    blind = {r["article"] for r in read(repo, "wikinews-blind")}
    taken = {(r["article"], r["start"]) for name in ("wikinews-dev", "wikinews-dev2")
             for r in read(repo, name)}
    others = []
    with open(f"{shared}/corpus/wikinews/wikinews.jsonl", encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            a = key(article["url"])
            if a in blind or TOPIC.search(article["title"]):
                continue
            for start, end, span in sentences(article["text"]):
                if TOPIC.search(span) and (a, start) not in taken:
                    others.append((article["url"], start, end, span))
    rng = random.Random(SEED)
    chosen = sorted(rng.sample(others, min(sample, len(others))), key=lambda r: (r[0], r[1]))
    for i, (url, start, end, span) in enumerate(chosen, 1):
        print(json.dumps({"id": f"wd3-{i:03d}", "article": key(url), "start": start, "end": end,
                          "sha256": key(span)}))
    print(f"{len(chosen)} of {len(others)} topic sentences left by the first two sets",
          file=sys.stderr)


if __name__ == "__main__":
    main()
