//! The editor's event handling, one listener per event type on the editor's root, dispatched by
//! the `data-action` of the element the event came from (or its nearest ancestor with a handler).
//!
//! Why not Leptos' `on:` handlers: the editor lives in the editor bundle, which also renders
//! pages to HTML (the preview, drafts) and so is built with tachys' `ssr` feature; with it,
//! tachys compiles event handlers and `prop:` bindings out (they panic when attached). Views
//! here use Leptos for structure and reactive text and attributes; handlers register here.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The attribute naming an element's action: `data-action="undo"`.
pub(super) const ACTION_ATTR: &str = "data-action";

type Handler = Rc<dyn Fn(web_sys::Event)>;

/// Handlers by event type and action.
#[derive(Clone, Default)]
pub(super) struct Actions(Rc<RefCell<HashMap<String, Handler>>>);

impl Actions {
    /// Runs `handler` for `event` (a DOM event type: "click", "input") from an element whose
    /// `data-action` is `action`, or from inside one.
    pub fn on(&self, event: &'static str, action: &'static str, handler: impl Fn(web_sys::Event) + 'static) {
        self.0.borrow_mut().insert(key(event, action), Rc::new(handler));
    }

    /// Listens on `root` for every event type a handler was registered for. Capturing, so the
    /// events that do not bubble (a textarea's scroll) arrive too.
    pub fn listen(&self, root: &web_sys::Element) {
        let mut types: Vec<String> =
            self.0.borrow().keys().filter_map(|k| Some(k.split_once(' ')?.0.to_string())).collect();
        types.sort_unstable();
        types.dedup();
        for event in types {
            let actions = self.clone();
            let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| actions.dispatch(ev));
            let options = web_sys::AddEventListenerOptions::new();
            options.set_capture(true);
            let _ = root.add_event_listener_with_callback_and_add_event_listener_options(
                &event,
                listener.as_ref().unchecked_ref(),
                &options,
            );
            // The editor lives as long as the page.
            listener.forget();
        }
    }

    fn dispatch(&self, ev: web_sys::Event) {
        let mut at = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let kind = ev.type_();
        while let Some(element) = at.and_then(|e| e.closest(&format!("[{ACTION_ATTR}]")).ok().flatten()) {
            let action = element.get_attribute(ACTION_ATTR).unwrap_or_default();
            let handler = self.0.borrow().get(&key(&kind, &action)).cloned();
            if let Some(handler) = handler {
                return handler(ev);
            }
            at = element.parent_element();
        }
    }
}

fn key(event: &str, action: &str) -> String {
    format!("{event} {action}")
}

/// The value of the input an `input` event came from.
pub(super) fn input_value(ev: &web_sys::Event) -> String {
    ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.value()).unwrap_or_default()
}
