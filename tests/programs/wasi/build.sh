#!/usr/bin/env bash
# Rebuilds the WASI test programs (<name>.wasm) from their C sources and
# their expected results from a native build of the same C, run with the
# same world (worlds.json: arguments, environment, stdin, files — the
# `wasi` part of a ccoracle case): expected/<name>.stdout and
# expected/<name>.exit.
#
# Needs: clang-22 and lld-22, wasi-libc and libclang-rt-22-dev-wasm32
# (Debian: apt-get install -y clang-22 lld-22 wasi-libc
# libclang-rt-22-dev-wasm32), python3.
set -euo pipefail
cd "$(dirname "$0")"
CC=${CC:-clang-22}
command -v "$CC" >/dev/null || { echo "build.sh: $CC not found" >&2; exit 1; }
[ -e /usr/lib/wasm32-wasi/libc.a ] || { echo "build.sh: wasi-libc not found (apt-get install -y wasi-libc)" >&2; exit 1; }
mkdir -p expected
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for src in *.c; do
    name=${src%.c}
    # -O2 as a release build would; names kept (the name section), debug
    # info dropped.
    # wasm32-wasi, not wasm32-wasip1: Debian installs wasi-libc under
    # wasm32-wasi paths, which clang 22 only finds for the older name.
    "$CC" --target=wasm32-wasi -Wno-deprecated -O2 -Wl,--strip-debug -o "$name.wasm" "$src"
    "$CC" -O2 -w -o "$tmp/$name" "$src"
    python3 - "$name" "$tmp" <<'PY'
import json, os, subprocess, sys
name, tmp = sys.argv[1], sys.argv[2]
world = json.load(open("worlds.json"))[name]
root = os.path.join(tmp, name + ".root")
for path, text in world.get("files", {}).items():
    os.makedirs(os.path.dirname(os.path.join(root, path)) or root, exist_ok=True)
    open(os.path.join(root, path), "w").write(text)
os.makedirs(root, exist_ok=True)
env = dict(e.split("=", 1) for e in world.get("env", []))
args = world.get("args", [name])[1:]
r = subprocess.run([os.path.join(tmp, name)] + args, input=world.get("stdin", "").encode(),
                   capture_output=True, env=env, cwd=root)
open(f"expected/{name}.stdout", "wb").write(r.stdout)
open(f"expected/{name}.exit", "w").write(f"{r.returncode}\n")
PY
    echo "$name.wasm: $(stat -c %s "$name.wasm") bytes, exit $(cat "expected/$name.exit")"
done
