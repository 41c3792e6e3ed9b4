//! The preview: the real explainer, rendered by the same `Page` the build pre-renders, from the
//! last story that was valid. It is a picture of the page, not the page: its islands are not
//! started and it is `inert` (no focus stops, links that do not navigate away from the draft,
//! and hidden from assistive technology, which reads the status and the error list instead).

use std::sync::Arc;

use leptos::prelude::*;

use crate::platform::{dom, trusted_types};
use crate::views::{render_html, Loaded, Page, ShownStory};

const PREVIEW_ID: &str = "editor-preview";

#[component]
pub(super) fn Preview() -> impl IntoView {
    view! { <div id=PREVIEW_ID class="editor-preview" data-testid="editor-preview" inert=""></div> }
}

/// Draws `story` into the preview now, before the status says it is valid: whoever reads
/// "valid" sees its preview. Records how long the drawing took, for the README's measurements.
pub(super) fn show(story: Arc<ShownStory>) {
    let Some(host) = dom::element(PREVIEW_ID) else { return };
    let started = js_sys::Date::now();
    let html = render_html(move || view! { <Page loaded=Loaded::Ready(story)/> });
    trusted_types::set_inner_html(&host, &html);
    let _ = host.set_attribute("data-render-ms", &(js_sys::Date::now() - started).to_string());
}
