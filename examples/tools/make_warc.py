#!/usr/bin/env python3
"""Builds examples/corpus/archive/courier-crawl-2026-05.warc for the Dyad sample corpus.

Throwaway helper kept for reproducibility: the two archived pages below are
invented by the Dyad authors (fictitious outlet, URLs, quotes and events).
Writes one warcinfo record and two response records (HTTP/1.1 200 with an
HTML body) with exact byte Content-Lengths and CRLF line endings, then
re-parses the file to check every record.  Usage:

    python3 examples/tools/make_warc.py            # write and verify
    python3 examples/tools/make_warc.py --check    # verify only
"""
import os
import sys
import uuid

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus", "archive", "courier-crawl-2026-05.warc")
NS = uuid.UUID("6f1c2d4e-0000-4000-8000-0000000d7ad0")

PAGES = [
    ("https://news.example.com/courier/2026/05/20/kim-putin-vladivostok-treaty",
     "2026-05-20T14:02:11Z",
     """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Kim and Putin sign mutual assistance treaty in Vladivostok - Baltic-Pacific Courier</title>
<meta property="og:title" content="Kim and Putin sign mutual assistance treaty in Vladivostok">
<meta property="article:published_time" content="2026-05-20T21:40:00+10:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/russia">Russia</a> | <a href="/korea">Korea</a></nav>
<div class="cookie-consent">This site uses cookies. <a href="/cookies">Learn more</a> <button>OK</button></div>
<article>
<h1>Kim and Putin sign mutual assistance treaty in Vladivostok</h1>
<p class="meta">By Oleg Varnier and Min-seo Cha · May 20, 2026</p>
<p>VLADIVOSTOK — Kim Jong Un and Vladimir Putin met in Vladivostok on Wednesday and signed a treaty on comprehensive strategic partnership, pledging that each country would provide immediate military assistance to the other if it were attacked.</p>
<p>The North Korean leader arrived by armoured train on Tuesday evening and was greeted at the station by Russia&rsquo;s deputy prime minister. The two leaders then held more than four hours of talks on Russky Island, according to the Kremlin.</p>
<p>&ldquo;Our peoples stand shoulder to shoulder, and no pressure from outside will divide them,&rdquo; Putin said at a signing ceremony. Kim called the treaty &ldquo;a fortress for both our nations&rdquo; and thanked Russia for what he described as its support against sanctions.</p>
<p>Under the agreement, the two countries plan to hold joint naval drills in the Sea of Japan next year and agreed to explore cooperation in space launches, shipbuilding and civil aviation. A separate protocol commits them to open a second road crossing over the Tumen River by 2028.</p>
<p>Neither leader mentioned the artillery shipments that South Korea and the United States say North Korea has sent to Russia since January. Asked about the deliveries, Putin&rsquo;s spokesman said military cooperation &ldquo;concerns only our two states&rdquo;.</p>
<p>Officials in Seoul said they were studying the text and would consult Washington and Tokyo.</p>
</article>
<div class="share">Share on: Facebook · X · Telegram · Email</div>
<aside><h3>Related Posts</h3><ul><li>Armoured train crosses the Tumen</li><li>What is on the table in Vladivostok</li></ul></aside>
<footer>&copy; 2026 Baltic-Pacific Courier (fictional) · Privacy · Terms</footer>
</body></html>
"""),
    ("https://news.example.com/courier/2026/05/21/seoul-tokyo-weigh-response-treaty",
     "2026-05-21T09:15:47Z",
     """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Seoul and Tokyo weigh their answer to the Kim-Putin treaty - Baltic-Pacific Courier</title>
<meta property="og:title" content="Seoul and Tokyo weigh their answer to the Kim-Putin treaty">
<meta name="date" content="2026-05-21">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/asia">Asia</a></nav>
<article>
<h1>Seoul and Tokyo weigh their answer to the Kim-Putin treaty</h1>
<p class="meta">By Min-seo Cha · May 21, 2026</p>
<p>SEOUL — South Korea warned on Thursday that it would reconsider its refusal to send lethal weapons to Ukraine if Moscow transfers submarine technology to North Korea, a day after Kim Jong Un and Vladimir Putin signed a mutual assistance treaty.</p>
<p>&ldquo;If Russia hands Pyongyang the means to build nuclear-powered submarines, Seoul would have to rethink every option, including direct arms supplies to Kyiv,&rdquo; a senior presidential adviser told reporters. He stressed that no decision had been taken.</p>
<p>In Tokyo, the defence minister said Japan would raise the alert level of its maritime forces should the planned Russian-North Korean naval drills take place near Japanese waters. Japan also intends to ask the Group of Seven to issue a statement on the treaty at its June meeting, officials said.</p>
<p>The South Korean government summoned the Russian ambassador on Thursday morning and handed him a formal protest. The envoy told reporters afterwards that the treaty was &ldquo;defensive&rdquo; and aimed at no third country.</p>
<p>Analysts in Seoul said the conditional warning was meant as a signal to Moscow rather than a change of policy. Any shift would require approval by the National Assembly, where the opposition holds a majority.</p>
</article>
<section class="comments"><h3>0 Comments</h3><p>Post a Comment</p></section>
<footer>&copy; 2026 Baltic-Pacific Courier (fictional) · Privacy · Terms</footer>
</body></html>
"""),
]

CRLF = b"\r\n"


def record(headers, block):
    head = b"WARC/1.1" + CRLF
    for k, v in headers + [("Content-Length", str(len(block)))]:
        head += f"{k}: {v}".encode("utf-8") + CRLF
    return head + CRLF + block + CRLF + CRLF


def build():
    info = (b"software: Dyad examples/tools/make_warc.py" + CRLF +
            b"format: WARC File Format 1.1" + CRLF +
            b"description: Invented sample crawl for the Dyad demo corpus; all content fictitious" + CRLF)
    name = os.path.basename(OUT)
    out = record([("WARC-Type", "warcinfo"),
                  ("WARC-Date", "2026-05-21T09:20:00Z"),
                  ("WARC-Filename", name),
                  ("WARC-Record-ID", f"<urn:uuid:{uuid.uuid5(NS, name)}>"),
                  ("Content-Type", "application/warc-fields")], info)
    for url, date, html in PAGES:
        body = html.encode("utf-8")
        http = (b"HTTP/1.1 200 OK" + CRLF +
                b"Content-Type: text/html; charset=utf-8" + CRLF +
                f"Content-Length: {len(body)}".encode() + CRLF +
                b"Server: example" + CRLF + CRLF + body)
        out += record([("WARC-Type", "response"),
                       ("WARC-Target-URI", url),
                       ("WARC-Date", date),
                       ("WARC-Record-ID", f"<urn:uuid:{uuid.uuid5(NS, url)}>"),
                       ("Content-Type", "application/http; msgtype=response")], http)
    return out


def check(data):
    pos, n = 0, 0
    while pos < len(data):
        end = data.index(CRLF + CRLF, pos)
        lines = data[pos:end].split(CRLF)
        assert lines[0] == b"WARC/1.1", lines[0]
        hdr = dict(l.decode().split(": ", 1) for l in lines[1:])
        length = int(hdr["Content-Length"])
        block = data[end + 4:end + 4 + length]
        assert len(block) == length
        assert data[end + 4 + length:end + 8 + length] == CRLF + CRLF, "record not closed by two CRLFs"
        if hdr["WARC-Type"] == "response":
            hend = block.index(CRLF + CRLF)
            http_len = int([l for l in block[:hend].split(CRLF) if l.lower().startswith(b"content-length")][0].split(b":")[1])
            assert http_len == len(block) - hend - 4, "HTTP Content-Length mismatch"
            assert "WARC-Target-URI" in hdr
        print(f"ok {hdr['WARC-Type']:9} {length:6} bytes {hdr.get('WARC-Target-URI', '')}")
        pos = end + 8 + length
        n += 1
    assert pos == len(data)
    return n


if __name__ == "__main__":
    if "--check" not in sys.argv:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "wb") as f:
            f.write(build())
    with open(OUT, "rb") as f:
        print(check(f.read()), "records")
