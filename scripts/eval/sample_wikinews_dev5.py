#!/usr/bin/env python3
"""Draws the fifth Wikinews development set (issue 11).

The fourth set drew 320 of the 733 sentences its filter kept (a word of an act between parties
and a capitalised word after the first) in the articles outside the blind set that the first
three sets left. This one takes every sentence of that pool the fourth set did not draw: the
last of the real news outside the blind set that names an act. Nothing Dyad produces takes part
in the choice. It is read once scored: its first figures measure the coder from outside, later
ones are in-sample.

usage: scripts/eval/sample_wikinews_dev5.py [SHARED_DIR] > references.jsonl
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_wikinews_dev import key  # noqa: E402  the article and span hash every set uses
from sample_wikinews_dev4 import act_pool  # noqa: E402  the fourth set's filter and pool


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    chosen = act_pool(shared, repo,
                      ("wikinews-dev", "wikinews-dev2", "wikinews-dev3", "wikinews-dev4"))
    chosen.sort(key=lambda r: (r[0], r[1]))
    for i, (url, start, end, span) in enumerate(chosen, 1):
        print(json.dumps({"id": f"wd5-{i:03d}", "article": key(url), "start": start, "end": end,
                          "sha256": key(span)}))
    print(f"{len(chosen)} sentences left by the first four sets", file=sys.stderr)


if __name__ == "__main__":
    main()
