#!/usr/bin/env bash
# Proves the "local Wasmer checkout" recipe of the README, followed as a
# user would: in a directory outside this checkout, builds ccoracle against
# a copy of the Wasmer LLVM compiler source with one deliberate bug
# (imported functions are always called with the hidden m0 argument, host
# functions included) and checks that
# - ccoracle built that way flags it as a pass-params dependent divergence
#   ("host call received 1 extra leading argument");
# - the release build compares itself with it (--baseline-bin) and reports
#   a build-dependent divergence naming both builds.
#
# Cost: rebuilds wasmer-compiler-llvm, wasmer and ccoracle (about 3 minutes
# on 2 cores; LLVM bindings and other dependencies come from target/).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${CCORACLE_LOCAL_WORK:-${TMPDIR:-/tmp}/ccoracle-local-wasmer-check}
case "$WORK" in "$ROOT"/*) echo "check-local-wasmer: the work directory must be outside the checkout" >&2; exit 1;; esac

# 1. "A Wasmer checkout": the LLVM compiler crate's source, as published.
SRC=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/wasmer-compiler-llvm-7.5.0 | head -n1)
[ -d "$SRC" ] || { echo "check-local-wasmer: wasmer-compiler-llvm-7.5.0 source not found (run cargo build first)" >&2; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK"
cp -r "$SRC" "$WORK/wasmer-compiler-llvm"
chmod -R u+w "$WORK/wasmer-compiler-llvm"

# 2. The deliberate change: take the with-m0 branch for every imported call.
python3 - "$WORK/wasmer-compiler-llvm/src/translator/code.rs" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
old = "include_m0_call_block,\n                        skip_m0_call_block,"
assert s.count(old) == 1, "the line to mutate moved: update scripts/check-local-wasmer.sh"
open(p, "w").write(s.replace(old, "include_m0_call_block,\n                        include_m0_call_block,"))
PY

# 3. The recipe: a workspace that depends on the oracle and patches Wasmer.
mkdir -p "$WORK/app/src"
cat > "$WORK/app/Cargo.toml" <<TOML
[package]
name = "ccoracle-local-wasmer"
version = "0.1.0"
edition = "2021"
publish = false

[[bin]]
name = "ccoracle-local"
path = "src/main.rs"

[dependencies]
ccoracle = { path = "$ROOT/oracle" }

[patch.crates-io]
wasmer-compiler-llvm = { path = "$WORK/wasmer-compiler-llvm" }

[workspace]
members = ["."]

# The same release profile as this checkout, so that target/ is reused.
[profile.release]
debug = "line-tables-only"
TOML
cp "$ROOT/targets/wasmer-7.0.1/src/main.rs" "$WORK/app/src/main.rs"
cp "$ROOT/Cargo.lock" "$WORK/app/Cargo.lock"
# Outside the checkout, its rust-toolchain.toml and .cargo/config.toml do
# not apply: the recipe brings its own (README, "A local Wasmer checkout").
cat > "$WORK/app/rust-toolchain.toml" <<'TOML'
[toolchain]
channel = "nightly"
TOML
mkdir -p "$WORK/app/.cargo"
cat > "$WORK/app/.cargo/config.toml" <<'TOML'
[env]
LLVM_SYS_221_PREFIX = "/usr/lib/llvm-22"
TOML
(cd "$WORK/app" && CARGO_TARGET_DIR="$ROOT/target" cargo build --release --quiet --bin ccoracle-local)
BIN="$ROOT/target/release/ccoracle-local"

# 4. The check: the mutant must be flagged, with the right diagnosis.
set +e
# CCORACLE_BIN: engines run in child processes of this same binary.
OUT=$(CCORACLE_BIN="$BIN" "$BIN" run "$ROOT/tests/cli/agree.wat")
CODE=$?
set -e
echo "$OUT"
if [ "$CODE" = 1 ] && grep -q "DIVERGE (pass-params dependent)" <<<"$OUT" && grep -q "extra leading argument" <<<"$OUT"; then
  echo "check-local-wasmer: ok (the deliberate change was flagged)"
else
  echo "check-local-wasmer: FAILED: ccoracle did not flag the mutated Wasmer (exit $CODE)" >&2
  exit 1
fi

# 5. Two builds compared: the release build with the mutant as baseline.
set +e
OUT=$("$ROOT/target/release/ccoracle" run "$ROOT/tests/cli/agree.wat" \
  --baseline-bin "$BIN" --baseline-name mutant --build-name release)
CODE=$?
set -e
echo "$OUT"
if [ "$CODE" = 1 ] && grep -q "DIVERGE (build dependent)" <<<"$OUT" && grep -q "@mutant" <<<"$OUT" \
   && grep -q "@release" <<<"$OUT" && grep -q "extra leading argument" <<<"$OUT"; then
  echo "check-local-wasmer: ok (the two builds were compared, and both named)"
else
  echo "check-local-wasmer: FAILED: --baseline-bin did not report the mutant (exit $CODE)" >&2
  exit 1
fi
