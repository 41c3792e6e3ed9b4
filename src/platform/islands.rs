//! Starts the islands of a page rendered to HTML.
//!
//! Follows leptos 0.8.23's `src/hydration/island_script.js`, which cargo-leptos injects and trunk
//! does not. It relies on that version's protocol: each `<leptos-island data-component=…>` is
//! started by the bundle's export of that name (a promise for a lazy island, awaited), in
//! document order, and an island inside another's `<leptos-children>` first restores the outer
//! island's owner through the children element's `$$on_hydrate`. `Cargo.toml` pins leptos,
//! leptos_macro, tachys and hydration_context to exact versions so that a `cargo update` cannot
//! change the protocol underneath; re-read the upstream file when moving the pins.
//!
//! Unlike upstream, the walk yields to the browser between slices, says when every island has
//! started (so the URL's selection is applied after all of them, whatever their order), and
//! reports failure through the page's one note.

use wasm_bindgen::prelude::*;

use crate::page::{ISLAND_KEY_ATTR, READY_CLASS, SHOW_START_FAILURE_FN, TRUNK_BINDINGS_GLOBAL, TRUNK_STARTED_EVENT};

#[wasm_bindgen(inline_js = r#"
// One task for every island would block a slow phone's main thread for the whole walk: after
// about a frame's worth of work, let the browser run (input, paint) before going on.
const SLICE_MS = 8;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
let hydrating = null;
async function walk(node, bundle, owners, clock) {
  for (const el of node.children) {
    if (el.localName === "leptos-island") {
      if (performance.now() - clock.since > SLICE_MS) {
        await nextTask();
        clock.since = performance.now();
      }
      const start = bundle[el.dataset.component];
      if (typeof start !== "function") throw new Error(`no island ${el.dataset.component} in the bundle`);
      const restoreOwner = owners[owners.length - 1];
      if (restoreOwner) restoreOwner();
      hydrating = el;
      try {
        const started = start(el);
        if (started && started.then) await started;
      } finally {
        hydrating = null;
      }
      await walk(el, bundle, owners, clock);
    } else if (el.localName === "leptos-children") {
      owners.push(el.$$on_hydrate);
      await walk(el, bundle, owners, clock);
      owners.pop();
    } else {
      await walk(el, bundle, owners, clock);
    }
  }
}
// Not through the wasm: an island that failed has trapped it, and it must not be entered again.
function failed(error, showFailure) {
  console.error(error);
  window[showFailure]?.();
}
// Undefined when no island is starting. Thrown, failing the walk, for one not wrapped by
// `keyed()`: an island bound to no issue would look alive and do nothing.
export function hydrating_key(attribute) {
  if (!hydrating) return undefined;
  const key = hydrating.parentElement?.getAttribute(attribute);
  if (!key) throw new Error(`island ${hydrating.dataset.component} has no ${attribute} on its wrapper: render it with keyed()`);
  return key;
}
export function start_islands(root, readyClass, showFailure, started, bindings, startedEvent) {
  const run = () => walk(root, window[bindings], [], { since: performance.now() })
    .then(() => {
      started();
      // Ready means as the reader will find it: every island live and the address applied.
      document.documentElement.classList.add(readyClass);
    })
    .catch((error) => failed(error, showFailure));
  // Trunk publishes the bundle's exports once the bundle has started: at once after the editor
  // bundle has rendered, or just after `main` returns.
  if (window[bindings]) run();
  else addEventListener(startedEvent, run, { once: true });
}
"#)]
extern "C" {
    fn start_islands(
        root: &web_sys::HtmlElement,
        ready_class: &str,
        show_failure: &str,
        started: &JsValue,
        bindings: &str,
        started_event: &str,
    );
    fn hydrating_key(attribute: &str) -> Option<String>;
}

/// Walks `root`, starting each island with the reader bundle's exports; once all have started,
/// calls `started`, then marks the page ready. If an island fails, shows the page's note instead.
pub fn hydrate(root: &web_sys::HtmlElement, started: impl FnOnce() + 'static) {
    let started = Closure::once_into_js(started);
    start_islands(root, READY_CLASS, SHOW_START_FAILURE_FN, &started, TRUNK_BINDINGS_GLOBAL, TRUNK_STARTED_EVENT);
}

/// The key of the island starting now, from the wrapper `keyed()` rendered around it; `None`
/// if no island is starting. Throws, failing the walk, if the island has no wrapper.
pub fn key_of_starting_island() -> Option<String> {
    hydrating_key(ISLAND_KEY_ATTR)
}
