//! The same components the browser hydrates, rendered natively to HTML: fast view tests with
//! no browser, and the proof that the pre-render carries the whole story.
#![cfg(feature = "ssr")]
#![recursion_limit = "256"]

use leptos::prelude::*;
use summit_explainer::model::{load, Dataset, PositionStatus, BUNDLED_JSON, BUNDLED_URL};
use summit_explainer::views::{render_html, App, LoadFailure, Loaded, Reader, Story};

fn render(data: Dataset) -> String {
    let _ = any_spawner::Executor::init_futures_executor();
    let story = Story::new(data, BUNDLED_URL);
    render_html(move || view! { <Reader story/> })
}

fn bundled() -> Dataset {
    load(BUNDLED_JSON).unwrap()
}

/// Text as it appears in HTML.
fn escaped(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn the_pre_render_carries_every_issue_and_event_title() {
    let d = bundled();
    let html = render(d.clone());
    for issue in &d.issues {
        assert!(html.contains(&escaped(&issue.title)), "issue {} missing", issue.id);
    }
    for event in &d.events {
        assert!(html.contains(&escaped(&event.title)), "event {} missing", event.id);
    }
    assert_eq!(count(&html, "data-testid=\"issue-card\""), d.issues.len());
    assert_eq!(count(&html, "data-testid=\"timeline-event\""), d.events.len());
}

#[test]
fn issue_cards_are_disclosures_closed_by_default() {
    let d = bundled();
    let html = render(d.clone());
    assert_eq!(count(&html, "aria-expanded=\"false\" aria-controls=\"issue-"), d.issues.len());
    assert!(html.contains("data-issue-id=\"taiwan\""));
    assert_eq!(count(&html, "class=\"issue-card\""), d.issues.len(), "no card starts open");
    assert!(html.contains("<div id=\"issue-taiwan-details\" class=\"issue-card-details\">"), "shown by CSS when open");
    for label in ["Agreed", "Progress", "No change"] {
        assert!(html.contains(label), "outcome badge {label}");
    }
}

#[test]
fn the_comparison_is_a_native_table_with_a_column_per_party() {
    let d = bundled();
    let html = render(d.clone());
    let table = &html[html.find("data-testid=\"positions\"").unwrap()..];
    assert!(table.contains("<caption>"));
    for party in &d.parties {
        assert!(table.contains(&format!("<th scope=\"col\">{}</th>", escaped(&party.name))), "column {}", party.id);
    }
    assert_eq!(count(table, "<th scope=\"row\">"), d.issues.len());
    assert!(
        table.contains("marker-diverge") && table.contains("marker-converge") && table.contains("marker-one-sided")
    );
}

#[test]
fn the_timeline_is_a_tab_list_with_one_tab_stop() {
    let html = render(bundled());
    assert!(html.contains("role=\"tablist\""));
    assert_eq!(count(&html, "role=\"tab\""), bundled().events.len());
    assert_eq!(count(&html, "tabindex=\"0\""), 1, "one tab stop");
    assert!(html.contains("data-testid=\"event-detail\""));
    assert!(html.contains("Pick an event on the timeline"));
    assert!(html.contains("class=\"timeline-key\""), "the meeting day is marked");
}

#[test]
fn no_party_is_hard_coded() {
    let mut d = bundled();
    d.parties[0].name = "Republic of Atlantis".into();
    d.parties[1].name = "Kingdom of Lemuria".into();
    let html = render(d);
    assert!(html.contains("<th scope=\"col\">Republic of Atlantis</th>"));
    assert!(html.contains("<th scope=\"col\">Kingdom of Lemuria</th>"));
    assert!(!html.contains("<th scope=\"col\">United States</th>"));
    let own_columns = d_issues_without_joint_text();
    assert_eq!(count(&html, "<h5>Republic of Atlantis</h5>"), own_columns, "one stance per card");
    assert!(html.contains("Joint text of the Republic of Atlantis and Kingdom of Lemuria"));
}

/// Cards where each party has a column of its own; a joint text takes one across them.
fn d_issues_without_joint_text() -> usize {
    bundled().issues.iter().filter(|i| i.joint.is_none()).count()
}

#[test]
fn a_missing_statement_is_said_plainly_on_the_card_and_in_the_comparison() {
    let d = bundled();
    let html = render(d.clone());
    let line = "No public statement from China on this topic found for 13–18 Nov 2023.";
    let not_found =
        d.issues.iter().flat_map(|i| &i.positions).filter(|p| p.status == PositionStatus::NoStatementFound).count();
    assert!(not_found >= 3, "iran, seas and human rights");
    assert_eq!(count(&html, line), 2 * not_found, "once on the card, once in the comparison");
    assert_eq!(count(&html, "data-testid=\"no-statement\""), 2 * not_found);
    assert!(!html.contains("No statement on record in this explainer's sources"), "no party is silent");
}

#[test]
fn a_joint_text_is_shown_once_across_the_parties_columns() {
    let d = bundled();
    let html = render(d.clone());
    let joint = d.issues.iter().filter(|i| i.joint.is_some()).count();
    assert_eq!(joint, 1, "the climate envoys' statement");
    let table = &html[html.find("data-testid=\"positions\"").unwrap()..];
    assert_eq!(count(table, "<td colspan=\"2\" data-label=\"Joint text\" class=\"joint-cell\">"), joint);
    assert_eq!(count(&html, "data-testid=\"joint-stance\""), 2 * joint, "card and comparison");
    assert!(
        html.contains("Joint text of the United States and People&#x27;s Republic of China")
            || html.contains("Joint text of the United States and People's Republic of China")
    );
    assert!(table.contains("marker-joint"));
}

#[test]
fn words_from_before_or_after_the_meeting_say_when_they_were_said() {
    let html = render(bundled());
    assert!(html.contains("said on 19 Oct 2023, before the Biden–Xi meeting"), "Xi's ceasefire call");
    assert!(html.contains("said on 7 Jun 2023, before the Biden–Xi meeting"), "Xie Feng on de-risking");
    assert!(html.contains("said on 30 Nov 2023, after the Biden–Xi meeting"), "Wu Qian");
    assert!(html.contains("<time datetime=\"2023-10-19\" data-testid=\"stance-when\">"));
}

#[test]
fn dataset_text_is_rendered_as_text_never_as_html() {
    let mut d = bundled();
    d.issues[0].title = "<img src=x onerror=alert(1)>".into();
    d.events[0].summary = "<script>alert(1)</script>".into();
    let html = render(d);
    assert!(!html.contains("<img src=x") && !html.contains("<script>alert"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn links_come_only_from_validated_urls_and_open_outside_the_frame() {
    let d = bundled();
    let html = render(d);
    for href in html.split("href=\"").skip(1).map(|s| &s[..s.find('"').unwrap()]) {
        let ok = href.starts_with("https://")
            || href.starts_with("http://")
            || href.starts_with('#')
            || href.starts_with('?')
            || href == "./"
            // The data the page shows: the bundled file here; a draft's path is same-origin only.
            || href == BUNDLED_URL;
        assert!(ok, "unexpected link {href}");
    }
    let external = count(&html, "href=\"http");
    assert!(external > 10);
    assert_eq!(
        count(&html, "target=\"_blank\" rel=\"noopener\""),
        external + 1,
        "every external link, plus the embed credit"
    );
}

#[test]
fn a_failed_dataset_shows_every_error_in_the_panel() {
    let errors = load("{\"meta\": 1}").unwrap_err();
    let n = errors.len();
    let failure = LoadFailure::new("data/draft.json", errors);
    let _ = any_spawner::Executor::init_futures_executor();
    let html = render_html(move || view! { <App loaded=Loaded::Failed(failure)/> });
    assert!(html.contains("data-testid=\"load-error\""));
    assert!(html.contains(&format!("has {n} problems")));
    assert!(html.contains("meta: invalid type: integer 1"));
    assert!(html.contains("parties: required field is missing"));
}

#[test]
fn only_the_responsive_parts_are_islands_and_they_carry_only_ids() {
    let d = bundled();
    let html = render(d.clone());
    let islands = |name: &str| count(&html, &format!("<leptos-island data-component=\"{name}_"));
    assert_eq!(islands("IssueCard"), d.issues.len());
    assert_eq!(islands("Marker"), d.events.len());
    assert_eq!(islands("EventPane"), d.events.len());
    assert_eq!(islands("RowTitle"), d.issues.len());
    for single in ["Notice", "SelectionBar", "PositionsCaption", "OnlyRelated", "EventDetail", "Announcer", "ShareLink"]
    {
        assert_eq!(islands(single), 1, "{single}");
    }
    assert_eq!(count(&html, "<leptos-island"), count(&html, "</leptos-island>"));
    // Islands take no props (the reader's bundle would need a JSON parser for them): a keyed
    // island's id is in its first element, or around it, where it reads it back from.
    assert_eq!(count(&html, "data-props"), 0);
    assert_eq!(count(&html, "data-event-pane=\""), d.events.len());
    assert_eq!(count(&html, "class=\"event-pane\""), d.events.len(), "every event's text is in the page");
    assert_eq!(count(&html, "hidden class=\"event-pane\""), d.events.len(), "none picked yet");
}
