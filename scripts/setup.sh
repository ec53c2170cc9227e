#!/usr/bin/env bash
# Installs everything Common Ground needs beyond the Rust toolchain, from package registries
# only (crates.io, Debian, npm). Idempotent: a second run checks versions and does nothing.
#   scripts/setup.sh          what building and serving needs
#   scripts/setup.sh --test   also what the tests need (Chromium)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.22.1
# wasm-bindgen's CLI must be exactly the version of the crate in Cargo.lock, or trunk
# tries to download one (and fails here).
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, "", $0); print; exit }' Cargo.lock)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

packages=()
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)
command -v python3 >/dev/null || packages+=(python3)
command -v gzip >/dev/null || packages+=(gzip)
# The release build's post-build hook precompresses the bundle (scripts/compress.sh).
command -v brotli >/dev/null || packages+=(brotli)
if [ "${1:-}" = "--test" ] && [ ! -x /usr/bin/chromium ]; then packages+=(chromium); fi
if [ ${#packages[@]} -gt 0 ]; then
  say "installing Debian packages: ${packages[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION from crates.io (about 4 minutes)"
  # Not --locked: its lockfile pins a webpki-roots release the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION from crates.io (15 to 30 minutes, once)"
  # Its metadata asks for a newer rustc than it needs.
  cargo install --locked trunk --version "$TRUNK_VERSION" --ignore-rust-version
fi

# npm: binaryen's wasm-opt (Debian's is too old and builds a blank page), playwright-core
# and axe-core for the browser tests. The stamp makes the second run instant.
if [ ! -f node_modules/.stamp ] || [ package-lock.json -nt node_modules/.stamp ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules/.stamp
fi

# Trunk builds offline, so the crates must be here first.
cargo fetch --quiet
