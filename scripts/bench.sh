#!/usr/bin/env bash
# The audit and benchmark: builds the release dist/, then measures bytes, Lighthouse (mobile and
# desktop, median of 7, the pages taking turns), axe, the Nu checker, interactions (Event Timing)
# and the reader wasm's size by owner (twiggy), side by side with TimelineJS3. Prints a table and
# writes bench/results.json. Run scripts/test.sh's set-up first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh bench
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
printf '\n\033[1m==> Benchmark tools (bench/package-lock.json)\033[0m\n'
if [ -f bench/node_modules/.installed-lock ] && cmp -s bench/package-lock.json bench/node_modules/.installed-lock; then
  echo "    already installed: bench/node_modules"
else
  (cd bench && npm ci --no-audit --no-fund --ignore-scripts && cp package-lock.json node_modules/.installed-lock)
fi
printf '\n\033[1m==> twiggy 0.7.0 (the wasm size profiler, from crates.io)\033[0m\n'
# The crate is `twiggy`, its binary says "twiggy-opt 0.7.0".
if [[ "$(twiggy --version 2>/dev/null)" =~ ^twiggy(-opt)?\ 0\.7\.0$ ]]; then echo "    already installed: twiggy 0.7.0"
else cargo install twiggy --version 0.7.0 --locked; fi
printf '\n\033[1m==> Release build\033[0m\n'
trunk build --release
printf '\n\033[1m==> Measuring (about 10 minutes)\033[0m\n'
CHROME_PATH=/usr/bin/chromium node bench/run.mjs
