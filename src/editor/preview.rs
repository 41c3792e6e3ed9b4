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
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::words::words;
use crate::platform::{dom, trusted_types};

const PREVIEW_ID: &str = "editor-preview";

#[component]
pub(super) fn Preview() -> impl IntoView {
    view! { <div id=PREVIEW_ID class="editor-preview" data-testid="editor-preview" inert=""></div> }
}

/// Where the renderer bundle is: on its way, ready, or failed to start.
#[derive(Clone)]
enum State {
    Loading,
    Ready(js_sys::Function),
    Failed(String),
}

/// The renderer bundle's `preview_html`, once `edit.html`'s start script has loaded it.
#[derive(Clone, Copy)]
pub(super) struct Renderer(StoredValue<State, LocalStorage>);

impl Renderer {
    pub fn new() -> Self {
        Self(StoredValue::new_local(State::Loading))
    }

    /// Waits for `loading` (a promise of the renderer's function), then calls `then`, which
    /// checks the text again: a valid text waited for the renderer to be shown.
    pub fn arrives(self, loading: js_sys::Promise, then: impl FnOnce() + 'static) {
        wasm_bindgen_futures::spawn_local(async move {
            let state = match JsFuture::from(loading).await.map(|f| f.dyn_into::<js_sys::Function>()) {
                Ok(Ok(render)) => State::Ready(render),
                Ok(Err(_)) => State::Failed("the renderer bundle gave no function".into()),
                Err(e) => State::Failed(format!("the renderer bundle did not load ({e:?})")),
            };
            self.0.set_value(state);
            then();
        });
    }

    /// Whether a story can be drawn now, or drawing has failed for good (said in the preview).
    pub fn settled(self) -> bool {
        !matches!(self.0.get_value(), State::Loading)
    }

    /// Draws the valid story `text` into the preview now, before the status says it is valid:
    /// whoever reads "valid" sees its preview. Records how long the drawing took, for the
    /// README's measurements.
    pub fn show(self, text: &str) {
        let Some(host) = dom::element(PREVIEW_ID) else { return };
        let t = words();
        let started = js_sys::Date::now();
        let html = match self.0.get_value() {
            State::Ready(render) => render.call1(&JsValue::NULL, &text.into()).map_err(|e| format!("{e:?}")),
            State::Failed(reason) => Err(reason),
            State::Loading => return,
        };
        match html.map(|h| h.as_string().unwrap_or_default()) {
            Ok(html) => trusted_types::set_inner_html(&host, &html),
            Err(reason) => host.set_text_content(Some(&format!("{}{reason}", t.preview_failed))),
        }
        let _ = host.set_attribute("data-render-ms", &(js_sys::Date::now() - started).to_string());
    }
}
