#!/usr/bin/env python3
"""Draws the second Wikinews development set (issue 11): topic sentences of the articles of
../shared/corpus/wikinews that the blind set does not use, other than those the first
development set took.

The first development set's method (`sample_wikinews_dev.py`): the blind sampler's regex splitter,
prose filter and topic keywords, sentences chosen by their own words, never by Dyad's output, with
a seed of its own. Every politics-titled article outside the blind set went into the first set, so
this one draws only from the topic sentences of the other non-blind articles that the first set
left. It is read once scored: its first figures measure the coder from outside, later ones are
in-sample.

usage: scripts/eval/sample_wikinews_dev2.py [SHARED_DIR] [SAMPLE] > references.jsonl
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_wikinews import TOPIC, sentences  # noqa: E402  the blind set's filter and splitter
from sample_wikinews_dev import key  # noqa: E402  the article and span hash both sets use

SEED = 20261208
SETS = "dyad-core/src/test/resources/coding/"


def read(repo, name):
    with open(os.path.join(repo, SETS, name, "references.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def topic_sentences_left(shared, repo, sets):
    """The topic sentences of the non-politics-titled articles outside the blind set that none of
    the named sets took: (url, start, end, span) in corpus order."""
    blind = {r["article"] for r in read(repo, "wikinews-blind")}
    taken = {(r["article"], r["start"]) for name in sets for r in read(repo, name)}
    left = []
    with open(f"{shared}/corpus/wikinews/wikinews.jsonl", encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            a = key(article["url"])
            if a in blind or TOPIC.search(article["title"]):
                continue
            for start, end, span in sentences(article["text"]):
                if TOPIC.search(span) and (a, start) not in taken:
                    left.append((article["url"], start, end, span))
    return left


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
    sample = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    others = topic_sentences_left(shared, repo, ["wikinews-dev"])
    rng = random.Random(SEED)
    chosen = sorted(rng.sample(others, min(sample, len(others))), key=lambda r: (r[0], r[1]))
    for i, (url, start, end, span) in enumerate(chosen, 1):
        print(json.dumps({"id": f"wd2-{i:03d}", "article": key(url), "start": start, "end": end,
                          "sha256": key(span)}))
    print(f"{len(chosen)} of {len(others)} topic sentences left by the first set", file=sys.stderr)


if __name__ == "__main__":
    main()
