#!/usr/bin/env bash
# Fuzzes one target of dyad-core's FuzzTargetsTest with Jazzer for MINUTES minutes (docs/fuzzing.md).
# Targets: html text jsonLines feed warc gzip cleaner coder. Crashes are written as files under
# dyad-core/src/test/resources/dev/dyad/core/fuzz/FuzzTargetsTestInputs/TARGET/, which every build
# then replays; the growing corpus stays in dyad-core/.cifuzz-corpus/ (not committed).
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: scripts/fuzz.sh TARGET MINUTES   (TARGET: html text jsonLines feed warc gzip cleaner coder)" >&2
  exit 2
fi
target="$1"
minutes="$2"
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log="$home/dyad-core/target/fuzz-$target.log"
mkdir -p "$home/dyad-core/target"
cd "$home"
set +e
JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${minutes}m" mvn -o -B -ntp -pl dyad-core -am test \
  -Dtest="FuzzTargetsTest#$target" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.max_duration="${minutes}m" >"$log" 2>&1
status=$?
set -e
# libFuzzer's last status line holds the executions; "Done N runs" closes a run that ended on time.
grep -aE '^#[0-9]+|Done [0-9]+ runs|== Java Exception|FuzzTest|crash-|Tests run:' "$log" | tail -n 8
echo "fuzz.sh: $target for ${minutes} min, exit $status; log: ${log#$home/}"
exit $status
