//! Bringing a story in: a TimelineJS sheet (CSV, TSV, `.xlsx`) or JSON file, picked, dropped or
//! pasted, becomes a new story (or is added to the open one), and its report, in the page's
//! words, says what came in and what could not, row by row. A story of ours opens as it is.

use leptos::prelude::*;
use serde_json::Value as Json;

use super::files;
use super::state::{Editor, ImportNote, View};
use super::words::{edition, words};
use super::TEMPLATE;
use crate::import::{self, ImportError, NewStory, Reason, Report, Where};
use crate::model::{fill, Dataset};
use crate::views::ImportStrings;

/// Opens or imports a picked or dropped file: a story of ours (or JSON that is not a timeline,
/// whose errors the editor then lists) opens as it is; anything else is imported.
pub(super) fn bring_in(editor: Editor, file: web_sys::File) {
    let name = file.name();
    wasm_bindgen_futures::spawn_local(async move {
        match files::read_bytes(&file).await {
            Ok(bytes) => take(editor, &bytes, &name),
            Err(reason) => editor.note.set(reason),
        }
    });
}

fn take(editor: Editor, bytes: &[u8], name: &str) {
    if import::Format::of(name, bytes) == Ok(import::Format::Json) {
        let parsed: Option<Json> = serde_json::from_slice(bytes).ok();
        if !parsed.as_ref().is_some_and(import::is_timeline) {
            editor.open(String::from_utf8_lossy(bytes).into_owned(), name);
            return;
        }
    }
    import_into(editor, bytes, name);
}

pub(super) fn import_into(editor: Editor, bytes: &[u8], name: &str) {
    let t = words().import;
    let language = edition().map_or("en", |e| e.language);
    let today = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    let new = NewStory { language, today: today.get(..10).unwrap_or_default(), file_name: name };
    let imported = match import::import(bytes, new) {
        Ok(imported) => imported,
        Err(error) => {
            editor.imported.set(ImportNote { summary: refusal(t, &error, name), ..Default::default() });
            return;
        }
    };
    let mut data = imported.data;
    if editor.import_adds.get_untracked() {
        let Some(mut story) = editor.text.with_untracked(|text| serde_json::from_str::<Dataset>(text).ok()) else {
            editor.imported.set(ImportNote { summary: t.add_needs_a_story.into(), ..Default::default() });
            return;
        };
        import::add_to(&mut story, data);
        let text = pretty(&story);
        editor.apply(true, move |_| Some(text));
    } else {
        data.schema = serde_json::from_str::<Json>(TEMPLATE).ok().and_then(|t| t["$schema"].as_str().map(str::to_string));
        let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
        editor.open(pretty(&data), &format!("{stem}.json"));
    }
    editor.imported.set(note(t, &imported.report, name));
    editor.show(View::Form);
}

fn pretty(data: &Dataset) -> String {
    serde_json::to_string_pretty(data).unwrap_or_default() + "\n"
}

/// The report in the page's words.
fn note(t: &ImportStrings, report: &Report, file: &str) -> ImportNote {
    let count = |n: usize| n.to_string();
    let summary = fill(
        t.summary,
        &[("file", file), ("events", &count(report.events)), ("eras", &count(report.eras)), ("sources", &count(report.sources))],
    );
    let mut skipped: Vec<String> = report
        .skipped
        .iter()
        .map(|s| {
            let at = match s.at {
                Where::Row(n) => fill(t.row, &[("n", &n.to_string())]),
                Where::Event(i) => format!("events[{i}]"),
                Where::Era(i) => format!("eras[{i}]"),
            };
            fill(t.skipped_line, &[("at", &at), ("reason", &reason(t, &s.reason))])
        })
        .collect();
    if !skipped.is_empty() {
        skipped.insert(0, fill(t.skipped, &[("count", &count(report.skipped.len()))]));
    }
    let mut notes = Vec::new();
    let left_out: Vec<String> = t
        .unshown
        .iter()
        .zip(report.left_out)
        .filter(|(_, n)| *n > 0)
        .map(|(what, n)| fill(t.left_out_item, &[("what", what), ("count", &count(n))]))
        .collect();
    if !left_out.is_empty() {
        notes.push(fill(t.left_out, &[("list", &left_out.join(t.separator))]));
    }
    if report.links_not_kept > 0 {
        notes.push(fill(t.links_not_kept, &[("count", &count(report.links_not_kept))]));
    }
    notes.push(t.next.to_string());
    ImportNote { summary, skipped, notes }
}

fn reason(t: &ImportStrings, reason: &Reason) -> String {
    match reason {
        Reason::NoYear => t.no_year.into(),
        Reason::NotANumber(value) => fill(t.not_a_number, &[("value", value)]),
        Reason::BeforeYearOne(year) => fill(t.before_year_one, &[("year", &year.to_string())]),
        Reason::AfterYear9999(year) => fill(t.after_year_9999, &[("year", &year.to_string())]),
        Reason::NoSuchMonth(month) => fill(t.no_such_month, &[("month", &month.to_string())]),
        Reason::NoSuchDay(date) => fill(t.no_such_day, &[("date", date)]),
        Reason::DayWithoutMonth => t.day_without_month.into(),
        Reason::EndsBeforeStart => t.ends_before_start.into(),
        Reason::NoHeadline => t.no_headline.into(),
        Reason::EraWithoutEnd => t.era_without_end.into(),
    }
}

fn refusal(t: &ImportStrings, error: &ImportError, file: &str) -> String {
    match error {
        ImportError::NotUtf8 => fill(t.not_utf8, &[("file", file)]),
        ImportError::Sheet(detail) => fill(t.unreadable_sheet, &[("file", file), ("detail", detail)]),
        ImportError::NotATimelineSheet { found } => {
            fill(t.not_a_timeline_sheet, &[("file", file), ("found", &found.join(" | "))])
        }
        ImportError::NotATimelineFile(detail) => fill(t.not_a_timeline_file, &[("file", file), ("detail", detail)]),
        ImportError::UnknownFormat(extension) => fill(t.unknown_format, &[("file", file), ("extension", extension)]),
    }
}
