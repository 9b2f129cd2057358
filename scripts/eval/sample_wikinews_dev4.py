#!/usr/bin/env python3
"""Draws the fourth Wikinews development set (issue 11).

The first three development sets took every topic sentence (the blind sampler's keywords) of the
articles outside the blind set. This one draws from the sentences of those articles that they
left, keeping those that name an act between parties with words the topic list lacks (saying,
meeting, charging, praising, helping, ...) and at least one capitalised word after the first, so
that most name someone. The words are the sampler's own, chosen before any sentence was read;
nothing Dyad produces takes part in the choice. It is read once scored: its first figures
measure the coder from outside, later ones are in-sample.

usage: scripts/eval/sample_wikinews_dev4.py [SHARED_DIR] [SAMPLE] > references.jsonl
"""
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_wikinews import sentences  # noqa: E402  the blind set's splitter and prose filter
from sample_wikinews_dev import key  # noqa: E402  the article and span hash every set uses
from sample_wikinews_dev2 import read  # noqa: E402

SEED = 20261210
ACTS = re.compile(
    r"\b(said|says|told|announc\w*|critici[sz]\w*|blam\w*|prais\w*|endors\w*|support\w*|"
    r"oppos\w*|met|meet\w*|visit\w*|sued|sue|suing|lawsuit|charg\w*|sentenc\w*|convict\w*|"
    r"jail\w*|prison\w*|fined|fired|dismiss\w*|sack\w*|appoint\w*|nominat\w*|sign\w*|"
    r"call(ed|s)? (on|for)|demand\w*|warn\w*|threat\w*|promis\w*|pledg\w*|vow\w*|agree\w*|"
    r"den(y|ied|ies)|reject\w*|refus\w*|approv\w*|investigat\w*|releas\w*|freed|detain\w*|"
    r"custody|seiz\w*|raid\w*|shot|shoot\w*|injur\w*|wound\w*|assault\w*|hostage\w*|kidnap\w*|"
    r"aid|donat\w*|fund\w*|help\w*|cooperat\w*|partner\w*|negotiat\w*|mediat\w*|host\w*|"
    r"welcom\w*|apolog\w*|thank\w*|congratulat\w*|allow\w*|forbid\w*|block\w*|veto\w*|"
    r"boycott\w*|suspend\w*|withdr[ae]w\w*|invit\w*|ask\w*|request\w*|complain\w*|question\w*|"
    r"challeng\w*|defeat\w*|compet\w*|contract\w*|invest\w*|trade|trading|export\w*|import\w*)\b",
    re.IGNORECASE)
NAMED = re.compile(r"\s[A-Z][a-z]")


def act_pool(shared, repo, taken_sets):
    """The sentences of the articles outside the blind set, not in taken_sets, that name an act
    (ACTS) and someone (NAMED): (url, start, end, span), in corpus order."""
    blind = {r["article"] for r in read(repo, "wikinews-blind")}
    taken = {(r["article"], r["start"]) for name in taken_sets for r in read(repo, name)}
    pool = []
    with open(f"{shared}/corpus/wikinews/wikinews.jsonl", encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            a = key(article["url"])
            if a in blind:
                continue
            for start, end, span in sentences(article["text"]):
                if (a, start) not in taken and ACTS.search(span) and NAMED.search(span):
                    pool.append((article["url"], start, end, span))
    return pool


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
    sample = int(sys.argv[2]) if len(sys.argv) > 2 else 320
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    pool = act_pool(shared, repo, ("wikinews-dev", "wikinews-dev2", "wikinews-dev3"))
    rng = random.Random(SEED)
    chosen = sorted(rng.sample(pool, min(sample, len(pool))), key=lambda r: (r[0], r[1]))
    for i, (url, start, end, span) in enumerate(chosen, 1):
        print(json.dumps({"id": f"wd4-{i:03d}", "article": key(url), "start": start, "end": end,
                          "sha256": key(span)}))
    print(f"{len(chosen)} of {len(pool)} sentences left by the first three sets", file=sys.stderr)


if __name__ == "__main__":
    main()
