use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Copies text where the page may, then calls `done` with whether it did; a sandboxed frame or
/// plain http has no clipboard, and the caller then shows the text instead. A plain callback,
/// not a future: this is the reader bundle's only wait on a promise.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = clipboard() else { return done(false) };
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(Box::new(done) as Box<dyn FnOnce(bool)>)));
    let settle = move |copied: bool| {
        let done = done.clone();
        Closure::once(move |_: JsValue| {
            if let Some(done) = done.take() {
                done(copied)
            }
        })
    };
    let (resolved, rejected) = (settle(true), settle(false));
    let _ = clipboard.write_text(text).then2(&resolved, &rejected);
    // Each runs at most once, and the other never: leave both to the JS garbage collector.
    resolved.forget();
    rejected.forget();
}

fn clipboard() -> Option<web_sys::Clipboard> {
    let window = web_sys::window()?;
    if !allowed(&window) {
        return None;
    }
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).ok()?;
    (!clipboard.is_undefined()).then(|| clipboard.unchecked_into())
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
