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
from sample_wikinews import sentences  # noqa: E402  the blind set's splitter and prose filter
from sample_wikinews_dev import key  # noqa: E402  the article and span hash every set uses
from sample_wikinews_dev2 import read  # noqa: E402
from sample_wikinews_dev4 import ACTS, NAMED  # noqa: E402  the fourth set's filter


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    blind = {r["article"] for r in read(repo, "wikinews-blind")}
    taken = {(r["article"], r["start"])
             for name in ("wikinews-dev", "wikinews-dev2", "wikinews-dev3", "wikinews-dev4")
             for r in read(repo, name)}
    chosen = []
    with open(f"{shared}/corpus/wikinews/wikinews.jsonl", encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            a = key(article["url"])
            if a in blind:
                continue
            for start, end, span in sentences(article["text"]):
                if (a, start) not in taken and ACTS.search(span) and NAMED.search(span):
                    chosen.append((article["url"], start, end, span))
    chosen.sort(key=lambda r: (r[0], r[1]))
    for i, (url, start, end, span) in enumerate(chosen, 1):
        print(json.dumps({"id": f"wd5-{i:03d}", "article": key(url), "start": start, "end": end,
                          "sha256": key(span)}))
    print(f"{len(chosen)} sentences left by the first four sets", file=sys.stderr)


if __name__ == "__main__":
    main()
