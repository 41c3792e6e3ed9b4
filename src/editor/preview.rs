//! The preview: the real explainer, rendered by the same `Page` the build pre-renders, from the
//! last story that was valid. It is a picture of the page, not the page: its islands are not
//! started and it is `inert` (no focus stops, links that do not navigate away from the draft,
//! and hidden from assistive technology, which reads the status and the error list instead).

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use crate::platform::trusted_types;
use crate::views::{render_html, Loaded, Page, Story};

#[component]
pub(super) fn Preview(shown: RwSignal<Option<Arc<Story>>, LocalStorage>) -> impl IntoView {
    let host = NodeRef::<Div>::new();
    let rendered_ms = RwSignal::new(String::new());
    Effect::new(move |_| {
        let (Some(story), Some(host)) = (shown.get(), host.get()) else { return };
        let started = js_sys::Date::now();
        let html = render_html(move || view! { <Page loaded=Loaded::Ready(story)/> });
        trusted_types::set_inner_html(&host, &html);
        // How long the redraw took, for the measurements in the README.
        rendered_ms.set(format!("{}", js_sys::Date::now() - started));
    });
    view! {
        <div class="editor-preview" data-testid="editor-preview" inert="" node_ref=host
            data-render-ms=move || rendered_ms.get()></div>
    }
}
