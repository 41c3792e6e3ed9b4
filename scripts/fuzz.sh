#!/usr/bin/env bash
# The long fuzz run of the dataset loader and validator (tests/fuzz.rs): random bytes, random JSON
# and structure-aware mutations of the bundled story: FUZZ_CASES cases for each of the first two
# (default 450,000) and FUZZ_MUTATION_CASES for the mutations, which cost more each (default
# 150,000): 1,050,000 in all. The test command runs a short pass of the same properties.
set -euo pipefail
cd "$(dirname "$0")/.."
cases="${FUZZ_CASES:-450000}"
mutations="${FUZZ_MUTATION_CASES:-150000}"
cargo test -q --release --locked --features ssr,schema,import --test fuzz --no-run
start=$(date +%s)
FUZZ_CASES="$cases" FUZZ_MUTATION_CASES="$mutations" cargo test -q --release --locked --features ssr,schema,import --test fuzz
echo "fuzz: $((2 * cases + mutations)) cases, no failure, in $(($(date +%s) - start)) s (compilation not counted)"
