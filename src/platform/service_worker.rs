use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The message the story editor posts to the service worker for its files (`src/platform/sw.js`
/// reads the same words; `e2e/site-download.test.mjs` fails if the two part).
pub const KEEP_EDITOR_FILES: &str = "keep-editor-files";

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

/// Asks the service worker, once it is active, to keep the story editor's files (the `EDITOR`
/// list in `sw.js`, which a worker installed from the editor caches at once): a worker a
/// reader's visit installed has only the reader's, and "Download the page" needs the rest
/// offline. The worker fetches only what it lacks.
pub fn keep_editor_files() {
    let Some(window) = web_sys::window() else { return };
    let Ok(container) = js_sys::Reflect::get(&window.navigator(), &"serviceWorker".into()) else { return };
    let Ok(container) = container.dyn_into::<web_sys::ServiceWorkerContainer>() else { return };
    let Ok(ready) = container.ready() else { return };
    let ask = Closure::<dyn FnMut(JsValue)>::new(|registration: JsValue| {
        let worker = registration.unchecked_into::<web_sys::ServiceWorkerRegistration>().active();
        if let Some(worker) = worker {
            let _ = worker.post_message(&KEEP_EDITOR_FILES.into());
        }
    });
    let _ = ready.then(&ask);
    ask.forget();
}
