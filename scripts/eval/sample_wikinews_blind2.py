#!/usr/bin/env python3
"""Draws the second blind real-news evaluation set from ../shared/corpus/wikinews (issue 11).

The development sets used up the real news outside the blind set's articles. The first blind
set drew 480 of the 2,701 sentences its title filter and splitter gave; this one draws 480 more
from the rest of that same pool, with another seed, by the same method: articles chosen by title
only, sentences split by the same plain regex, nothing Dyad produces taking part. From session 17
the first blind set is read (its misses guide the coder) and this one is the honest figure.

usage: scripts/eval/sample_wikinews_blind2.py [SHARED_DIR] > references.jsonl
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_wikinews import topic_pool  # noqa: E402  the blind set's filter and splitter
from sample_wikinews_dev import BLIND, key  # noqa: E402  the first blind set and the span hash

SEED = 20261208
SAMPLE = 480


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with open(os.path.join(repo, BLIND), encoding="utf-8") as f:
        used = {(r["article"], r["start"]) for r in map(json.loads, filter(str.strip, f))}
    pool = [r for r in topic_pool(shared) if (key(r[0]), r[1]) not in used]
    rng = random.Random(SEED)
    chosen = sorted(rng.sample(pool, SAMPLE), key=lambda r: (r[0], r[1]))
    for i, (url, start, end, span) in enumerate(chosen, 1):
        print(json.dumps({"id": f"wb2-{i:03d}", "article": key(url), "start": start, "end": end,
                          "sha256": key(span)}))
    print(f"pool {len(pool)} sentences outside the first blind set; sampled {SAMPLE}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
