#!/usr/bin/env bash
# RSS of a fuzz target over a long single-process libFuzzer run: runs
# BIN (a built target, e.g. fuzz/target/x86_64-unknown-linux-gnu/release/
# callconv) for RUNS executions with divergences saved instead of stopping
# the run (CCORACLE_FUZZ_FINDINGS), and prints libFuzzer's own status lines
# (execution count, exec/s, rss) as the run goes, then how it ended. A SUT
# crash that kills the process ends the run early: libFuzzer keeps it as an
# artifact, and the last line says so.
#
# Usage: scripts/fuzz-rss.sh BIN [RUNS]   (default 10000)
set -uo pipefail
BIN=${1:?usage: scripts/fuzz-rss.sh BIN [RUNS]}
RUNS=${2:-10000}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/corpus" "$WORK/findings" "$WORK/artifacts"
start=$(date +%s)
CCORACLE_FUZZ_FINDINGS="$WORK/findings" "$BIN" "$WORK/corpus" -runs="$RUNS" -print_final_stats=1 \
  -artifact_prefix="$WORK/artifacts/" -rss_limit_mb=4096 -timeout=60 2>"$WORK/log"
rc=$?
grep -E "^#[0-9]+.*(pulse|NEW|REDUCE|DONE)" "$WORK/log" | awk 'NR % 20 == 1 || /DONE/' | sed -E 's/ (ft|corp|lim|L|MS): [^ ]*( [^ ]*)?//g'
grep -E "stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)" "$WORK/log"
echo "exit $rc after $(( $(date +%s) - start )) s; findings: $(ls "$WORK/findings" | wc -l) signatures; artifacts: $(ls "$WORK/artifacts" | wc -l)"
