//! The editor page's words: `views::words`' editor table for the page's language (`<html
//! lang>`: `edit.html` is English, `zh-Hans/edit.html` Chinese).
//!
//! They are fields used as `{t.x}`, never string literals in `view!`: an element whose content
//! and attributes are all literals is built by Leptos from an HTML template through `innerHTML`,
//! which the page's Trusted Types policy refuses (and should). Keep it so: the end-to-end tests
//! fail on the CSP violation if a literal-only element slips in.

use std::sync::OnceLock;

use crate::page::Edition;
use crate::platform::dom;
use crate::views::EditorStrings;

/// The page's language, read once.
pub(super) fn language() -> &'static str {
    static LANGUAGE: OnceLock<String> = OnceLock::new();
    LANGUAGE.get_or_init(dom::page_language)
}

/// The editor's words in the page's language.
pub(super) fn words() -> &'static EditorStrings {
    EditorStrings::for_language(language())
}

/// The page's edition: `zh-Hans/edit.html` is the Chinese edition's editor.
pub(super) fn edition() -> Option<&'static Edition> {
    Edition::for_language(language())
}

/// The build's root from the page: "../" from an edition's folder.
pub(super) fn root() -> &'static str {
    edition().map_or("./", Edition::root)
}
