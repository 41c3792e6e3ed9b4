//! Autosave: the draft goes to `localStorage` on every change, with the fingerprint of the text
//! last exported or opened, so a reload or a crash brings back both the draft and whether it
//! still has changes that were never exported. The 2 MB dataset limit (`model::limits`) keeps a
//! draft well inside the browser's quota (5 million characters), so IndexedDB is not needed.

use std::hash::{Hash, Hasher};

use super::words;

const DRAFT_KEY: &str = "draft";
const EXPORTED_KEY: &str = "exported";
const NAME_KEY: &str = "file-name";
const VIEW_KEY: &str = "view";

/// `name`'s key for this page's editor: each edition's editor keeps a draft of its own (the
/// root's under the keys it has always had).
fn key(name: &str) -> String {
    match words::edition().filter(|e| !e.dir.is_empty()) {
        Some(edition) => format!("summit-editor:{}:{name}", edition.language),
        None => format!("summit-editor:{name}"),
    }
}

/// What a reload restores.
pub struct Saved {
    pub text: String,
    pub exported: u64,
    pub file_name: Option<String>,
}

fn store() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The draft saved last, if any.
pub fn restore() -> Option<Saved> {
    let store = store()?;
    let text = store.get_item(&key(DRAFT_KEY)).ok()??;
    let exported = store.get_item(&key(EXPORTED_KEY)).ok().flatten().and_then(|f| f.parse().ok()).unwrap_or_default();
    Some(Saved { text, exported, file_name: store.get_item(&key(NAME_KEY)).ok().flatten() })
}

/// Saves the draft; false if the browser refused (storage off, or full).
pub fn save(text: &str) -> bool {
    store().is_some_and(|s| s.set_item(&key(DRAFT_KEY), text).is_ok())
}

/// Remembers which text was exported or opened last, and under what name.
pub fn save_exported(fingerprint: u64, file_name: &str) {
    if let Some(store) = store() {
        let _ = store.set_item(&key(EXPORTED_KEY), &fingerprint.to_string());
        let _ = store.set_item(&key(NAME_KEY), file_name);
    }
}

/// Remembers the view last chosen ("form" or "json"), so a reload comes back to it.
pub fn save_view(view: &str) {
    if let Some(store) = store() {
        let _ = store.set_item(&key(VIEW_KEY), view);
    }
}

/// The view last chosen in this browser, if any.
pub fn restore_view() -> Option<String> {
    store()?.get_item(&key(VIEW_KEY)).ok()?
}

/// Tells two texts apart without keeping a second copy. The hasher's fixed keys make it stable
/// from one visit to the next; a new Rust could change it, which only costs one needless
/// "leave this page?" question.
pub fn fingerprint(text: &str) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}
