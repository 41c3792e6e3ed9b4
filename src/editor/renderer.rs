//! A function of the renderer bundle (`src/bin/render.rs`): `edit.html`'s start script loads the
//! bundle beside the editor's and hands over a promise of each function the editor calls (the
//! preview's `preview_html`, the downloaded site's `site_pieces`). The two bundles share no
//! memory: arguments and results cross as JS values.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Where the function is: on its way, ready, or failed to come.
#[derive(Clone)]
enum State {
    Loading,
    Ready(js_sys::Function),
    Failed(String),
}

/// One function of the renderer bundle, once its promise has settled.
#[derive(Clone, Copy)]
pub(super) struct Renderer(StoredValue<State, LocalStorage>);

impl Renderer {
    pub fn new() -> Self {
        Self(StoredValue::new_local(State::Loading))
    }

    /// Waits for `loading` (a promise of the function), then calls `then`.
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

    /// Whether the function has come, or has failed to for good.
    pub fn settled(self) -> bool {
        !matches!(self.0.get_value(), State::Loading)
    }

    /// The function's result for `args`; its error, or why it is not here, as text.
    pub fn call(self, args: &[JsValue]) -> Result<JsValue, String> {
        match self.0.get_value() {
            State::Ready(function) => {
                function.apply(&JsValue::NULL, &args.iter().collect()).map_err(|e| e.as_string().unwrap_or(format!("{e:?}")))
            }
            State::Failed(reason) => Err(reason),
            State::Loading => Err("the renderer bundle is still loading".into()),
        }
    }
}
