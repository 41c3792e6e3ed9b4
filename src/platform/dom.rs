use wasm_bindgen::JsCast;

use crate::page::{APP_ID, SHOW_START_FAILURE_FN};

pub(crate) fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?.document()?.get_element_by_id(id)?.dyn_into().ok()
}

pub fn focus(id: &str) {
    if let Some(el) = element(id) {
        let _ = el.focus();
    }
}

/// Brings the element `id` into view, centred.
pub fn scroll_into_view(id: &str) {
    if let Some(el) = element(id) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// The shell's note that the app could not start (the pre-rendered story stays readable), shown
/// by the shell's own function: the one that also serves browsers that cannot run the bundles.
pub fn show_start_failure() {
    let Some(window) = web_sys::window() else { return };
    if let Ok(show) = js_sys::Reflect::get(&window, &SHOW_START_FAILURE_FN.into()) {
        if let Some(show) = show.dyn_ref::<js_sys::Function>() {
            let _ = show.call0(&window);
        }
    }
}

/// `attribute` of the nearest element, from `target` up, that has it: which of many links in a
/// static block was clicked, for the one handler on the block.
pub fn closest_attribute(target: Option<web_sys::EventTarget>, attribute: &str) -> Option<String> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    element.closest(&format!("[{attribute}]")).ok()??.get_attribute(attribute)
}

/// `#app`, where both bundles render the story.
pub fn app_root() -> Option<web_sys::HtmlElement> {
    element(APP_ID)
}
