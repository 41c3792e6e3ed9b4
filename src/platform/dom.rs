use wasm_bindgen::JsCast;

pub(crate) fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?.document()?.get_element_by_id(id)?.dyn_into().ok()
}

pub fn focus(id: &str) {
    if let Some(el) = element(id) {
        let _ = el.focus();
    }
}

/// Brings the first element matching `selector` into view, instantly when motion is reduced.
pub fn scroll_into_view(selector: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Ok(Some(el)) = document.query_selector(selector) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

fn page_classes() -> Option<web_sys::DomTokenList> {
    Some(web_sys::window()?.document()?.document_element()?.class_list())
}

/// The note `index.html` shows when the app cannot start; the pre-rendered story stays readable.
pub fn show_start_failure() {
    if let Some(classes) = page_classes() {
        let _ = classes.add_1("app-failed");
    }
    if let Some(note) = element("app-failed") {
        note.set_hidden(false);
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
    element("app")
}
