#!/usr/bin/env bash
# Writes every output Dyad gives on examples/corpus, the seeds and Wikinews into one folder, so
# two builds can be compared byte for byte (a restructuring must leave them all unchanged):
#   scripts/outputs.sh JAR OUTDIR        then   diff -r OUTDIR_BEFORE OUTDIR_AFTER
# JAR is a built dyad.jar (dyad-app/target/dyad.jar); ../shared is read in place when present.
set -uo pipefail
jar="$1"; out="$2"
root="$(cd "$(dirname "$0")/.." && pwd)"; out="$(mkdir -p "$out" && cd "$out" && pwd)"; cd "$root"
shared="../shared"
mkdir -p "$out"; rm -rf "$out"/*
run() { local name="$1"; shift; java -jar "$jar" "$@" >"$out/$name" 2>"$out/$name.err"; echo "exit $?" >>"$out/$name.err"; }
corpora=("examples:examples/corpus")
[ -d "$shared/corpus" ] && corpora+=("seeds:$shared/corpus/seeds" "wikinews:$shared/corpus/wikinews")
for c in "${corpora[@]}"; do
  name="${c%%:*}"; path="${c#*:}"; db="$out/$name.db"
  run "$name.clean.txt" clean "$path"
  run "$name.clean.jsonl" clean --json "$path"
  run "$name.code.jsonl" code "$path"
  run "$name.code.tsv" code --format tsv "$path"
  run "$name.claims.jsonl" claims --format jsonl "$path"
  run "$name.claims.txt" claims "$path"
  run "$name.assessments.jsonl" assessments --format jsonl "$path"
  run "$name.ingest" ingest --db "$db" --threads 2 "$path"
  for f in jsonl csv; do
    run "$name.store-claims.$f" claims --db "$db" --format "$f"
    run "$name.store-events.$f" events --db "$db" --format "$f"
    run "$name.actors.$f" actors --db "$db" --format "$f"
    run "$name.dyads.$f" dyads --db "$db" --format "$f"
    run "$name.network.$f" network --db "$db" --format "$f"
  done
  run "$name.store-assessments.jsonl" assessments --db "$db" --format jsonl
  run "$name.search.txt" search --db "$db" Russia
  for f in jsonl csv gdelt; do run "$name.export-events.$f" export events --format "$f" --output "$out/$name.export-events-file.$f" --db "$db"; done
  for f in jsonl csv gdelt; do run "$name.export-claims.$f" export claims --format "$f" --output "$out/$name.export-claims-file.$f" --db "$db"; done
  for f in graphml gexf; do run "$name.export-network.$f" export network --format "$f" --output "$out/$name.export-network-file.$f" --db "$db"; done
  dyad=$(java -jar "$jar" dyads --db "$db" --format csv 2>/dev/null | sed -n 2p | cut -d, -f1,3)
  if [ -n "$dyad" ]; then
    run "$name.timeline.jsonl" timeline --db "$db" --dyad "$dyad" --format jsonl
    run "$name.brief.md" brief --db "$db" --dyad "$dyad"
    run "$name.brief.html" brief --db "$db" --dyad "$dyad" --format html
    run "$name.brief-actor.md" brief --db "$db" --actor "${dyad%%,*}"
  fi
  rm -rf "$db" "$db".* "$out/$name.db"*
done
# Timings in stderr summaries differ run to run: keep only the lines that do not carry them.
sed -i -E '/([0-9.]+ ?(ms|s)\b|documents\/s|\/s\b)/d' "$out"/*.err
