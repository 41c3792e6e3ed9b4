use std::sync::Arc;

use leptos::prelude::*;

use crate::model::StoryIndex;
use crate::state::{draft_param, resolve_draft, ParsedUrl, Selection};

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
pub fn draft() -> Option<Result<String, String>> {
    let value = draft_param(&query())?;
    let base = web_sys::window()?.document()?.base_uri().ok()??;
    Some(resolve_draft(&href(), &base, &value, &parse_url))
}

fn write_query(q: &str, push: bool) {
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

/// Keeps the selection and the query string in step: the URL is read once after hydration,
/// each new selection is pushed to history, and Back and Forward restore earlier ones.
pub fn sync_selection(
    index: Arc<StoryIndex>,
    selection: ReadSignal<Selection>,
    set_selection: WriteSignal<Selection>,
    notice: RwSignal<Option<String>>,
    set_announcement: WriteSignal<String>,
) {
    let from_url = {
        let index = index.clone();
        move || Selection::from_query(&query(), &index)
    };
    let restore = from_url.clone();
    Effect::new(move |_| {
        let restore = restore.clone();
        // The listener lives as long as the page.
        std::mem::forget(window_event_listener(leptos::ev::popstate, move |_| set_selection.set(restore().0)));
        let (selected, unknown) = from_url();
        if !unknown.is_empty() {
            let names: Vec<String> = unknown.iter().map(|u| format!("{} \"{}\"", u.kind, u.id)).collect();
            notice.set(Some(format!("This story has no {}, so the full explainer is shown.", names.join(" and no "))));
            write_query(&selected.to_query(&query()), false);
        }
        // Nothing asked for: leave alone whatever the reader may already have picked.
        if selected.is_empty() {
            return;
        }
        let target = match (&selected.issue, &selected.event) {
            (Some(issue), _) => format!("[data-issue-id=\"{issue}\"]"),
            (None, Some(event)) => format!("[data-event-id=\"{event}\"]"),
            _ => unreachable!("the selection is not empty"),
        };
        set_selection.set(selected);
        request_animation_frame(move || super::dom::scroll_into_view(&target));
    });
    Effect::new(move |previous: Option<Selection>| {
        let current = selection.get();
        if previous.as_ref().is_some_and(|p| *p != current) {
            set_announcement.set(current.announcement(&index));
            let q = current.to_query(&query());
            if q != query() {
                write_query(&q, true);
            }
        }
        current
    });
}
