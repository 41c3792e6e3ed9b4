use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Registers the service worker at the build's `root` ("./", or "../" from an edition's folder)
/// for offline use of the story editor (`edit.html`); the explainer's pages register it from
/// their shell, before any code loads. Where service workers are unavailable (plain http, a
/// sandboxed frame without same-origin access, an old browser) it steps aside silently.
pub fn register(root: &str) {
    let Some(window) = web_sys::window() else { return };
    if !window.is_secure_context() {
        return;
    }
    // Reading `serviceWorker` throws a SecurityError in an opaque-origin frame, so ask via Reflect.
    let Ok(container) = js_sys::Reflect::get(&window.navigator(), &"serviceWorker".into()) else { return };
    let Ok(container) = container.dyn_into::<web_sys::ServiceWorkerContainer>() else { return };
    // A refusal is not an error to report: the page works without offline reading.
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
    let _ = super::trusted_types::register_service_worker(&container, root).catch(&ignore);
    ignore.forget();
}
