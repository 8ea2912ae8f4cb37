#!/usr/bin/env bash
# Coverage of the compiler under test: which of wasmer-compiler-llvm's call
# paths (call, call_indirect, return_call, import calls with and without m0)
# the generators reach. Builds both fuzz targets with coverage
# instrumentation (`cargo fuzz coverage`, everything instrumented, Wasmer
# included), runs each on the same fixed inputs (N deterministic inputs of
# whole-case size, as oss-fuzz/build.sh seeds), and prints one table: for
# each call path of translator/code.rs, how many times its first line ran
# under each target. The README's coverage table is this output.
#
# Usage: scripts/coverage.sh [N]        (default N=200 inputs per target)
# Cost: one instrumented build of both targets (about 10 minutes on 2 cores
# from scratch; cargo fuzz coverage keeps it in its own directory,
# fuzz/target/<triple>/coverage), then N inputs per target (a few minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
N=${1:-200}
export LLVM_SYS_221_PREFIX=${LLVM_SYS_221_PREFIX:-/usr/lib/llvm-22}
LLVM_COV=${LLVM_COV:-llvm-cov-22}
command -v "$LLVM_COV" >/dev/null || { echo "coverage.sh: $LLVM_COV not found (apt-get install -y llvm-22)" >&2; exit 1; }
SRC=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/wasmer-compiler-llvm-7.5.0 | head -n1)/src/translator/code.rs
WORK=${CCORACLE_COV_WORK:-/tmp/ccoracle-cov}
rm -rf "$WORK" && mkdir -p "$WORK/inputs"
python3 - "$WORK/inputs" "$N" <<'PY'
import random, sys
for i in range(int(sys.argv[2])):
    r = random.Random(1000 + i)
    open(f"{sys.argv[1]}/input-{i:04}", "wb").write(bytes(r.getrandbits(8) for _ in range(2048 + 37 * i)))
PY
cd fuzz
for t in callconv smith; do
  # Divergences are saved and the run goes on (a divergence panics by
  # default, which would end the coverage run at the first one).
  CCORACLE_FUZZ_FINDINGS="$WORK/findings-$t" cargo fuzz coverage -O -s none --llvm-path /usr/lib/llvm-22/bin "$t" "$WORK/inputs" \
    > "$WORK/run-$t.log" 2>&1 || { tail -20 "$WORK/run-$t.log" >&2; exit 1; }
  BIN=$(find target -type f -path "*/coverage/*/release/$t" | head -n1)
  [ -n "$BIN" ] || { echo "coverage.sh: no coverage build of $t under fuzz/target" >&2; exit 1; }
  "$LLVM_COV" show "$BIN" -instr-profile="coverage/$t/coverage.profdata" "$SRC" > "$WORK/code-$t.txt"
done
python3 - "$WORK" "$N" <<'PY'
import re, sys
work, n = sys.argv[1], sys.argv[2]

def counts(target):
    """Line number -> execution count (None: not code)."""
    out = {}
    for line in open(f"{work}/code-{target}.txt"):
        m = re.match(r"\s*(\d+)\|\s*([0-9.]+[kMG]?)?\|(.*)", line)
        if not m:
            continue
        num, c, text = int(m.group(1)), m.group(2), m.group(3)
        if c is None:
            out[num] = (None, text)
        else:
            mult = {"k": 1e3, "M": 1e6, "G": 1e9}.get(c[-1], 1)
            out[num] = (int(float(c.rstrip("kMG")) * mult), text)
    return out

cc, sm = counts("callconv"), counts("smith")
lines = sorted(cc)

def anchor(pattern, after=None, base=None):
    """The first counted line at or after the first line matching `pattern`
    (searched from the line matching `base`, if given); with `after`, the
    first line matching `after` below it instead."""
    start = 0
    if base:
        start = next((l for l in lines if re.search(base, cc[l][1])), None)
        if start is None:
            return None
    hit = next((l for l in lines if l >= start and re.search(pattern, cc[l][1])), None)
    if hit is None:
        return None
    if after:
        hit = next((l for l in lines if l > hit and re.search(after, cc[l][1])), None)
        if hit is None:
            return None
    return next((l for l in lines if l >= hit and cc[l][0] is not None), None)

# (what the path is, pattern of its anchor line[, a later pattern inside it])
CALL = r"Operator::Call \{ function_index \} \| Operator::ReturnCall"
ROWS = [
    # (what the path is, pattern of its anchor line, a later line inside it, search from)
    ("call / return_call: the operator", CALL, None, None),
    ("  callee defined in the module", r"local_func_index\(func_index\) \{", r"\S", CALL),
    ("  callee imported", r"local_func_index\(func_index\) \{", r"\} else \{", CALL),
    ("  import call from an m0 caller: the with/without-m0 diamond", r"let with_m0_pred = ", None, CALL),
    ("  return_call emitted as a tail call", r"self\.emit_return_call\(call_site, llvm_func_type\)", None, CALL),
    ("emit_return_call (every return_call*)", r"fn emit_return_call\(", None, None),
    ("call_indirect / return_call_indirect: the operator", r"Operator::ReturnCallIndirect \{ \.\. \}\);", None, None),
    ("  m0 dispatch switch (caller with m0)", r"fn build_m0_indirect_call\(", None, None),
    ("  indirect call with params (no m0)", r"fn build_indirect_call_with_params\(", None, None),
    ("  indirect call or invoke", r"fn build_indirect_call_or_invoke\(", None, None),
    ("memory #0 base from m0 (loads/stores with m0)", r"let base_ptr = if let \(0, Some\(m0\)\) = \(memory_index\.as_u32\(\), self\.m0_param\)", None, None),
]
print(f"How often the translator compiled each call path: executions of its first line in")
print(f"wasmer-compiler-llvm 7.5.0 src/translator/code.rs (compile time: each count is a call site")
print(f"or function translated, with pass-params on or off)")
print(f"({n} fixed inputs per target, `scripts/coverage.sh {n}`; 0 = never reached)\n")
print("| call path | code.rs line | callconv | smith |")
print("|---|---|---|---|")
for label, pat, after, base in ROWS:
    l = anchor(pat, after, base)
    if l is None:
        print(f"| {label.strip()} | (not found: update ROWS) | | |")
        continue
    indent = "&nbsp;&nbsp;" if label.startswith("  ") else ""
    print(f"| {indent}{label.strip()} | {l} | {cc[l][0]} | {sm.get(l, (None,))[0]} |")
total = lambda c: (sum(1 for v in c.values() if v[0]), sum(1 for v in c.values() if v[0] is not None))
for name, c in (("callconv", cc), ("smith", sm)):
    hit, all_ = total(c)
    print(f"\n{name}: {hit} of {all_} lines of code.rs executed ({100 * hit / max(all_, 1):.1f} %)", end="")
print()
PY
