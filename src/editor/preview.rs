//! The preview: the real explainer, rendered by the same `Page` the build pre-renders, from the
//! last story that was valid. It is a picture of the page, not the page: its islands are not
//! started and it is `inert` (no focus stops, links that do not navigate away from the draft,
//! and hidden from assistive technology, which reads the status and the error list instead).
//!
//! Why another bundle draws it: a page becomes HTML text only with tachys' `ssr` feature, which
//! compiles Leptos' event handlers out, so this bundle, whose controls need them, cannot have it.
//! The renderer bundle (`src/bin/render.rs`, the reader's own fallback) can: `edit.html` loads it
//! beside this one and hands over its `preview_html`. The two share no memory, so the renderer
//! reads the text again; the editor checked it first and sends only a valid one.

use leptos::prelude::*;

use super::renderer::Renderer;
use super::words::words;
use crate::platform::{dom, trusted_types};

const PREVIEW_ID: &str = "editor-preview";

#[component]
pub(super) fn Preview() -> impl IntoView {
    view! { <div id=PREVIEW_ID class="editor-preview" data-testid="editor-preview" inert=""></div> }
}

impl Renderer {
    /// Draws the valid story `text` into the preview now, before the status says it is valid:
    /// whoever reads "valid" sees its preview. Records how long the drawing took, for the
    /// README's measurements.
    pub fn show(self, text: &str) {
        let Some(host) = dom::element(PREVIEW_ID) else { return };
        let t = words();
        let started = js_sys::Date::now();
        if !self.settled() {
            return;
        }
        match self.call(&[text.into()]).map(|h| h.as_string().unwrap_or_default()) {
            Ok(html) => trusted_types::set_inner_html(&host, &html),
            Err(reason) => host.set_text_content(Some(&format!("{}{reason}", t.preview_failed))),
        }
        let _ = host.set_attribute("data-render-ms", &(js_sys::Date::now() - started).to_string());
    }
}
