#!/usr/bin/env bash
# Builds the release explainer (pre-rendered, wasm-opt'ed) and serves it on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
printf '\n\033[1m==> Building and serving on http://127.0.0.1:8080 (Ctrl-C stops)\033[0m\n'
exec trunk serve --release --no-autoreload --address 127.0.0.1 --port 8080
