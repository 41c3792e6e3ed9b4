//! The one place the page turns a string into HTML: the editor bundle writes the story it has
//! rendered (Leptos' own renderer, which escapes every text and attribute) into `#app`. The
//! page's policy (`require-trusted-types-for 'script'`) refuses a plain string at every HTML
//! sink, so anything else that tried would fail loudly instead of injecting.

use wasm_bindgen::prelude::*;

/// The Trusted Types policy's name, which the page's CSP allows and nothing else.
pub const POLICY: &str = "summit-editor";

#[wasm_bindgen(inline_js = "let policy;
export function set_trusted_html(element, html, name) {
  // A browser without Trusted Types has no policy to pass through, and enforces none.
  if (!window.trustedTypes) { element.innerHTML = html; return; }
  policy ??= trustedTypes.createPolicy(name, { createHTML: (s) => s });
  element.innerHTML = policy.createHTML(html);
}")]
extern "C" {
    fn set_trusted_html(element: &web_sys::Element, html: &str, name: &str);
}

/// Replaces `element`'s content with `html`, which must come from Leptos' rendering.
pub fn set_inner_html(element: &web_sys::Element, html: &str) {
    set_trusted_html(element, html, POLICY);
}
