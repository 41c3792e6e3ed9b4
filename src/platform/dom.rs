use wasm_bindgen::JsCast;

use crate::page::{APP_ID, ROOT_ATTR, SHOW_START_FAILURE_FN};

pub(crate) fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?.document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// Focuses the element `id`; false if there is none.
pub fn focus(id: &str) -> bool {
    element(id).is_some_and(|el| el.focus().is_ok())
}

/// Brings the element `id` into view, centred.
pub fn scroll_into_view(id: &str) {
    // In a frame the whole page is in view already (the frame follows its height), and
    // scrollIntoView would scroll the host page too: Chromium and Firefox do, across origins,
    // 733 px for a deep-linked card (WebKit does not). A host article must not jump.
    if framed() {
        return;
    }
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

/// Gives the link `id` the query `query`, keeping its path: a link to the same view elsewhere.
pub fn set_link_query(id: &str, query: &str) {
    let Some(link) = element(id) else { return };
    let href = link.get_attribute("href").unwrap_or_default();
    let path = href.split(['?', '#']).next().unwrap_or_default();
    let _ = link.set_attribute("href", &[path, query].concat());
}

/// The build's root from this page, as the pre-render wrote it on `#app` (`page::ROOT_ATTR`):
/// "../" for an edition in a folder, else "./".
pub fn page_root() -> &'static str {
    let root = app_root().and_then(|app| app.get_attribute(ROOT_ATTR));
    if root.as_deref() == Some("../") {
        "../"
    } else {
        "./"
    }
}

/// The languages of the page's `<link rel="alternate" hreflang>`s: every edition the pre-render
/// linked this page to, its own included.
pub fn alternate_languages() -> Vec<String> {
    all("link[rel=alternate][hreflang]").iter().filter_map(|link| link.get_attribute("hreflang")).collect()
}

/// The page's language, `<html lang>`.
pub fn page_language() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"))
        .unwrap_or_default()
}

/// Hides (`hidden`) or shows every element matching `selector`.
pub fn set_hidden(selector: &str, hidden: bool) {
    for el in all(selector) {
        let _ = if hidden { el.set_attribute("hidden", "") } else { el.remove_attribute("hidden") };
    }
}

/// Every element matching `selector`, in document order.
pub fn all(selector: &str) -> Vec<web_sys::Element> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return Vec::new() };
    let Ok(found) = document.query_selector_all(selector) else { return Vec::new() };
    (0..found.length()).filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok()).collect()
}

/// `#app`, where both bundles render the story.
pub fn app_root() -> Option<web_sys::HtmlElement> {
    element(APP_ID)
}

/// The text of each element matching `selector`, by its `key` attribute, without the text of
/// its descendants matching `skip`, and with the `datetime` of each `<time>` in it: what find
/// searches, read once from the page rather than shipped twice.
pub fn texts(selector: &str, key: &str, skip: &str) -> Vec<(String, String)> {
    all(selector)
        .into_iter()
        .filter_map(|el| {
            let id = el.get_attribute(key)?;
            let copy: web_sys::Element = el.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
            if let Ok(skipped) = copy.query_selector_all(skip) {
                for i in 0..skipped.length() {
                    if let Some(node) = skipped.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                        node.remove();
                    }
                }
            }
            let mut text = copy.text_content().unwrap_or_default();
            if let Ok(times) = copy.query_selector_all("time[datetime]") {
                for i in 0..times.length() {
                    if let Some(time) = times.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                        text.push(' ');
                        text.push_str(&time.get_attribute("datetime").unwrap_or_default());
                    }
                }
            }
            Some((id, text))
        })
        .collect()
}

/// Brings the element `id` into view along a scrolled row, moving the page no more than needed.
pub fn scroll_into_view_inline(id: &str) {
    let Some(el) = element(id) else { return };
    // Framed, the row alone moves: scrollIntoView would move the host page (see scroll_into_view).
    if framed() {
        center_in_scroller(&el);
        return;
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    options.set_inline(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Whether the page is in a frame (an embed), where scrolling into view reaches the host page.
fn framed() -> bool {
    web_sys::window().is_some_and(|window| window.parent().ok().flatten().is_some_and(|parent| parent != window))
}

/// Centres `el` in the nearest ancestor that scrolls sideways, moving that ancestor alone.
fn center_in_scroller(el: &web_sys::Element) {
    let mut scroller = el.parent_element();
    while let Some(candidate) = &scroller {
        if candidate.scroll_width() > candidate.client_width() {
            break;
        }
        scroller = candidate.parent_element();
    }
    let Some(scroller) = scroller else { return };
    let (at, view) = (el.get_bounding_client_rect(), scroller.get_bounding_client_rect());
    let by = (at.left() + at.width() / 2.0) - (view.left() + view.width() / 2.0);
    scroller.set_scroll_left(scroller.scroll_left() + by as i32);
}

/// The inner width of the element `id`, in CSS pixels.
pub fn client_width(id: &str) -> Option<f64> {
    Some(element(id)?.client_width() as f64)
}

/// Where the middle of what the element `id` shows is, as a share of what it scrolls.
pub fn scroll_middle(id: &str) -> Option<f64> {
    let el = element(id)?;
    let width = el.scroll_width().max(1) as f64;
    Some((el.scroll_left() as f64 + el.client_width() as f64 / 2.0) / width)
}

/// Scrolls the element `id` so that the share `middle` of what it scrolls is in its middle.
pub fn set_scroll_middle(id: &str, middle: f64) {
    if let Some(el) = element(id) {
        el.set_scroll_left((middle * el.scroll_width() as f64 - el.client_width() as f64 / 2.0).max(0.0) as i32);
    }
}

/// `attribute` of the element `id` or of its nearest ancestor that has it.
pub fn attribute_up(id: &str, attribute: &str) -> Option<String> {
    closest_attribute(Some(element(id)?.into()), attribute)
}
