//! The import of real TimelineJS formats (tests/fixtures/import/): its template's columns as CSV
//! and as `.xlsx`, its JSON file with eras, and hostile text. Every story imported validates as
//! a draft the editor can draw.
#![cfg(feature = "import")]

use std::path::Path;

use summit_explainer::import::{import, Imported, NewStory, Reason, Where};
use summit_explainer::model::{Dataset, Story};

fn imported(name: &str) -> Imported {
    let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import").join(name)).unwrap();
    import(&bytes, NewStory { language: "en", today: "2026-12-07", file_name: name }).unwrap()
}

fn dates(data: &Dataset) -> Vec<&str> {
    data.events.iter().map(|e| e.date.as_str()).collect()
}

#[test]
fn a_sheet_in_the_template_columns_imports_at_the_precision_given() {
    for name in ["timelinejs-sheet.csv", "timelinejs-sheet.xlsx"] {
        let Imported { data, report } = imported(name);
        assert_eq!(data.meta.title, "Test timeline: the harbour town", "{name}");
        assert_eq!(data.meta.standfirst, "A test fixture in TimelineJS's template columns, not news.");
        assert_eq!(dates(&data), ["0800", "1066-10", "1500-06-15", "1820/1825-08", "2019-03-04/2019-03-08"], "{name}");
        assert_eq!((data.eras.len(), data.eras[0].start.as_str(), data.eras[0].end.as_str()), (1, "1000", "1499"));
        let skipped: Vec<(Where, Reason)> = report.skipped.iter().map(|s| (s.at, s.reason.clone())).collect();
        assert_eq!(
            skipped,
            [
                (Where::Row(8), Reason::NoYear),
                (Where::Row(9), Reason::NoHeadline),
                (Where::Row(10), Reason::NoSuchMonth(13)),
                (Where::Row(11), Reason::BeforeYearOne(-500)),
            ],
            "{name}"
        );
        let urls: Vec<&str> = data.sources.iter().filter_map(|s| s.url.as_deref()).collect();
        assert_eq!(urls, ["https://example.org/annals", "https://news.example.com/charter"]);
        assert_eq!(data.events[1].sources, ["example-org", "news-example-com"]);
        assert_eq!((report.events, report.eras, report.sources), (5, 1, 2));
        assert_eq!(report.left_out, [1, 0, 0, 0, 0], "one row's media");
        let (story, problems) = Story::draft(data).expect("the import draws");
        assert!(problems.iter().all(|p| p.place.to_string().starts_with("meta.publisher") || p.place.to_string().ends_with(".sources")), "{problems:?}");
        assert!(story.issues.is_empty());
    }
}

#[test]
fn a_timelinejs_file_imports_its_eras_and_events() {
    let Imported { data, report } = imported("timelinejs.json");
    assert_eq!(data.meta.title, "Test timeline: a TimelineJS file");
    assert_eq!(
        data.eras.iter().map(|e| (e.start.as_str(), e.end.as_str())).collect::<Vec<_>>(),
        [("1914", "1918"), ("1939-09", "1945-05")]
    );
    assert_eq!(dates(&data), ["1914-07-28", "1918", "1939-09/1945-05"]);
    assert_eq!(data.events[0].id, "first-day", "TimelineJS's unique_id kept");
    assert_eq!(data.events[2].sources, data.events[0].sources, "one source per address");
    let skipped: Vec<(Where, Reason)> = report.skipped.iter().map(|s| (s.at, s.reason.clone())).collect();
    assert_eq!(
        skipped,
        [(Where::Event(3), Reason::NoSuchDay("1950-02-30".into())), (Where::Event(4), Reason::NoHeadline)]
    );
    // Media: the title's and one event's; a display date, a group.
    assert_eq!(report.left_out, [2, 1, 1, 0, 0]);
    Story::draft(data).expect("the import draws");
}

#[test]
fn hostile_text_imports_as_plain_text_and_a_script_link_is_no_source() {
    let Imported { data, report } = imported("hostile.csv");
    assert_eq!(data.meta.title, "Test: hostile text");
    assert_eq!(data.meta.standfirst, "A standfirst");
    assert_eq!(data.events[0].title, "Test event one");
    assert_eq!(data.events[0].summary, "Before after. A script link and a safe one.");
    assert_eq!(data.events[1].summary, "Bold <script>still text</script>", "escaped markup is text, shown as text");
    assert_eq!(
        data.sources.iter().map(|s| s.url.as_deref().unwrap()).collect::<Vec<_>>(),
        ["https://example.org/safe"]
    );
    assert_eq!(report.links_not_kept, 1);
    let all_text = serde_json::to_string(&data).unwrap();
    for code in ["__imported", "onerror", "javascript:"] {
        assert!(!all_text.contains(code), "{code} came through");
    }
}
