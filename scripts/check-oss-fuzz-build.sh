#!/usr/bin/env bash
# Runs oss-fuzz/build.sh the way OSS-Fuzz and ClusterFuzzLite would, without
# Docker: the environment their builders set, by hand; then a short
# fork-mode run of each target from $OUT, checking that it keeps going past
# divergences (-ignore_crashes=1) and leaves crash artifacts (divergences of
# Wasmer 7.5) that `ccoracle run --fuzz-input` turns back into cases.
#
#   SANITIZER=none (default) or address; CCORACLE_OSSFUZZ_SECONDS (60).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BASE=${CCORACLE_OSSFUZZ_WORK:-${TMPDIR:-/tmp}/ccoracle-oss-fuzz}
SECONDS_PER_TARGET=${CCORACLE_OSSFUZZ_SECONDS:-60}
mkdir -p "$BASE/src" "$BASE/out" "$BASE/work"
ln -sfn "$ROOT" "$BASE/src/ccoracle"
export SRC="$BASE/src" OUT="$BASE/out" WORK="$BASE/work"
export SANITIZER=${SANITIZER:-none} FUZZING_ENGINE=libfuzzer ARCHITECTURE=x86_64
export CC=${CC:-cc} CXX=${CXX:-c++} CFLAGS="${CFLAGS:-}" CXXFLAGS="${CXXFLAGS:-}"
export RUSTFLAGS="${RUSTFLAGS:-}"
# The fuzz crate's own target directory, shared with earlier builds.
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/fuzz/target}
"$ROOT/oss-fuzz/build.sh"
for t in callconv smith; do
  for f in "$t" "$t.options" "${t}_seed_corpus.zip"; do
    [ -e "$OUT/$f" ] || { echo "check-oss-fuzz-build: FAILED: \$OUT/$f missing" >&2; exit 1; }
  done
done
echo "check-oss-fuzz-build: \$OUT has both targets, their options and seed corpora"

# Fork mode from $OUT, as ClusterFuzzLite runs it.
run="$WORK/run-callconv"
rm -rf "$run" && mkdir -p "$run/corpus" "$run/artifacts"
(cd "$run/corpus" && unzip -q "$OUT/callconv_seed_corpus.zip")
set +e
(cd "$run" && "$OUT/callconv" -fork=2 -ignore_crashes=1 -max_total_time="$SECONDS_PER_TARGET" \
   -artifact_prefix="$run/artifacts/" corpus > "$run/log.txt" 2>&1)
set -e
n=$(ls "$run/artifacts" | grep -c '^crash-' || true)
execs=$(grep -o 'exec/s: [0-9]*' "$run/log.txt" | tail -n1 || true)
echo "check-oss-fuzz-build: callconv -fork=2 for ${SECONDS_PER_TARGET}s: $n crash artifacts ($execs)"
[ "$n" -ge 1 ] || { tail -n 30 "$run/log.txt" >&2; echo "check-oss-fuzz-build: FAILED: no divergence found" >&2; exit 1; }
a=$(ls "$run/artifacts"/crash-* | head -n1)
out=$("$ROOT/target/release/ccoracle" run --fuzz-input callconv "$a" || true)
echo "$out" | head -n 3
echo "$out" | grep -q "^verdict: DIVERGE" || { echo "check-oss-fuzz-build: FAILED: the artifact does not replay as a divergence" >&2; exit 1; }
echo "check-oss-fuzz-build: ok"
