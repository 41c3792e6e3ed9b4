//! Starts the islands of a page rendered to HTML. Leptos' islands walk (after
//! leptos/src/hydration/island_script.js, which cargo-leptos injects and trunk does not): each
//! `<leptos-island>` is handed to the function its bundle exports under the island's name, in
//! document order, and an island inside another's children first restores that island's owner.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
function walk(node, bundle, owners) {
  for (const el of node.children) {
    if (el.localName === "leptos-island") {
      const hydrate = bundle[el.dataset.component];
      if (typeof hydrate !== "function") throw new Error(`no island ${el.dataset.component} in the bundle`);
      const restoreOwner = owners[owners.length - 1];
      if (restoreOwner) restoreOwner();
      hydrate(el);
      walk(el, bundle, owners);
    } else if (el.localName === "leptos-children") {
      owners.push(el.$$on_hydrate);
      walk(el, bundle, owners);
      owners.pop();
    } else {
      walk(el, bundle, owners);
    }
  }
}
function start(root, bundle) {
  walk(root, bundle, []);
  document.documentElement.classList.add("app-ready");
}
function failed(error) {
  console.error(error);
  document.documentElement.classList.add("app-failed");
  const note = document.getElementById("app-failed");
  if (note) note.hidden = false;
}
export function hydrate(root) {
  const run = () => {
    try { start(root, window.wasmBindings); } catch (error) { failed(error); }
  };
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
}
