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
from sample_wikinews_dev import key  # noqa: E402  the article and span hash every set uses
from sample_wikinews_dev2 import topic_sentences_left  # noqa: E402

SEED = 20261209


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
    sample = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    others = topic_sentences_left(shared, repo, ["wikinews-dev", "wikinews-dev2"])
    rng = random.Random(SEED)
    chosen = sorted(rng.sample(others, min(sample, len(others))), key=lambda r: (r[0], r[1]))
    for i, (url, start, end, span) in enumerate(chosen, 1):
        print(json.dumps({"id": f"wd3-{i:03d}", "article": key(url), "start": start, "end": end,
                          "sha256": key(span)}))
    print(f"{len(chosen)} of {len(others)} topic sentences left by the first two sets",
          file=sys.stderr)


if __name__ == "__main__":
    main()
