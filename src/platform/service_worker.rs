use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::page::ROOT_ATTR;

/// Registers the service worker for offline reading. Where service workers are unavailable (plain http,
/// a sandboxed frame without same-origin access, an old browser) it steps aside silently.
pub fn register() {
    let Some(window) = web_sys::window() else { return };
    if !window.is_secure_context() {
        return;
    }
    // Reading `serviceWorker` throws a SecurityError in an opaque-origin frame, so ask via Reflect.
    let Ok(container) = js_sys::Reflect::get(&window.navigator(), &"serviceWorker".into()) else { return };
    let Ok(container) = container.dyn_into::<web_sys::ServiceWorkerContainer>() else { return };
    // A refusal is not an error to report: the page works without offline reading.
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    // Only the two roots an edition can have: the page's attribute never names another script.
    let root = super::dom::app_root().and_then(|app| app.get_attribute(ROOT_ATTR));
    let root = if root.as_deref() == Some("../") { "../" } else { "./" };
    let _ = super::trusted_types::register_service_worker(&container, root).catch(&ignore);
    ignore.forget();
}
