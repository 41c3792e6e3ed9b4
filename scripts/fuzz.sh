#!/usr/bin/env bash
# The long fuzz run of the dataset loader and validator (tests/fuzz.rs): random bytes, random JSON
# and structure-aware mutations of the bundled story, FUZZ_CASES cases each (default 350,000:
# over a million in all). The test command runs a short pass of the same properties.
set -euo pipefail
cd "$(dirname "$0")/.."
cases="${FUZZ_CASES:-350000}"
cargo test -q --release --locked --features ssr,schema --test fuzz --no-run
start=$(date +%s)
FUZZ_CASES="$cases" cargo test -q --release --locked --features ssr,schema --test fuzz
echo "fuzz: $((3 * cases)) cases, no failure, in $(($(date +%s) - start)) s (compilation not counted)"
