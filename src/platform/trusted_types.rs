//! Trusted Types. The page's policy (`require-trusted-types-for 'script'`) makes the browser
//! refuse a plain string at every sink that could run code: HTML, script text, script URLs. The
//! explainer makes two such writes, each through a named policy that does that one thing:
//! - [`EDITOR_POLICY`]: the page the renderer bundle rendered, written into `#app` or into the
//!   editor's preview (Leptos' renderer escapes every text and attribute);
//! - [`WORKER_POLICY`]: the service worker's registration, and no other script URL: the shell's
//!   first script registers it for the explainer's pages (`index.html`, which spells the policy
//!   itself: the page loads no code for its first view), the editor bundle for `edit.html`.

use wasm_bindgen::prelude::*;

pub const EDITOR_POLICY: &str = "summit-editor";
pub const WORKER_POLICY: &str = "summit-worker";
/// Every policy the page may create, for its CSP's `trusted-types` directive.
pub const POLICIES: [&str; 2] = [EDITOR_POLICY, WORKER_POLICY];
/// The service worker's address, relative to the build's root (an edition in a folder reaches
/// it through `page::ROOT_ATTR`).
pub const SERVICE_WORKER_URL: &str = "sw.js";

#[wasm_bindgen(inline_js = r#"
// A browser without Trusted Types enforces none: the plain value goes through.
const policies = {};
function policy(name, rules) {
  if (!window.trustedTypes) return null;
  return (policies[name] ??= trustedTypes.createPolicy(name, rules));
}
const editor = (name) => policy(name, {
  createHTML: (html) => html,
});
export function set_html(element, html, name) {
  element.innerHTML = editor(name)?.createHTML(html) ?? html;
}
export function register_worker(container, url, name) {
  const only = policy(name, {
    createScriptURL: (u) => { if (u !== url) throw new TypeError(`${u} is not the service worker`); return u; },
  });
  return container.register(only?.createScriptURL(url) ?? url);
}
"#)]
extern "C" {
    fn set_html(element: &web_sys::Element, html: &str, policy: &str);
    fn register_worker(container: &web_sys::ServiceWorkerContainer, url: &str, policy: &str) -> js_sys::Promise;
}

/// Replaces `element`'s content with `html`, which must come from Leptos' rendering.
pub fn set_inner_html(element: &web_sys::Element, html: &str) {
    set_html(element, html, EDITOR_POLICY);
}

/// Registers [`SERVICE_WORKER_URL`] with `container`, from the build's root `root` ("./" or
/// "../"): at the root, its scope covers every edition.
pub fn register_service_worker(container: &web_sys::ServiceWorkerContainer, root: &str) -> js_sys::Promise {
    register_worker(container, &[root, SERVICE_WORKER_URL].concat(), WORKER_POLICY)
}
