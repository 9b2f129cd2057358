#!/usr/bin/env bash
# The Spark job in local mode on one machine: local[1] against local[2] over the same input, each
# into a fresh output folder. Prints each run's summary (documents/s of the analysis, the time of
# each phase and the bytes each phase shuffled) and the scaling ratio of the analysis rates.
# Usage: scripts/spark-bench.sh INPUT [WORK_DIR]   (docs/scale.md has the figures and the input)
set -euo pipefail
input=${1:?usage: scripts/spark-bench.sh INPUT [WORK_DIR]}
work=${2:-$(mktemp -d)}
mkdir -p "$work"
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
declare -A rate
for n in 1 2; do
  rm -rf "$work/local$n"
  echo "== local[$n]" >&2
  "$home/dyad" spark --master "local[$n]" --input "$input" --output "$work/local$n" \
    2> >(tee "$work/local$n.log" >&2)
  rate[$n]=$(sed -n 's/.*; \([0-9.]*\) documents\/s over the analysis/\1/p' "$work/local$n.log")
done
awk -v a="${rate[1]}" -v b="${rate[2]}" \
  'BEGIN { printf "local[1] %.1f documents/s, local[2] %.1f documents/s: scaling %.2fx\n", a, b, b / a }'
