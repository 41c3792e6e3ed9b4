//! The page's own words: headings, hints, labels, and the sentences it builds around the story's
//! data. The story's text is in the dataset; this is the chrome around it. There is one file
//! per language (`en.rs`, `zh_hans.rs`), each a `Strings` and a `LiveStrings` value: a language
//! the tables lack a word for does not compile, and the compiler names the word.
//!
//! A sentence with data in it is a template with named holes (`{party}`), filled by
//! [`Strings::fill`], which needs no formatting machinery, so islands may fill templates too.
//!
//! The model names things with enums ([`crate::model::OutcomeStatus`], [`crate::model::EventKind`],
//! [`crate::model::Comparison`], [`crate::model::Timing`]); the words for them are here, and their CSS classes beside the views that use them.

use std::sync::{Arc, OnceLock};

use leptos::prelude::use_context;

use super::context::ShownStory;
use crate::model::same_language;

mod for_tests;
mod format;
mod table;
#[cfg(test)]
mod tests;

pub use table::{EditorStrings, ImportStrings, LiveStrings, Strings};

/// Declares the languages the page speaks, each a module beside this one with its page table
/// and its islands' table, and lists them (`LANGUAGES`, `LIVE_LANGUAGES`).
macro_rules! languages {
    ($($module:ident: $page:ident, $live:ident, $editor:ident;)*) => {
        $(mod $module; pub use $module::{$page, $live, $editor};)*
        /// Every language the page speaks, English first: its page words, and its islands'
        /// words under its tag. An edition (`page::EDITIONS`) in a language missing here fails
        /// a test (`every_edition_has_words_of_its_own`) rather than falling back to English.
        /// Two lists, not one of pairs: the islands' lookup must not name the page's tables, or
        /// every word of the page would be linked into the reader's wasm (one list of pairs
        /// cost 2.4 KB gzip of it).
        pub(super) const LANGUAGES: &[&Strings] = &[$(&$page),*];
        pub(super) const LIVE_LANGUAGES: &[(&str, &LiveStrings)] = &[$(($page.language, &$live)),*];
        /// The story editor's words, under each language's tag: a list of its own, so the
        /// editor's bundle links none of the page's tables.
        const EDITOR_LANGUAGES: &[(&str, &EditorStrings)] = &[$(($page.language, &$editor)),*];
    };
}

// A new language: its file beside these (a `Strings`, a `LiveStrings` and an `EditorStrings`; the compiler names
// every word it lacks), its line here, and its `Edition` in `page::EDITIONS`.
languages! {
    en: EN, LIVE_EN, EDITOR_EN;
    zh_hans: ZH, LIVE_ZH, EDITOR_ZH;
}

/// The page's language table, for static components: the story's language. Islands read
/// [`LiveStrings`] through `Shared::words` instead: they run in the reader's bundle, and through
/// this table every word of the page would be compiled into it (measured: the whole table was
/// in the reader's wasm).
pub fn strings() -> &'static Strings {
    match use_context::<Arc<ShownStory>>() {
        Some(story) => Strings::for_language(&story.data().meta.language),
        None => PAGE_LANGUAGE.get().copied().unwrap_or(&EN),
    }
}

/// The page's table where no story is rendered: a draft that failed to load, worded in the
/// page's language rather than the draft's.
static PAGE_LANGUAGE: OnceLock<&'static Strings> = OnceLock::new();

/// Sets the page's language (`<html lang>`) once, for what is worded without a story.
pub fn set_page_language(tag: &str) {
    let _ = PAGE_LANGUAGE.set(Strings::for_language(tag));
}

/// The item of `list` whose tag names the language `tag` names; the first (English) for a
/// language the page has no words for (a draft in another language).
fn for_tag<T: Copy>(tag: &str, list: &[T], tag_of: impl Fn(&T) -> &str) -> T {
    list.iter().copied().find(|item| same_language(tag, tag_of(item))).unwrap_or(list[0])
}

impl Strings {
    pub fn for_language(tag: &str) -> &'static Strings {
        for_tag(tag, LANGUAGES, |page| page.language)
    }
}

impl LiveStrings {
    /// The islands' table, as [`Strings::for_language`] picks the page's.
    pub fn for_language(tag: &str) -> &'static LiveStrings {
        for_tag(tag, LIVE_LANGUAGES, |(live_tag, _)| live_tag).1
    }
}

impl EditorStrings {
    /// The editor's words in the language `tag` names; English for one it has no words for.
    pub fn for_language(tag: &str) -> &'static EditorStrings {
        for_tag(tag, EDITOR_LANGUAGES, |(editor_tag, _)| editor_tag).1
    }
}

/// A dataset's problem as `path: message` (or the message alone, for the whole file) in the
/// language `language` (English, as the CLI prints it, for a language the page has no words
/// for). Only the renderer bundle and the pre-render show problems: keep this out of
/// `#[island]` code, so the reader's wasm never carries these tables (`tests/problems.rs`).
pub fn problem_line(error: &crate::model::DataError, language: &str) -> String {
    (Strings::for_language(language).problem_line)(error)
}

/// The words the end-to-end tests expect, as JSON (`prerender --test-words`).
pub fn test_words() -> serde_json::Value {
    for_tests::test_words(LANGUAGES)
}
