#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml). Trunk has built the reader bundle; this builds the
# renderer and story-editor bundles beside it (the same crate's `summit-render` and
# `summit-editor` bins, page::RENDERER_BUNDLE and page::EDITOR_BUNDLE, through the same
# wasm-bindgen and wasm-opt trunk uses), then pre-renders the page and tells it where they are.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
profile=debug
cargo_flags=()
if [ "${TRUNK_PROFILE:-debug}" = release ]; then profile=release; cargo_flags=(--release); fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
if [ "$profile" = release ]; then
  # The flags trunk gives the reader's wasm (index.html), from their one place: src/page.rs.
  read -r -a flags <<<"$(cargo run -q --features ssr --bin prerender -- --wasm-opt-flags)"
fi
# Each bundle has its own features (the renderer renders HTML text with tachys' `ssr`; the
# editor runs Leptos' event handlers, which `ssr` compiles out), so each is its own build.
for bundle in render:summit-render editor:summit-editor; do
  feature="${bundle%%:*}" bin="${bundle#*:}"
  cargo build -q "${cargo_flags[@]}" --target wasm32-unknown-unknown --features "$feature" --bin "$bin"
  own="$(mktemp -d)"
  wasm-bindgen --target web --no-typescript --out-dir "$own" \
    "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$profile/$bin.wasm"
  if [ "$profile" = release ]; then
    wasm-opt -Oz "${flags[@]}" "$own/${bin}_bg.wasm" -o "$own/${bin}_bg.wasm"
  fi
  # Both bundles share one folder, and wasm-bindgen names the crate's inline JS by crate and
  # number: a snippet both write must be the same file, or one bundle would load the other's.
  (cd "$own" && find . -type f) | while read -r file; do
    if [ -e "$out/$file" ] && ! cmp -s "$own/$file" "$out/$file"; then
      echo "post_build: $file differs between the bundles; give them folders of their own" >&2
      exit 1
    fi
  done
  cp -R "$own"/. "$out"/
  rm -rf "$own"
done
# A directory named for its content: a new build is never served an old cached copy.
hash="$(cd "$out" && find . -type f | sort | xargs cat | sha256sum | cut -c1-16)"
mkdir -p "$TRUNK_STAGING_DIR/editor-$hash"
cp -R "$out"/. "$TRUNK_STAGING_DIR/editor-$hash/"

cargo run -q --features ssr --bin prerender -- "$TRUNK_STAGING_DIR" "editor-$hash"
