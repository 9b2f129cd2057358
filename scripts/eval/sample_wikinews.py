#!/usr/bin/env python3
"""Draws the blind real-news evaluation sample from ../shared/corpus/wikinews (issue 11).

Articles are chosen by title only (politics, conflict, diplomacy, protest keywords), never by
anything Dyad produces; sentences are split with a plain regex on the raw article text, so the
sample does not depend on Dyad's cleaner or splitter. Each reference is the article (SHA-256 prefix of its URL, so no title is copied), the
sentence's character offsets in the article's `text` field and a SHA-256 prefix of that span.
No article text is written into the repository.

usage: scripts/eval/sample_wikinews.py [SHARED_DIR] > references.jsonl
"""
import hashlib
import json
import random
import re
import sys

SEED = 20261206
SAMPLE = 480
TOPIC = re.compile(
    r"\b(president|prime minister|minister|government|parliament|election|elect|vote|protest\w*|"
    r"demonstrat\w*|riot\w*|police|arrest\w*|war|attack\w*|bomb\w*|kill\w*|military|troops?|army|"
    r"rebels?|militants?|sanction\w*|talks|summit|treaty|deal|agreement|diplomat\w*|embassy|"
    r"ambassador|envoy|un|united nations|nato|eu|european union|court|opposition|coup|"
    r"ceasefire|refugees?|invade\w*|strike\w*|clash\w*|resign\w*|expel\w*|ban\w*|accus\w*|"
    r"urge\w*|condemn\w*|impeach\w*|leader|king|queen|senate|congress|legislature)\b",
    re.IGNORECASE)
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'\u201d\u2019)]*|$)")


def sentences(text):
    for m in SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        span = text[start:end]
        words = span.split()
        # Prose only: a real sentence of 8 to 80 words that ends as a sentence does.
        if 8 <= len(words) <= 80 and span[-1] in ".!?\"'\u201d\u2019)" and span[0].isupper():
            yield start, end, span


def topic_pool(shared):
    """Every prose sentence of the articles whose title names a topic: (url, start, end, span)."""
    pool = []
    with open(f"{shared}/corpus/wikinews/wikinews.jsonl", encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            if not TOPIC.search(article["title"]):
                continue
            for start, end, span in sentences(article["text"]):
                pool.append((article["url"], start, end, span))
    return pool


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
    pool = topic_pool(shared)
    rng = random.Random(SEED)
    chosen = sorted(rng.sample(pool, SAMPLE), key=lambda r: (r[0], r[1]))
    for i, (url, start, end, span) in enumerate(chosen, 1):
        digest = hashlib.sha256(span.encode("utf-8")).hexdigest()[:16]
        article = hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]
        print(json.dumps({"id": f"wn-{i:03d}", "article": article, "start": start, "end": end,
                          "sha256": digest}))
    print(f"pool {len(pool)} sentences; sampled {SAMPLE}", file=sys.stderr)


if __name__ == "__main__":
    main()
