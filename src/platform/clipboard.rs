use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Copies text where the page may; a sandboxed frame or plain http has no clipboard, and the
/// caller then shows the text instead.
pub async fn copy(text: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    if !allowed(&window) {
        return Err(JsValue::NULL);
    }
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into())?;
    if clipboard.is_undefined() {
        return Err(JsValue::NULL);
    }
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(text)).await.map(|_| ())
}

/// A cross-origin frame without `allow="clipboard-write"` may not write, and Chromium logs an
/// error if it tries; ask the permissions policy first where the browser has one.
fn allowed(window: &web_sys::Window) -> bool {
    let Some(document) = window.document() else { return false };
    let policy = ["permissionsPolicy", "featurePolicy"]
        .into_iter()
        .filter_map(|name| js_sys::Reflect::get(&document, &name.into()).ok())
        .find(|p| !p.is_undefined() && !p.is_null());
    let Some(policy) = policy else { return true };
    let Ok(allows) = js_sys::Reflect::get(&policy, &"allowsFeature".into()) else { return true };
    let Ok(allows) = allows.dyn_into::<js_sys::Function>() else { return true };
    allows.call1(&policy, &"clipboard-write".into()).is_ok_and(|v| v.is_truthy())
}
