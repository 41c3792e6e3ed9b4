#!/usr/bin/env bash
# Installs what the explainer needs to build (and, with `test`, to be tested), skipping what is
# already there. Everything comes from crates.io, npm or Debian's packages: nothing else is fetched.
#
#   scripts/setup.sh          # build tools: wasm32 target, trunk, wasm-bindgen-cli, wasm-opt
#   scripts/setup.sh test     # plus Chromium, ChromeDriver, Firefox ESR, WebKitGTK's WebDriver and
#                             # MiniBrowser, Xvfb and Java for the tests
#   scripts/setup.sh bench    # plus, for the benchmark, a Chinese font (scripts/bench.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Must equal the wasm-bindgen version pinned in Cargo.toml and locked in Cargo.lock.
WASM_BINDGEN_VERSION=0.2.130
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
have() { printf '    already installed: %s\n' "$*"; }
root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then root apt-get update -qq; apt_updated=1; fi
  root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

step "Rust target wasm32-unknown-unknown"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then have wasm32-unknown-unknown
else rustup target add wasm32-unknown-unknown; fi

step "trunk $TRUNK_VERSION (a first install compiles for about 10 minutes)"
if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then have "trunk $TRUNK_VERSION"
else cargo install trunk --version "$TRUNK_VERSION" --locked; fi

step "wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes the first time)"
if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then have "wasm-bindgen $WASM_BINDGEN_VERSION"
# No --locked: one of its locked dependency versions is missing from the registry mirror.
else cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force; fi

step "Node.js and npm"
if command -v node >/dev/null && command -v npm >/dev/null; then have "node $(node --version)"
else apt_install nodejs npm; fi

step "npm packages from package-lock.json (wasm-opt, pym.js, and the test kit)"
if [ -f node_modules/.installed-lock ] && cmp -s package-lock.json node_modules/.installed-lock; then have "node_modules"
else
  # Install scripts stay off: vnu-jar's would try to download a Java runtime.
  npm ci --no-audit --no-fund --ignore-scripts
  cp package-lock.json node_modules/.installed-lock
fi

step "Crates for the offline build"
cargo fetch --locked

if [ "${1:-}" = test ] || [ "${1:-}" = bench ]; then
  step "Chromium and ChromeDriver (Debian packages)"
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then have "$(/usr/bin/chromium --version 2>/dev/null)"
  else apt_install chromium chromium-driver; fi

  # The engine journeys (e2e/engines.test.mjs) in Firefox and WebKit: Debian's builds, driven
  # through WebDriver BiDi (Firefox) and WebKitWebDriver (WebKit's MiniBrowser, on an Xvfb display).
  step "Firefox ESR (Debian package)"
  if [ -x /usr/bin/firefox-esr ]; then have "$(/usr/bin/firefox-esr --version 2>/dev/null)"
  else apt_install firefox-esr; fi

  step "WebKitGTK's WebKitWebDriver and MiniBrowser, and Xvfb (Debian packages)"
  if [ -x /usr/bin/WebKitWebDriver ] && compgen -G '/usr/lib/*/webkit2gtk-4.1/MiniBrowser' >/dev/null && command -v Xvfb >/dev/null; then
    have "WebKitGTK $(dpkg-query -W -f '${Version}' libwebkit2gtk-4.1-0 2>/dev/null), Xvfb"
  else apt_install webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb; fi

  step "Java, for the W3C Nu HTML checker"
  if command -v java >/dev/null; then have "java $(java -version 2>&1 | head -n 1)"
  else apt_install default-jre-headless; fi
fi

if [ "${1:-}" = bench ]; then
  # A Chinese reader's phone or computer has a CJK font. Without one, as on a bare Debian, each
  # Chinese character goes through the browser's search of the system's fonts, finds none and is
  # drawn as a box: /zh-Hans/'s first style and layout took twice the English page's (its LCP
  # 16 % behind), a cost no reader pays. The bench measures the page as they see it.
  step "A Chinese font: Noto Sans CJK (Debian package fonts-noto-cjk)"
  if fc-list :lang=zh-cn family | grep -q .; then have "$(fc-match -f '%{family[0]}' :lang=zh-cn)"
  else apt_install fonts-noto-cjk; fi
fi

step "Set-up complete"
