#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml). Trunk has built the reader bundle; this builds the editor
# bundle beside it (the same crate's `summit-editor` bin, through the same wasm-bindgen and
# wasm-opt trunk uses), then pre-renders the page and tells it where the editor bundle is.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
profile=debug
cargo_flags=()
if [ "${TRUNK_PROFILE:-debug}" = release ]; then profile=release; cargo_flags=(--release); fi

cargo build -q "${cargo_flags[@]}" --target wasm32-unknown-unknown --features editor --bin summit-editor
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$profile/summit-editor.wasm"
if [ "$profile" = release ]; then
  # The flags trunk gives the reader's wasm (index.html), from their one place: src/page.rs.
  read -r -a flags <<<"$(cargo run -q --features ssr --bin prerender -- --wasm-opt-flags)"
  wasm-opt -Oz "${flags[@]}" "$out/summit-editor_bg.wasm" -o "$out/summit-editor_bg.wasm"
fi
# A directory named for its content: a new build is never served an old cached copy.
hash="$(cd "$out" && find . -type f | sort | xargs cat | sha256sum | cut -c1-16)"
mkdir -p "$TRUNK_STAGING_DIR/editor-$hash"
cp -R "$out"/. "$TRUNK_STAGING_DIR/editor-$hash/"

cargo run -q --features ssr --bin prerender -- "$TRUNK_STAGING_DIR" "editor-$hash/summit-editor.js"
