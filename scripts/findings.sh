#!/usr/bin/env bash
# Re-runs the 13 findings of issue 13 (the hardening probe) against a Dyad jar, and prints one line
# per finding: cases tried, crashes (a stack trace, an internal error, an OutOfMemoryError), hangs
# (no end within the time limit), documents lost, and the verdict. Needs bash, python3 and java.
#
#   scripts/findings.sh [JAR]        # default: dyad-app/target/dyad.jar (build it with ./dyad --help)
#
# Every file is made in a temporary folder, which is deleted at the end (FINDINGS_KEEP=1 keeps it).
# FINDINGS_QUICK=1 skips finding 6 (a 10 MB document coded at -Xmx1g, a few minutes).
set -uo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$(cd "$(dirname "${1:-$home/dyad-app/target/dyad.jar}")" && pwd)/$(basename "${1:-dyad.jar}")"
[ -f "$jar" ] || { echo "findings.sh: no jar at $jar" >&2; exit 2; }
work="$(mktemp -d)"
[ "${FINDINGS_KEEP:-}" = 1 ] || trap 'rm -rf "$work"' EXIT
corpus="$home/examples/corpus"
limit=600

total_cases=0 total_crashes=0 total_hangs=0 total_lost=0
cases=0 crashes=0 hangs=0 lost=0 failed=0

# dyad ARGS...: runs the jar (java options in JOPTS), stdout to $out, stderr to $err; sets $rc and
# counts a crash or a hang.
dyad() {
  timeout "$limit" java ${JOPTS:-} -jar "$jar" "$@" >"${out:-/dev/null}" 2>"$err"
  rc=$?
  cases=$((cases + 1))
  if [ "$rc" = 124 ]; then
    hangs=$((hangs + 1))
  elif [ "$rc" = 70 ] || grep -qaE $'^\tat |Exception in thread|OutOfMemoryError' "$err"; then
    crashes=$((crashes + 1))
  fi
}

report() { # NUMBER TITLE NOTE
  local verdict=held
  [ "$failed" -gt 0 ] && verdict=FAILS
  printf '%-3s %-44s %5d %7d %5d %5d  %-5s %s\n' "$1" "$2" "$cases" "$crashes" "$hangs" "$lost" \
    "$verdict" "$3"
  total_cases=$((total_cases + cases)) total_crashes=$((total_crashes + crashes))
  total_hangs=$((total_hangs + hangs)) total_lost=$((total_lost + lost))
  cases=0 crashes=0 hangs=0 lost=0 failed=0
}

# kill_later SECONDS FILE CMD...: runs CMD in the background and SIGKILLs it SECONDS after FILE
# exists (after the start when FILE is empty).
kill_later() {
  local delay="$1" file="$2" pid i
  shift 2
  "$@" >/dev/null 2>&1 &
  pid=$!
  if [ -n "$file" ]; then
    for i in $(seq 1200); do
      [ -e "$file" ] && break
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
  fi
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  cases=$((cases + 1))
}

count_lines() { [ -f "$1" ] && wc -l <"$1" | tr -d ' ' || echo 0; }
fresh_store() { rm -rf "$1" "$1".*; cp "$work/pristine.db" "$1"; cp -r "$work/pristine.db.lucene" "$1.lucene"; }

err="$work/err"
echo "findings.sh: $jar"
JOPTS= dyad ingest --db "$work/pristine.db" "$corpus"
baseline_docs=$(grep -oE '[0-9]+ new' "$err" | grep -oE '[0-9]+')
cases=0
baseline_events=$(out="$work/ev" dyad events --db "$work/pristine.db" --format jsonl; count_lines "$work/ev")
cases=0 crashes=0
printf '%-3s %-44s %5s %7s %5s %5s  %-5s %s\n' "#" "finding" "cases" "crashes" "hangs" "lost" \
  "" "note"

# 1. export --output X --db X must never destroy the store.
broken=0
for suffix in "" .wal .lock .lucene/segments_9 .tmp/spill; do
  db="$work/f1.db"
  fresh_store "$db"
  dyad export events --db "$db" --format csv --output "$db$suffix"
  out="$work/f1.ev" dyad events --db "$db" --format jsonl
  [ "$rc" = 0 ] && [ "$(count_lines "$work/f1.ev")" = "$baseline_events" ] || broken=$((broken + 1))
done
lost=$((baseline_docs * broken))
failed=$broken
report 1 "export --output onto the store's files" "$broken of 5 stores damaged"

# 2. Standard output on a full disk: every command must fail loudly.
silent=0
if [ -w /dev/full ]; then
  fresh_store "$work/f2.db"
  for args in "clean $corpus" "code $corpus" "claims $corpus" "assessments $corpus" \
    "events --db $work/f2.db" "search --db $work/f2.db troops" "actors --db $work/f2.db" \
    "dyads --db $work/f2.db" "network --db $work/f2.db" "brief --db $work/f2.db --dyad PRK,RUS"; do
    # shellcheck disable=SC2086
    out=/dev/full dyad $args
    if [ "$rc" = 0 ] || ! grep -q 'standard output' "$err"; then silent=$((silent + 1)); fi
  done
fi
failed=$silent
report 2 "standard output on /dev/full" "$silent of 10 commands exit 0 or say nothing"

# 3. A feed item far over the size limit must not cost the good items.
python3 - "$work/f3.rss.gz" <<'EOF'
import gzip, sys
with gzip.open(sys.argv[1], "wt", encoding="utf-8") as f:
    f.write('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>')
    for i in range(5):
        f.write(f'<item><title>Item {i}</title><link>https://example.org/f3/{i}</link>'
                f'<pubDate>Mon, 16 Mar 2026 10:00:00 GMT</pubDate><description>Russia sent '
                f'{100 + i} troops to Syria on Monday, officials said.</description></item>')
        if i == 2:
            f.write('<item><title>Huge</title><link>https://example.org/f3/huge</link><description>')
            chunk = "The talks went on. " * 5000
            for _ in range(4000):  # about 380 MB of text
                f.write(chunk)
            f.write('</description></item>')
    f.write('</channel></rss>')
EOF
JOPTS=-Xmx1g dyad ingest --db "$work/f3.db" "$work/f3.rss.gz"
out="$work/f3.ev" dyad events --db "$work/f3.db" --format jsonl
stored=$(grep -o '"doc_uri":"https://example.org/f3/[0-9]"' "$work/f3.ev" | sort -u | wc -l)
lost=$((5 - stored))
failed=$lost
report 3 "a huge RSS item beside 5 good ones" "$stored of 5 good items stored"

# 4. One NUL byte in the first 8 KB of a JSON Lines file.
python3 - "$work/f4.jsonl" <<'EOF'
import json, sys
with open(sys.argv[1], "wb") as f:
    for i in range(2000):
        text = f"Japan sent {i} tonnes of rice to Kenya on Monday, officials said."
        line = json.dumps({"url": f"https://example.org/f4/{i}", "text": text})
        if i == 3:
            line = line.replace("rice", "ri\u0000ce").replace("\\u0000", "\x00")
        f.write(line.encode() + b"\n")
EOF
out="$work/f4.out" dyad clean --json "$work/f4.jsonl"
read_ok=$(count_lines "$work/f4.out")
lost=$((1999 > read_ok ? 1999 - read_ok : 0))
failed=$((lost > 0))
report 4 "a NUL byte in a JSON Lines record" "$read_ok of 2000 records read (1 has the NUL)"

# 5. Spreadsheet formula injection in CSV and TSV.
printf '%s\n' '{"url":"=HYPERLINK(\"https://evil.example/\",\"x\")","title":"+t","text":"North Korea shipped artillery shells to Russia in March, officials in Seoul said."}' \
  >"$work/f5.jsonl"
dyad ingest --db "$work/f5.db" "$work/f5.jsonl"
unsafe=0
for kind in "export events --format csv" "export events --format gdelt" "export claims --format csv" \
  "events --format csv" "code --format tsv"; do
  target="$work/f5.$cases"
  case "$kind" in
    export*) # shellcheck disable=SC2086
      dyad $kind --db "$work/f5.db" --output "$target" ;;
    events*) # shellcheck disable=SC2086
      out="$target" dyad $kind --db "$work/f5.db" ;;
    code*) # shellcheck disable=SC2086
      out="$target" dyad $kind "$work/f5.jsonl" ;;
  esac
  python3 - "$target" "$kind" <<'EOF' || unsafe=$((unsafe + 1))
import csv, re, sys
path, kind = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8", newline="").read()
rows = list(csv.reader(text.splitlines(), delimiter="\t" if ("gdelt" in kind or "tsv" in kind) else ","))
number = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")
bad = [c for r in rows for c in r if c[:1] in ("=", "+", "-", "@", "\t", "\r") and not number.match(c)]
sys.exit(1 if bad or not rows else 0)
EOF
done
failed=$unsafe
report 5 "formula injection in CSV/TSV" "$unsafe of 5 outputs hold a live formula"

# 6. A legal 10 MB text of short sentences at -Xmx1g.
if [ "${FINDINGS_QUICK:-}" != 1 ]; then
  python3 - "$work/f6.txt" <<'EOF'
import random, sys
random.seed(6)
words = "Russia China Japan France sent troops aid officials said the ministry talks met".split()
out, size = [], 0
while size < 10_000_000:
    s = " ".join(random.choice(words) for _ in range(6)).capitalize() + ". "
    out.append(s); size += len(s)
    if len(out) % 10 == 0:
        out.append("\n\n")
open(sys.argv[1], "w").write("".join(out))
EOF
  JOPTS=-Xmx1g dyad code "$work/f6.txt"
  failed=$((rc != 0))
  lost=$((rc != 0))
  report 6 "a 10 MB text of short sentences, -Xmx1g" "exit $rc"
else
  report 6 "a 10 MB text of short sentences, -Xmx1g" "skipped (FINDINGS_QUICK=1)"
fi

# 7. DuckDB's native library left in the temp folder by killed commands; an unusable temp folder.
mkdir -p "$work/f7tmp"
fresh_store "$work/f7.db"
python3 - "$work/f7.jsonl" <<'EOF'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(3000):
        f.write(json.dumps({"url": f"https://example.org/f7/{i}",
                            "text": f"France sent {i} engineers to Chad on Monday, officials said."}) + "\n")
EOF
for i in 1 2 3 4 5; do
  rm -rf "$work/f7k.db" "$work/f7k.db".*
  # The store file exists once DuckDB is loaded: the kill falls while it is in use.
  kill_later 1 "$work/f7k.db" java -Djava.io.tmpdir="$work/f7tmp" -jar "$jar" ingest \
    --db "$work/f7k.db" "$work/f7.jsonl"
done
left=$(find "$work/f7tmp" -name 'libduckdb_java*' | wc -l)
JOPTS=-Djava.io.tmpdir="$work/no-such-tmp" dyad events --db "$work/f7.db"
trace=$(grep -cE $'^\tat |Exception in thread' "$err")
failed=$((left > 0 || trace > 0 || rc == 0))
report 7 "DuckDB library copies after 5 kill -9s" \
  "$left copies left ($(du -sh "$work/f7tmp" | cut -f1)); unusable temp: exit $rc, $(wc -l <"$err") lines"

# 8. One stray 0xFF byte in each sample document.
mkdir -p "$work/f8"
refused=0 docs=0
for f in "$corpus"/*/*.txt "$corpus"/*/*.md "$corpus"/*/*.html; do
  python3 - "$f" "$work/f8/$(basename "$f")" <<'EOF'
import sys
data = open(sys.argv[1], "rb").read()
mid = len(data) // 2
open(sys.argv[2], "wb").write(data[:mid] + b"\xff" + data[mid:])
EOF
  docs=$((docs + 1))
done
dyad clean "$work/f8"
refused=$(grep -c 'ENCODING' "$err")
lost=$refused
failed=$((refused > 0))
report 8 "one 0xFF byte per document" "$refused of $docs refused"

# 9. A killed export must leave the old file whole.
python3 - "$work/f9.jsonl" <<'EOF'
import json, sys
countries = ["Russia", "China", "Japan", "France", "Germany", "India", "Brazil", "Canada"]
with open(sys.argv[1], "w") as f:
    for i in range(6000):
        a, b = countries[i % 8], countries[(i // 8 + 1 + i) % 8]
        f.write(json.dumps({"url": f"https://example.org/f9/{i}",
                            "text": f"{a} sent {100 + i} troops to {b} on Monday, officials said. "
                                    f"{b} thanked {a} for report {i}."}) + "\n")
EOF
dyad ingest --db "$work/f9.db" "$work/f9.jsonl"
started=$(date +%s%N)
dyad export events --db "$work/f9.db" --format jsonl --output "$work/f9.out"
took=$((($(date +%s%N) - started) / 1000000))
cp "$work/f9.out" "$work/f9.ref"
reference=$(sha256sum <"$work/f9.ref")
partial=0
# The store does not change, so the old file and a new whole one are the same bytes.
# Kills at a tenth, two tenths, ... of the time a whole export takes.
for tenth in 1 2 3 4 5 6 7 8 9 10; do
  delay=$(awk -v t="$took" -v k="$tenth" 'BEGIN { printf "%.2f", t * k / 10000 }')
  kill_later "$delay" "" java -jar "$jar" export events --db "$work/f9.db" --format jsonl \
    --output "$work/f9.out"
  if [ "$(sha256sum <"$work/f9.out" 2>/dev/null)" != "$reference" ]; then
    partial=$((partial + 1))
    cp "$work/f9.ref" "$work/f9.out"
  fi
done
failed=$partial
report 9 "export killed at 10 moments" "$partial of 10 left a cut file"

# 10. Terminal escape codes in an article's URL and title.
printf '%s\n' '{"url":"https://x.example/\u001b]0;pwned\u0007\u001b[2J\u009b31m","title":"Shells \u001b[8mhidden","published":"2026-03-14","text":"North Korea shipped artillery shells to Russia in March, officials in Seoul said."}' \
  >"$work/f10.jsonl"
dyad ingest --db "$work/f10.db" "$work/f10.jsonl"
raw=0
for args in "clean $work/f10.jsonl" "search --db $work/f10.db shells" "claims --db $work/f10.db" \
  "claims $work/f10.jsonl" "brief --db $work/f10.db --dyad PRK,RUS" "events --db $work/f10.db --format csv"; do
  # shellcheck disable=SC2086
  out="$work/f10.out" dyad $args
  if LC_ALL=C grep -qaP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]' "$work/f10.out" "$err"; then
    raw=$((raw + 1))
  fi
done
failed=$raw
report 10 "terminal escapes in URL and title" "$raw of 6 outputs pass control characters"

# 11. Stale derived data: claims behind the documents, a deleted and a damaged search index.
cat >"$work/Sql.java" <<'EOF'
public class Sql {
  public static void main(String[] a) throws Exception {
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + a[0]);
        var s = c.createStatement()) {
      s.execute(a[1]);
    }
  }
}
EOF
silent=0
fresh_store "$work/f11.db"
java -cp "$jar" "$work/Sql.java" "$work/f11.db" "UPDATE store_state SET value = '1' WHERE key = 'claims_seq'"
dyad claims --db "$work/f11.db"
grep -q 'behind' "$err" || silent=$((silent + 1))
dyad brief --db "$work/f11.db" --dyad PRK,RUS
grep -q 'behind' "$err" || silent=$((silent + 1))
fresh_store "$work/f11.db"
rm -rf "$work/f11.db.lucene"
out="$work/f11.out" dyad search --db "$work/f11.db" troops
grep -qE 'missing|behind|rebuild' "$err" || silent=$((silent + 1))
fresh_store "$work/f11.db"
for f in "$work/f11.db.lucene"/*; do truncate -s 10 "$f"; done
printf '%s\n' '{"url":"https://example.org/f11","text":"Japan sent rice to Kenya on Monday, officials said."}' \
  >"$work/f11.jsonl"
dyad ingest --db "$work/f11.db" "$work/f11.jsonl"
[ "$rc" -le 1 ] || silent=$((silent + 1))
out="$work/f11.out" dyad search --db "$work/f11.db" rice
[ "$rc" = 0 ] && [ -s "$work/f11.out" ] || silent=$((silent + 1))
failed=$silent
report 11 "stale claims, deleted or damaged index" "$silent of 5 cases silent or failing"

# 12. Feeds with &nbsp;, UTF-16 JSON Lines with a BOM.
{
  printf '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
  for i in 0 1 2 3 4; do
    printf '<item><title>Item %s&nbsp;now</title><link>https://example.org/f12/%s</link>' "$i" "$i"
    printf '<description>Chile sent aid to Peru&nbsp;on Monday.</description></item>'
  done
  printf '</channel></rss>'
} >"$work/f12.rss"
python3 - "$work/f12.jsonl" <<'EOF'
import json, sys
lines = "".join(json.dumps({"url": f"https://example.org/f12j/{i}", "text": "Chile sent aid to Peru."}) + "\n" for i in range(3))
open(sys.argv[1], "wb").write(b"\xff\xfe" + lines.encode("utf-16-le"))
EOF
out="$work/f12a" dyad clean --json "$work/f12.rss"
items=$(count_lines "$work/f12a")
out="$work/f12b" dyad clean --json "$work/f12.jsonl"
records=$(count_lines "$work/f12b")
lost=$((5 - items + 3 - records))
failed=$((lost > 0))
report 12 "&nbsp; in a feed; UTF-16 JSON Lines" "$items of 5 items, $records of 3 records"

# 13. Exit codes: documented, and an internal error (out of memory) is 70, not 1.
out="$work/f13.help" dyad --help
documented=$(grep -cE '^ +(3|70) ' "$work/f13.help")
python3 - "$work/f13.txt" <<'EOF'
import sys
open(sys.argv[1], "w").write("Russia sent troops to Syria on Monday, officials said. " * 200000)
EOF
JOPTS=-Xmx32m dyad code "$work/f13.txt"
oom=$rc
crashes=$((crashes - (oom == 70 ? 1 : 0))) # the out-of-memory run is meant to fail
failed=$((documented < 2 || oom != 70))
report 13 "exit codes 3 and 70 documented; OOM exit" "$documented of 2 documented; OOM exit $oom"

echo "---"
printf 'total: %d cases, %d crashes, %d hangs, %d documents lost\n' "$total_cases" \
  "$total_crashes" "$total_hangs" "$total_lost"
