#!/usr/bin/env bash
# Installs what is missing, then builds Common Ground and serves it at http://127.0.0.1:8080
# (rebuilding on every change). Stop with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
echo "Common Ground will be at http://127.0.0.1:8080 once built."
exec trunk serve "$@"
