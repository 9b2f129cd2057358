#!/usr/bin/env bash
# Compares two folders written by scripts/outputs.sh, ignoring what differs by design between
# runs: the GDELT DATEADDED column (the time of export) and the output folder's own path.
set -uo pipefail
a="$(cd "$1" && pwd)"; b="$(cd "$2" && pwd)"; status=0
for f in "$a"/*; do
  n="$(basename "$f")"
  [ -f "$b/$n" ] || { echo "only in $a: $n"; status=1; continue; }
  norm() { if [[ "$n" == *.gdelt ]]; then awk -F'\t' -v OFS='\t' '{ for (i = 1; i <= NF; i++) if (length($i) == 14 && $i ~ /^20[0-9]+$/) $i = "T"; print }' "$1"; else sed "s|$2|OUT|g" "$1"; fi; }
  if ! cmp -s <(norm "$f" "$a") <(norm "$b/$n" "$b"); then echo "differs: $n"; status=1; fi
done
for f in "$b"/*; do [ -e "$a/$(basename "$f")" ] || { echo "only in $b: $(basename "$f")"; status=1; }; done
[ $status = 0 ] && echo "outputs identical"
exit $status
