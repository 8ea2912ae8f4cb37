#!/usr/bin/env bash
# Idempotent setup for ccoracle on a fresh Debian machine: LLVM 22 (Wasmer's
# LLVM backend links it) and cargo-fuzz. Safe to run again: it only installs
# what is missing. Needs root (or sudo) for apt-get.
set -euo pipefail

PKGS="llvm-22-dev libpolly-22-dev libzstd-dev zlib1g-dev libffi-dev libxml2-dev zip unzip"
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi

missing=""
for p in $PKGS; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing$missing" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
test -x /usr/lib/llvm-22/bin/llvm-config || { echo "setup: LLVM 22 not found in /usr/lib/llvm-22" >&2; exit 1; }

# rust-toolchain.toml selects the installed nightly (Wasmer 7.5 needs rustc
# >= 1.96; cargo-fuzz needs nightly).
rustup toolchain list | grep -q '^nightly' || { echo "setup: a nightly Rust toolchain is required" >&2; exit 1; }

if ! cargo fuzz --version >/dev/null 2>&1; then
  if [ "${CCORACLE_SKIP_CARGO_FUZZ:-0}" = 1 ]; then
    echo "setup: cargo-fuzz missing (skipped: CCORACLE_SKIP_CARGO_FUZZ=1)" >&2
  else
    echo "setup: installing cargo-fuzz" >&2
    cargo install cargo-fuzz --locked --quiet
  fi
fi
echo "setup: ok" >&2
