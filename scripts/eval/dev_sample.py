#!/usr/bin/env python3
"""Draws the development sample of Wikinews articles (issue 11): the articles of
../shared/corpus/wikinews that the blind set does NOT use.

The blind set (dyad-core/src/test/resources/coding/wikinews-blind/references.jsonl) names each
of its articles by the first 16 hex digits of the SHA-256 of the URL; every such article is left
out here, so reading Dyad's output on the development sample never shows a blind sentence. The
remaining articles are shuffled with this script's own seed (not the blind set's), written as
JSON Lines that `dyad code` reads, and listed with their sentences (the blind sampler's regex
splitter) in the same seeded order, for reading misses by hand.

The sample is kept outside the repository: no article text is written into it.

usage: scripts/eval/dev_sample.py [SHARED_DIR] [OUT_DIR]   (defaults ../shared and /tmp/dev)
writes OUT_DIR/dev.jsonl (the articles, as in wikinews.jsonl) and OUT_DIR/sentences.jsonl
(article id, offsets and text of every prose sentence, in the seeded order)
"""
import hashlib
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_wikinews import sentences  # noqa: E402  the same prose filter as the blind set

SEED = 20261211
BLIND = "dyad-core/src/test/resources/coding/wikinews-blind/references.jsonl"


def article_key(url):
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
    out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/dev"
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with open(os.path.join(repo, BLIND), encoding="utf-8") as f:
        blind = {json.loads(line)["article"] for line in f if line.strip()}
    articles = []
    with open(f"{shared}/corpus/wikinews/wikinews.jsonl", encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            if article_key(article["url"]) not in blind:
                articles.append(article)
    random.Random(SEED).shuffle(articles)
    os.makedirs(out, exist_ok=True)
    count = 0
    with open(f"{out}/dev.jsonl", "w", encoding="utf-8") as docs, \
            open(f"{out}/sentences.jsonl", "w", encoding="utf-8") as sents:
        for article in articles:
            docs.write(json.dumps(article, ensure_ascii=False) + "\n")
            for start, end, span in sentences(article["text"]):
                count += 1
                sents.write(json.dumps({"article": article["id"], "start": start, "end": end,
                                        "text": span}, ensure_ascii=False) + "\n")
    print(f"{len(articles)} articles ({len(blind)} blind ones left out); {count} sentences",
          file=sys.stderr)


if __name__ == "__main__":
    main()
