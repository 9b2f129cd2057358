#!/usr/bin/env python3
"""Draws the Wikinews development set (issue 11): sentences of the politics, conflict,
diplomacy and protest articles of ../shared/corpus/wikinews that the blind set does NOT use.

It is the blind sampler's method (articles chosen by title only, the same regex splitter and
prose filter, `sample_wikinews.py`) on the other articles, with its own seed. Only 13 such
articles are left outside the blind set, so every one of their sentences is taken, and the rest
is drawn from the other non-blind articles' sentences that themselves contain a topic keyword
(chosen by their words, never by Dyad's output). Unlike the blind set, this one is read: its
misses guide the coder, so its figures are in-sample.

usage: scripts/eval/sample_wikinews_dev.py [SHARED_DIR] [SAMPLE] > references.jsonl
"""
import hashlib
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_wikinews import TOPIC, sentences  # noqa: E402  the blind set's filter and splitter

SEED = 20261207
BLIND = "dyad-core/src/test/resources/coding/wikinews-blind/references.jsonl"


def key(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
    sample = int(sys.argv[2]) if len(sys.argv) > 2 else 330  # the size the committed set was drawn at
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with open(os.path.join(repo, BLIND), encoding="utf-8") as f:
        blind = {json.loads(line)["article"] for line in f if line.strip()}
    pool = []
    others = []
    articles = set()
    with open(f"{shared}/corpus/wikinews/wikinews.jsonl", encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            if key(article["url"]) in blind:
                continue
            on_topic = TOPIC.search(article["title"])
            if on_topic:
                articles.add(article["url"])
            for start, end, span in sentences(article["text"]):
                if on_topic:
                    pool.append((article["url"], start, end, span))
                elif TOPIC.search(span):
                    others.append((article["url"], start, end, span))
    rng = random.Random(SEED)
    rest = rng.sample(others, max(0, min(sample - len(pool), len(others))))
    chosen = sorted(pool + rest, key=lambda r: (r[0], r[1]))
    for i, (url, start, end, span) in enumerate(chosen, 1):
        print(json.dumps({"id": f"wd-{i:03d}", "article": key(url), "start": start, "end": end,
                          "sha256": key(span)}))
    print(f"{len(articles)} topic articles ({len(pool)} sentences, all taken); "
          f"{len(rest)} of {len(others)} topic sentences of other articles", file=sys.stderr)


if __name__ == "__main__":
    main()
