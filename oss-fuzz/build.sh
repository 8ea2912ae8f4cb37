#!/bin/bash -eu
# Builds ccoracle's fuzz targets the way OSS-Fuzz and ClusterFuzzLite call a
# project's build.sh: sources in $SRC/ccoracle, binaries and their seed
# corpora and options into $OUT. Also run by .ci/run without Docker, with
# the environment set by hand (see oss-fuzz/README.md).
#
# Sanitizer: SANITIZER=address builds with AddressSanitizer and the fuzz
# crate's `asan` feature (corosensei announces its stack switches to ASan;
# without that, a Wasm trap unwinding across Wasmer's coroutine stacks
# leaves stale poison and ASan reports a false stack-buffer-overflow).
# Anything else builds without a sanitizer, the faster choice: the compiler
# under test emits code no sanitizer instruments, and what finds its bugs is
# the differential check.
cd "$SRC/ccoracle/fuzz"
export LLVM_SYS_221_PREFIX=${LLVM_SYS_221_PREFIX:-/usr/lib/llvm-22}
FEATURES=""
case "${SANITIZER:-none}" in
  address) SAN=address; FEATURES="--features asan" ;;
  *) SAN=none ;;
esac
TARGETS="callconv smith"
for t in $TARGETS; do
  cargo fuzz build -O --sanitizer "$SAN" $FEATURES "$t"
done
BIN="${CARGO_TARGET_DIR:-target}/x86_64-unknown-linux-gnu/release"
for t in $TARGETS; do
  cp "$BIN/$t" "$OUT/$t"
  # Seed corpus: whole-case-sized inputs, deterministic (libFuzzer's own
  # first inputs are 1-4 bytes; the targets expand short inputs, but seeds
  # of the generator's natural size start the search further on).
  seeds="$WORK/seeds-$t"
  rm -rf "$seeds" && mkdir -p "$seeds"
  python3 - "$seeds" <<'PY'
import random, sys
for i in range(32):
    r = random.Random(i)
    open(f"{sys.argv[1]}/seed-{i:02}", "wb").write(bytes(r.getrandbits(8) for _ in range(2048 + 173 * i)))
PY
  rm -f "$OUT/${t}_seed_corpus.zip"
  (cd "$seeds" && zip -q -r "$OUT/${t}_seed_corpus.zip" .)
  cp "$SRC/ccoracle/oss-fuzz/fuzz.options" "$OUT/$t.options"
done
