#!/usr/bin/env bash
# Runs every test: native, component (headless Chromium), and end to end against the release
# build served on 127.0.0.1. Installs what is missing first. Exits non-zero if anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "Formatting (rustfmt)"
cargo fmt --check

# Every build the project makes, linted as it is built: natively with the build-time features,
# and for the browser, the reader's and the editor's bundles. Doc links must resolve.
step "Lints (clippy -D warnings, rustdoc's broken links)"
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --features ssr,schema,import --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --features hydrate --lib --bins -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --features render --bin summit-render -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --features editor --bin summit-editor -- -D warnings
RUSTDOCFLAGS="-D rustdoc::broken_intra_doc_links -D rustdoc::private_intra_doc_links" \
  cargo doc --locked --no-deps --features ssr,schema,import --document-private-items

step "Native tests: data model, state transitions, rendered views"
cargo test --locked --features ssr,schema,import

step "Component tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown --features hydrate --test web

step "Release build (trunk, wasm-opt, pre-render)"
trunk build --release

# The engine must work for any story: the same release build of a synthetic test story (three
# invented parties, other ids and counts), into its own directory, never into dist/.
step "Release build of the synthetic test story into dist-synthetic/"
SUMMIT_DATASET="$PWD/tests/fixtures/synthetic.json" trunk build --release --dist dist-synthetic

# The editor's template story, built as the build builds any story: the page the editor's
# "Download the page" makes of it must be this build's page (e2e/site-download.test.mjs).
step "Release build of the editor's template story into dist-template/"
SUMMIT_DATASET="$PWD/src/editor/template.json" trunk build --release --dist dist-template

# A story whose words are markup (<style>, </script>, <!--, ]]>, U+2028): the page it builds must
# keep its styles, run its scripts and break no policy (e2e/hostile-text.test.mjs). Its own
# build, so the stories the rest of the suite reads stay plain.
step "Release build of the hostile-text test story into dist-hostile/"
SUMMIT_DATASET="$PWD/tests/fixtures/hostile-text.json" trunk build --release --dist dist-hostile

# The reader's and the editor's core journeys also run in Firefox ESR and in WebKitGTK's MiniBrowser
# (e2e/engines.test.mjs), which starts its own Xvfb display for WebKit.
step "End-to-end tests against dist/ (and dist-synthetic/, dist-template/, dist-hostile/) on 127.0.0.1 in headless Chromium; the core journeys also in Firefox and WebKit"
node --test --test-concurrency=1 e2e/
