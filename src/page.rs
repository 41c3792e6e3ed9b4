//! The page contract: the names the shell (`index.html`), the pre-render, the editor bundle and
//! the reader bundle agree on. Each is written here once; the shell, which trunk reads as it is,
//! is checked against them by a test (`tests/page_contract.rs`), and `scripts/post_build.sh`
//! asks the pre-render for the wasm-opt flags.

/// The element both bundles render the story into, and the pre-render fills.
pub const APP_ID: &str = "app";
/// Closes the shell's `#app`, so the pre-render finds where the loading skeleton ends.
pub const APP_END_MARKER: &str = "<!--/app-->";
/// On `#app`: the story inside was rendered at build time, with its story index beside it.
pub const PRERENDERED_ATTR: &str = "data-prerendered";
/// On `#app`: the editor bundle's module, relative to the page.
pub const EDITOR_ATTR: &str = "data-editor";
/// The `<script type="application/json">` holding the story index the islands start from.
pub const STORY_INDEX_ID: &str = "story-index";
/// On `<html>`: every island has started and the address's selection is applied.
pub const READY_CLASS: &str = "app-ready";
/// On `<html>`: the app could not start; the pre-rendered story stays readable.
pub const FAILED_CLASS: &str = "app-failed";
/// The shell's note saying so; hidden until then.
pub const FAILED_NOTE_ID: &str = "app-failed";
/// The one function that shows that note: defined by the shell's first script, because a
/// browser that cannot run the bundles must still see it.
pub const SHOW_START_FAILURE_FN: &str = "summitStartFailed";
/// On the element `keyed()` wraps a keyed island in: which issue or event the island is for.
pub const ISLAND_KEY_ATTR: &str = "data-island-key";
/// The wrapper's tag: a custom element, `display: contents`, so it adds no box.
pub const ISLAND_KEY_TAG: &str = "island-key";
/// wasm-opt's feature flags for both bundles' wasm (rustc ≥ 1.87 output uses these features).
pub const WASM_OPT_FLAGS: &str = "--enable-bulk-memory --enable-nontrapping-float-to-int";
