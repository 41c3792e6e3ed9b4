//! The page's address: its query string, read and written, and the `?data=` draft it names.

use leptos::prelude::window_event_listener;

use crate::state::{draft_param, resolve_draft, ParsedUrl, Refusal};

pub fn query() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

pub fn href() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// The browser's own URL parser, for `state::resolve_draft`.
pub fn parse_url(value: &str, base: &str) -> Option<ParsedUrl> {
    let url = web_sys::Url::new_with_base(value, base).ok()?;
    Some(ParsedUrl { href: url.href(), protocol: url.protocol(), origin: url.origin() })
}

/// The `?data=` draft to fetch (an absolute address on this page's origin) or why it was
/// refused; `None` when the page asks for no draft.
pub fn draft() -> Option<Result<String, Refusal>> {
    let value = draft_param(&query())?;
    let base = web_sys::window()?.document()?.base_uri().ok()??;
    Some(resolve_draft(&href(), &base, &value, &parse_url))
}

/// Writes `q` as the page's query string, keeping its path and fragment: a new history entry
/// (`push`) or in place of the current one.
pub fn write_query(q: &str, push: bool) {
    let Some(window) = web_sys::window() else { return };
    let Ok(history) = window.history() else { return };
    let path = window.location().pathname().unwrap_or_default();
    let hash = window.location().hash().unwrap_or_default();
    let url = format!("{path}{q}{hash}");
    // A sandboxed frame may refuse history changes; the selection still works, only unsaved.
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// Calls `then` whenever Back or Forward changes the address, for as long as the page lives.
pub fn on_history_step(then: impl Fn() + 'static) {
    std::mem::forget(window_event_listener(leptos::ev::popstate, move |_| then()));
}
