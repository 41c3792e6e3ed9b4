//! The Pym.js child protocol, spoken without pym's code, plus the AMP-style resize message:
//! the host page's iframe then follows our height, shrinking as well as growing.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::location::query;
use crate::state::query as q;

/// The host page's address that pym passes in, for "copy link" inside an embed.
pub fn parent_url() -> Option<String> {
    q::get(&query(), "parentUrl").filter(|u| crate::model::is_web_url(u))
}

/// Parses a pym message addressed to `child_id`: `pymxPYMx<id>xPYMx<type>xPYMx<value>`.
pub fn parse_pym_message<'a>(data: &'a str, child_id: &str) -> Option<(&'a str, &'a str)> {
    let mut parts = data.split("xPYMx");
    let (prefix, id, kind, value) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    (prefix == "pym" && id == child_id && parts.next().is_none()).then_some((kind, value))
}

/// A width as pym sends it (`600`, or `600.5` from some hosts). Checked by hand: `str::parse::<f64>`
/// brings the standard library's float tables, about 10 KB of the reader's gzipped wasm.
pub fn is_width(value: &str) -> bool {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, "0"));
    !whole.is_empty() && !fraction.is_empty() && whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit())
}

/// Starts reporting height to the parent frame; does nothing when the page is not framed.
pub fn start() {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let child_id = q::get(&query(), "childId").filter(|id| !id.is_empty() && id.len() < 200);
    let Some(root) = window.document().and_then(|d| d.document_element()) else { return };
    let root: web_sys::HtmlElement = root.unchecked_into();

    let send_height = {
        let child_id = child_id.clone();
        let parent = parent.clone();
        let mut last = -1;
        move |force: bool| {
            // documentElement, not body: body's height never shrinks (pym issues #165, #167).
            let height = root.offset_height();
            if height == last && !force {
                return;
            }
            last = height;
            if let Some(id) = &child_id {
                let _ = parent.post_message(&format!("pymxPYMx{id}xPYMxheightxPYMx{height}").into(), "*");
            }
            let amp = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&amp, &"sentinel".into(), &"amp".into());
            let _ = js_sys::Reflect::set(&amp, &"type".into(), &"embed-size".into());
            let _ = js_sys::Reflect::set(&amp, &"height".into(), &height.into());
            let _ = parent.post_message(&amp, "*");
        }
    };
    let send_height = std::rc::Rc::new(std::cell::RefCell::new(send_height));
    (send_height.borrow_mut())(true);

    let on_resize = {
        let send_height = send_height.clone();
        Closure::<dyn FnMut()>::new(move || (send_height.borrow_mut())(false))
    };
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        if let Some(root) = window.document().and_then(|d| d.document_element()) {
            observer.observe(&root);
        }
    }
    on_resize.forget();

    // The parent asks for our height after sending its width; anything else is ignored.
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let (Some(id), Some(data)) = (&child_id, ev.data().as_string()) else { return };
        if let Some(("width", value)) = parse_pym_message(&data, id) {
            if is_width(value) {
                (send_height.borrow_mut())(true);
            }
        }
    });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}

#[cfg(test)]
mod tests {
    use super::{is_width, parse_pym_message};

    #[test]
    fn pym_messages_are_parsed_defensively() {
        assert_eq!(parse_pym_message("pymxPYMxc1xPYMxwidthxPYMx600", "c1"), Some(("width", "600")));
        assert_eq!(parse_pym_message("pymxPYMxc2xPYMxwidthxPYMx600", "c1"), None, "another child's message");
        assert_eq!(parse_pym_message("pymxPYMxc1xPYMxwidth", "c1"), None);
        assert_eq!(parse_pym_message("hello", "c1"), None);
        assert_eq!(parse_pym_message("pymxPYMxc1xPYMxwidthxPYMx600xPYMxextra", "c1"), None);
    }

    #[test]
    fn widths_are_plain_decimal_numbers() {
        for ok in ["600", "600.5", "0"] {
            assert!(is_width(ok), "{ok}");
        }
        for bad in ["", ".5", "600.", "-1", "1e3", "600px", "NaN", "6.0.0"] {
            assert!(!is_width(bad), "{bad}");
        }
    }
}
