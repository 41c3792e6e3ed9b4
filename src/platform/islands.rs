//! Starts the islands of a page rendered to HTML. Leptos' islands walk (after
//! leptos/src/hydration/island_script.js, which cargo-leptos injects and trunk does not): each
//! `<leptos-island>` is handed to the function its bundle exports under the island's name, in
//! document order, and an island inside another's children first restores that island's owner.
//! The last island, the live region, applies the URL's selection once all before it are live.

use wasm_bindgen::prelude::*;

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
      const hydrate = bundle[el.dataset.component];
      if (typeof hydrate !== "function") throw new Error(`no island ${el.dataset.component} in the bundle`);
      const restoreOwner = owners[owners.length - 1];
      if (restoreOwner) restoreOwner();
      hydrating = el;
      try {
        hydrate(el);
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
async function start(root, bundle) {
  await walk(root, bundle, [], { since: performance.now() });
  document.documentElement.classList.add("app-ready");
}
// Said here rather than through `dom::show_start_failure`: an island that failed has trapped
// the wasm, which must not be entered again.
function failed(error) {
  console.error(error);
  document.documentElement.classList.add("app-failed");
  const note = document.getElementById("app-failed");
  if (note) note.hidden = false;
}
// Thrown, not returned empty: an island bound to no issue would look alive and do nothing.
export function hydratingKey(attribute) {
  if (!hydrating) throw new Error(`an island asked for its ${attribute} while none is hydrating: render it with keyed()`);
  const key = hydrating.firstElementChild?.closest(`[${attribute}]`)?.getAttribute(attribute);
  if (!key) throw new Error(`island ${hydrating.dataset.component} has no ${attribute} on or around its first element`);
  return key;
}
export function hydrate(root) {
  const run = () => start(root, window.wasmBindings).catch(failed);
  // Trunk publishes the bundle's exports once the bundle has started: at once after the editor
  // bundle has rendered, or just after `main` returns.
  if (window.wasmBindings) run();
  else addEventListener("TrunkApplicationStarted", run, { once: true });
}
"#)]
extern "C" {
    /// Walks `root`, starting each island with the reader bundle's exports, then marks the page
    /// `app-ready`; shows the page's "could not start" note if an island fails.
    pub fn hydrate(root: &web_sys::HtmlElement);

    /// For the island starting now: `attribute` of the nearest element that has it, from the
    /// island's first element outwards. Throws, failing the walk, if there is none.
    #[wasm_bindgen(js_name = hydratingKey)]
    pub fn hydrating_key(attribute: &str) -> String;
}
