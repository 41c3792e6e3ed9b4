//! A TimelineJS JSON file (its documented fields: `title`, `events`, `eras`; each with
//! `start_date`, `end_date`, `text` and `media`, events with `group` and `unique_id`), read as
//! slides. Read leniently, as TimelineJS does: a year may be a number or a string.

use serde_json::Value;

use super::dates::DateParts;
use super::report::{Unshown, Where};
use super::slide::{Slide, SlideKind};

/// Whether `file` looks like a TimelineJS file rather than a story of ours.
pub fn is_timeline(file: &Value) -> bool {
    file.get("events").is_some_and(Value::is_array) && file.get("meta").is_none()
}

pub fn slides(file: &Value) -> Vec<Slide> {
    let list = |key: &str| file.get(key).and_then(Value::as_array).cloned().unwrap_or_default();
    let title = file.get("title").map(|t| slide(t, SlideKind::Title, Where::Event(0)));
    let events = list("events").into_iter().enumerate().map(|(i, e)| slide(&e, SlideKind::Event, Where::Event(i)));
    let eras = list("eras").into_iter().enumerate().map(|(i, e)| slide(&e, SlideKind::Era, Where::Era(i)));
    title.into_iter().chain(eras).chain(events).collect()
}

fn slide(item: &Value, kind: SlideKind, at: Where) -> Slide {
    let text = |key: &str| item.get("text").map_or(String::new(), |t| string(t.get(key)));
    Slide {
        at,
        kind,
        start: date(item.get("start_date")),
        end: date(item.get("end_date")),
        headline: text("headline"),
        text: text("text"),
        unique_id: string(item.get("unique_id")),
        unshown: unshown(item),
    }
}

/// What the item has that the explainer does not show yet: media, a display date (its own or
/// its dates'), a group, a time of day, a background.
fn unshown(item: &Value) -> Vec<Unshown> {
    let has = |value: Option<&Value>| !string(value).is_empty();
    let dates = || ["start_date", "end_date"].into_iter().filter_map(|d| item.get(d));
    let time = dates().any(|d| ["hour", "minute", "second"].iter().any(|k| has(d.get(k))));
    let display = has(item.get("display_date")) || dates().any(|d| has(d.get("display_date")));
    let found = [
        (has(item.get("media").and_then(|m| m.get("url"))), Unshown::Media),
        (display, Unshown::DisplayDate),
        (has(item.get("group")), Unshown::Group),
        (time, Unshown::Time),
        (item.get("background").is_some_and(|b| !b.is_null()), Unshown::Background),
    ];
    found.into_iter().filter(|(present, _)| *present).map(|(_, u)| u).collect()
}

fn date(value: Option<&Value>) -> DateParts {
    let part = |key: &str| string(value.and_then(|d| d.get(key)));
    DateParts { year: part("year"), month: part("month"), day: part("day") }
}

/// A string or a number, as text; anything else is empty.
fn string(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_timelinejs_file_becomes_slides() {
        let file = json!({
            "title": { "text": { "headline": "A title", "text": "<p>Intro</p>" } },
            "events": [
                { "start_date": { "year": 1951, "month": "6" }, "text": { "headline": "One" },
                  "media": { "url": "https://example.org/a.jpg" }, "unique_id": "one", "group": "g" },
                { "start_date": { "year": "800" }, "end_date": { "year": "900" }, "text": { "text": "No headline" } }
            ],
            "eras": [ { "start_date": { "year": 1900 }, "end_date": { "year": 1950 }, "text": { "headline": "Era" } } ]
        });
        assert!(is_timeline(&file) && !is_timeline(&json!({ "meta": {}, "events": [] })));
        let slides = slides(&file);
        assert_eq!(
            slides.iter().map(|s| s.kind).collect::<Vec<_>>(),
            [SlideKind::Title, SlideKind::Era, SlideKind::Event, SlideKind::Event]
        );
        assert_eq!((slides[2].start.year.as_str(), slides[2].start.month.as_str()), ("1951", "6"));
        assert_eq!(slides[2].unshown, [Unshown::Media, Unshown::Group]);
        assert!(slides[3].unshown.is_empty());
        assert_eq!(
            (slides[3].at, slides[3].end.year.as_str(), slides[3].headline.as_str()),
            (Where::Event(1), "900", "")
        );
        assert_eq!(slides[2].unique_id, "one");
    }
}
