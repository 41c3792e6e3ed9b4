//! The words the end-to-end tests expect, as the build has them: `prerender --test-words`
//! prints them as JSON, and `e2e/lib/story.mjs` fills their templates, so the tests never keep
//! a copy of the page's words that could drift from it.

use serde_json::{json, Map, Value};

use super::table::{DateOrder, EditorStrings, LiveStrings, Strings};
use crate::page::Edition;

/// The words the tests read of each of `languages`, under its tag.
pub(super) fn test_words(languages: &[&'static Strings]) -> Value {
    let names = |t: &Strings| -> Map<String, Value> {
        languages.iter().map(|other| (other.language.to_string(), t.language_name(other.language).into())).collect()
    };
    let languages = languages.iter().map(|t| {
        let live = LiveStrings::for_language(t.language);
        let editor = EditorStrings::for_language(t.language);
        let words = json!({
            "language": t.language,
            "ogLocale": Edition::for_language(t.language).map(|e| e.og_locale),
            "languageNames": names(t),
            "months": t.months,
            "yearMonthDay": t.date_order == DateOrder::YearMonthDay,
            "yearSuffix": t.year_suffix,
            "daySuffix": t.day_suffix,
            "translatedByOutlet": t.translated_by_outlet,
            "translatedByUs": t.translated_by_us,
            "originalNotFound": t.original_not_found,
            "announceIssue": live.announce_issue,
            "unknownId": live.unknown_id,
            "unknownKindIssue": live.unknown_kind_issue,
            "findCount": live.find_count,
            "findIssueOne": live.find_issue_one,
            "findIssueMany": live.find_issue_many,
            "findEventOne": live.find_event_one,
            "findEventMany": live.find_event_many,
            "editorTitle": editor.title,
            "editorStatusValid": editor.status_valid,
            "editorErrorLine": editor.error_line,
        });
        (t.language.to_string(), words)
    });
    Value::Object(languages.collect())
}
