//! The same components the browser hydrates, rendered natively to HTML: fast view tests with
//! no browser, and the proof that the pre-render carries the whole story.
//!
//! Every general check runs against two stories: the bundled one, and a synthetic one
//! (`tests/fixtures/synthetic.json`: three invented parties, other ids and counts, an issue with
//! no events), with every count and id taken from the story under test. A view that only works
//! for today's story fails here.
#![cfg(feature = "ssr")]
#![recursion_limit = "256"]

#[path = "support/bundled.rs"]
mod bundled;

use bundled::BUNDLED_JSON;
use leptos::prelude::*;
use summit_explainer::model::{load, Alignment, Dataset, OutcomeStatus, PositionStatus, Story, BUNDLED_URL};
use summit_explainer::views::{render_html, LoadFailure, Loaded, Page, ShownStory};

const SYNTHETIC_JSON: &str = include_str!("fixtures/synthetic.json");

/// One story under test, rendered as the pre-render renders it.
struct Case {
    name: &'static str,
    data: Dataset,
    html: String,
}

fn render(data: Dataset) -> String {
    let _ = any_spawner::Executor::init_futures_executor();
    let story = ShownStory::new(Story::new(data).expect("a story under test is valid"), BUNDLED_URL);
    render_html(move || view! { <Page loaded=Loaded::Ready(story)/> })
}

fn story(name: &'static str, json: &str) -> Dataset {
    load(json).map(Story::into_data).unwrap_or_else(|errors| panic!("the {name} story is invalid: {errors:?}"))
}

fn bundled() -> Dataset {
    story("bundled", BUNDLED_JSON)
}

fn synthetic() -> Dataset {
    story("synthetic", SYNTHETIC_JSON)
}

/// Both stories, each rendered once.
fn cases() -> [Case; 2] {
    [("bundled", bundled()), ("synthetic", synthetic())].map(|(name, data)| Case {
        name,
        html: render(data.clone()),
        data,
    })
}

/// Text as it appears in HTML.
fn escaped(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

/// The comparison table and what follows it.
fn table(html: &str) -> &str {
    &html[html.find("data-testid=\"positions\"").expect("the comparison is rendered")..]
}

/// The text of every element carrying `attribute` (e.g. `data-testid="outcome-badge"`), in
/// document order: its content up to its own closing tag, without tags or comments.
fn texts_of(html: &str, attribute: &str) -> Vec<String> {
    html.match_indices(attribute)
        .map(|(at, _)| {
            let open = html[..at].rfind('<').expect("an attribute is inside a tag");
            let tag: String = html[open + 1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            let content = &html[at + html[at..].find('>').unwrap() + 1..];
            // Find the closing tag that balances this element's opening tag.
            let (mut depth, mut end) = (1, 0);
            while depth > 0 {
                let next = content[end..].find('<').map(|i| end + i).expect("the element is closed");
                if content[next..].starts_with(&format!("</{tag}>")) {
                    depth -= 1;
                } else if content[next + 1..].starts_with(&tag) {
                    depth += 1;
                }
                end = next + 1;
            }
            let inner = &content[..end - 1];
            let mut text = String::new();
            let mut in_tag = false;
            for c in inner.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            text
        })
        .collect()
}

/// Sorted by date as the timeline places events: by start, then end. The test's own reading of
/// the dates, so that it does not take the app's order on trust.
fn ids_by_date(d: &Dataset) -> Vec<&str> {
    let bounds = |date: &str| {
        let (start, end) = date.split_once('/').unwrap_or((date, date));
        // A month sorts from its first day and to its last.
        let day = |s: &str, pad: &str| if s.len() == 7 { format!("{s}-{pad}") } else { s.to_string() };
        (day(start, "01"), day(end, "31"))
    };
    let mut events: Vec<_> = d.events.iter().collect();
    events.sort_by_key(|e| bounds(&e.date));
    events.into_iter().map(|e| e.id.as_str()).collect()
}

fn is_related(d: &Dataset, issue: &str, event: &str) -> bool {
    d.issues.iter().any(|i| i.id == issue && i.events.iter().any(|e| e == event))
        || d.events.iter().any(|e| e.id == event && e.issues.iter().any(|i| i == issue))
}

#[test]
fn the_synthetic_story_differs_from_the_bundled_one_where_it_matters() {
    let (b, s) = (bundled(), synthetic());
    assert!(s.meta.title.starts_with("Test story"), "never mistaken for news");
    assert_eq!(s.parties.len(), 3);
    assert_ne!(s.parties.len(), b.parties.len());
    assert_ne!(s.issues.len(), b.issues.len());
    assert_ne!(s.events.len(), b.events.len());
    let ids = |d: &Dataset| -> Vec<String> {
        let parties = d.parties.iter().map(|p| &p.id);
        let issues = d.issues.iter().map(|i| &i.id);
        parties.chain(issues).chain(d.events.iter().map(|e| &e.id)).cloned().collect()
    };
    let bundled_ids = ids(&b);
    assert!(ids(&s).iter().all(|id| !bundled_ids.contains(id)), "no id in common");
    assert!(!s.issues.iter().any(|i| i.id == "taiwan"));
    assert!(s.issues.iter().any(|i| s.events.iter().all(|e| !is_related(&s, &i.id, &e.id))), "an issue with no events");
    assert!(s.events.iter().any(|e| e.date.contains('/')), "a date range");
    assert!(s.events.iter().any(|e| e.date.len() == 7), "a month");
    assert!(s.events.iter().any(|e| e.era.is_none()), "an event in no era");
    let in_file: Vec<&str> = s.events.iter().map(|e| e.id.as_str()).collect();
    assert_ne!(in_file, ids_by_date(&s), "listed out of date order, so the timeline must sort");
}

#[test]
fn the_pre_render_carries_every_issue_and_event_title() {
    for Case { name, data: d, html } in cases() {
        for issue in &d.issues {
            assert!(html.contains(&escaped(&issue.title)), "{name}: issue {} missing", issue.id);
        }
        for event in &d.events {
            assert!(html.contains(&escaped(&event.title)), "{name}: event {} missing", event.id);
        }
        assert_eq!(count(&html, "data-testid=\"issue-card\""), d.issues.len(), "{name}");
        assert_eq!(count(&html, "data-testid=\"timeline-event\""), d.events.len(), "{name}");
    }
}

/// What a reader sees on an outcome badge. Written out here, not asked of the app, so that a
/// badge with the wrong words fails.
fn badge_text(status: OutcomeStatus) -> &'static str {
    match status {
        OutcomeStatus::Agreed => "Outcome: Agreed",
        OutcomeStatus::Progress => "Outcome: Progress",
        OutcomeStatus::NoChange => "Outcome: No change",
        OutcomeStatus::NotDiscussed => "Outcome: Not discussed",
    }
}

#[test]
fn issue_cards_are_disclosures_closed_by_default_each_with_its_outcome_badge() {
    for Case { name, data: d, html } in cases() {
        assert_eq!(count(&html, "aria-expanded=\"false\" aria-controls=\"issue-"), d.issues.len(), "{name}");
        assert_eq!(count(&html, "class=\"issue-card\""), d.issues.len(), "{name}: no card starts open");
        for issue in &d.issues {
            assert!(html.contains(&format!("data-issue-id=\"{}\"", issue.id)), "{name}: card {}", issue.id);
            let details = format!("<div id=\"issue-{}-details\" class=\"issue-card-details\">", issue.id);
            assert!(html.contains(&details), "{name}: {} has details, shown by CSS when open", issue.id);
        }
        // The badge element itself, card by card: its words, not the same words anywhere in
        // the story's own text.
        let badges = texts_of(&html, "data-testid=\"outcome-badge\"");
        let expected: Vec<&str> = d.issues.iter().map(|i| badge_text(i.outcome.status)).collect();
        assert_eq!(badges, expected, "{name}");
    }
}

#[test]
fn the_comparison_is_a_native_table_with_a_column_per_party() {
    for Case { name, data: d, html } in cases() {
        let table = table(&html);
        assert!(table.contains("<caption>"), "{name}");
        for party in &d.parties {
            let column = format!("<th scope=\"col\">{}</th>", escaped(&party.name));
            assert!(table.contains(&column), "{name}: column {}", party.id);
        }
        assert_eq!(count(table, "<th scope=\"row\">"), d.issues.len(), "{name}");
        assert_eq!(count(table, "class=\"marker marker-"), d.issues.len(), "{name}: one marker per row");
        for (alignment, marker) in [(Alignment::Converge, "marker-converge"), (Alignment::Diverge, "marker-diverge")] {
            let n = d.issues.iter().filter(|i| i.alignment == Some(alignment)).count();
            assert_eq!(count(table, marker), n, "{name}: {marker}");
        }
        // On record: in a party's own words, or in a joint text it issued with others.
        let one_sided = d.issues.iter().filter(|i| {
            let own_words = i.positions.iter().filter(|p| p.status == PositionStatus::OnRecord).count();
            let in_joint = i.joint.as_ref().map_or(0, |j| j.parties.len());
            let on_record = own_words + in_joint;
            on_record > 0 && on_record < d.parties.len()
        });
        assert_eq!(count(table, "marker-one-sided"), one_sided.count(), "{name}");
    }
}

#[test]
fn the_timeline_is_a_tab_list_with_one_tab_stop_on_the_first_event_by_date() {
    for Case { name, data: d, html } in cases() {
        assert!(html.contains("role=\"tablist\""), "{name}");
        assert_eq!(count(&html, "role=\"tab\""), d.events.len(), "{name}");
        assert_eq!(count(&html, "tabindex=\"0\""), 1, "{name}: one tab stop");
        let stop = html.find("tabindex=\"0\"").unwrap();
        let tab = &html[html[..stop].rfind('<').unwrap()..stop];
        assert!(tab.contains(&format!("data-event-id=\"{}\"", ids_by_date(&d)[0])), "{name}: {tab}");
        assert!(html.contains("data-testid=\"event-detail\""), "{name}");
        assert!(html.contains("Pick an event on the timeline"), "{name}");
        assert!(html.contains("class=\"timeline-key\""), "{name}: the key day is marked");
    }
}

#[test]
fn no_party_is_hard_coded() {
    for Case { name, data: mut d, .. } in cases() {
        let old: Vec<String> = d.parties.iter().map(|p| p.name.clone()).collect();
        for (i, party) in d.parties.iter_mut().enumerate() {
            party.name = format!("Invented Party {}", i + 1);
        }
        let html = render(d.clone());
        for (party, old) in d.parties.iter().zip(&old) {
            assert!(html.contains(&format!("<th scope=\"col\">{}</th>", party.name)), "{name}");
            assert!(!html.contains(&format!("<th scope=\"col\">{}</th>", escaped(old))), "{name}: {old}");
            // A card shows the party's own column unless a joint text stands for it.
            let own_columns =
                d.issues.iter().filter(|i| !i.joint.as_ref().is_some_and(|j| j.parties.contains(&party.id)));
            assert_eq!(
                count(&html, &format!("<h5>{}</h5>", party.name)),
                own_columns.count(),
                "{name}: one stance per card"
            );
        }
        for joint in d.issues.iter().filter_map(|i| i.joint.as_ref()) {
            for party in d.parties.iter().filter(|p| joint.parties.contains(&p.id)) {
                let label = html.find("Joint text of the ").map(|at| &html[at..at + 200]).unwrap_or_default();
                assert!(label.contains(&party.name), "{name}: the joint text names {}: {label}", party.name);
            }
        }
    }
}

#[test]
fn a_missing_statement_is_said_plainly_on_the_card_and_in_the_comparison() {
    for Case { name, data: d, html } in cases() {
        let not_found: Vec<&str> = d
            .issues
            .iter()
            .flat_map(|i| &i.positions)
            .filter(|p| p.status == PositionStatus::NoStatementFound)
            .map(|p| p.party.as_str())
            .collect();
        assert!(!not_found.is_empty(), "{name}: the story has a party with no statement found");
        assert_eq!(count(&html, "data-testid=\"no-statement\""), 2 * not_found.len(), "{name}: card and comparison");
        for party in &d.parties {
            let line = format!("No public statement from {} on this topic found for ", escaped(&party.short_name));
            let n = not_found.iter().filter(|id| **id == party.id).count();
            assert_eq!(count(&html, &line), 2 * n, "{name}: {}", party.id);
        }
        assert!(!html.contains("No statement on record in this explainer's sources"), "{name}: no party is silent");
    }
}

#[test]
fn a_joint_text_is_shown_once_across_the_parties_columns() {
    for Case { name, data: d, html } in cases() {
        let joints: Vec<_> = d.issues.iter().filter_map(|i| i.joint.as_ref()).collect();
        assert!(!joints.is_empty(), "{name}: the story has a joint text");
        let table = table(&html);
        for joint in &joints {
            let cell =
                format!("<td colspan=\"{}\" data-label=\"Joint text\" class=\"joint-cell\">", joint.parties.len());
            assert!(table.contains(&cell), "{name}: {cell}");
        }
        assert_eq!(count(table, "class=\"joint-cell\""), joints.len(), "{name}");
        assert_eq!(count(&html, "data-testid=\"joint-stance\""), 2 * joints.len(), "{name}: card and comparison");
        // Marked "Joint text" only where the joint text stands for every party.
        let for_all = joints.iter().filter(|j| j.parties.len() == d.parties.len()).count();
        assert_eq!(count(table, "marker-joint"), for_all, "{name}");
    }
}

#[test]
fn words_from_before_or_after_the_key_day_say_when_they_were_said() {
    let spot_checks: [(&str, &[&str]); 2] = [
        (
            "bundled",
            &[
                "said on 19 Oct 2023, before the Biden–Xi meeting", // Xi's ceasefire call
                "said on 2 Apr 2024, after the Biden–Xi meeting",   // Xi on de-risking
                "said on 30 Nov 2023, after the Biden–Xi meeting",  // Wu Qian
                "<time datetime=\"2023-10-19\" data-testid=\"stance-when\">",
            ],
        ),
        (
            "synthetic",
            &[
                "said on 3 Sep 2024, before the three-party talks",
                "said on 1 Apr 2025, after the three-party talks",
                "said on 12 Mar 2025<", // on the key day: neither before nor after
                "<time datetime=\"2024-11-20\" data-testid=\"stance-when\">",
                "No public statement from Cestia on this topic found for 10–14 Mar 2025.",
            ],
        ),
    ];
    for (Case { name, html, .. }, (expected_name, lines)) in cases().into_iter().zip(spot_checks) {
        assert_eq!(name, expected_name);
        for line in lines {
            assert!(html.contains(line), "{name}: {line}");
        }
    }
}

#[test]
fn dataset_text_is_rendered_as_text_never_as_html() {
    for Case { name, data: mut d, .. } in cases() {
        d.issues[0].title = "<img src=x onerror=alert(1)>".into();
        d.events[0].summary = "<script>alert(1)</script>".into();
        let html = render(d);
        assert!(!html.contains("<img src=x") && !html.contains("<script>alert"), "{name}");
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "{name}");
    }
}

#[test]
fn links_come_only_from_validated_urls_and_open_outside_the_frame() {
    for Case { name, data: d, html } in cases() {
        for href in html.split("href=\"").skip(1).map(|s| &s[..s.find('"').unwrap()]) {
            let ok = href.starts_with("https://")
                || href.starts_with("http://")
                || href.starts_with('#')
                || href.starts_with('?')
                || href == "./"
                // The data the page shows: the bundled file here; a draft's path is same-origin only.
                || href == BUNDLED_URL
                // The newsroom's link to the story editor beside the page, shown only on request.
                || href == summit_explainer::page::EDITOR_PAGE;
            assert!(ok, "{name}: unexpected link {href}");
        }
        // Every citation is a footnote to its entry in the sources list.
        for id in html.split("href=\"#source-").skip(1).map(|s| &s[..s.find('"').unwrap()]) {
            assert!(html.contains(&format!("<li id=\"source-{id}\">")), "{name}: a citation of {id} has no entry");
        }
        assert!(count(&html, "href=\"#source-") > d.sources.len(), "{name}: the citations link to the list");
        let external = count(&html, "href=\"http");
        assert!(d.sources.iter().all(|s| s.url.as_ref().is_none_or(|url| html.contains(url.as_str()))), "{name}");
        assert!(external > 0, "{name}");
        assert_eq!(
            count(&html, "target=\"_blank\" rel=\"noopener\""),
            external + 1,
            "{name}: every external link, plus the embed credit"
        );
    }
}

#[test]
fn a_failed_dataset_shows_every_error_in_the_panel() {
    let errors = load("{\"meta\": 1}").unwrap_err();
    let n = errors.len();
    let failure = LoadFailure::new("data/draft.json", errors);
    let _ = any_spawner::Executor::init_futures_executor();
    let html = render_html(move || view! { <Page loaded=Loaded::Failed(failure)/> });
    assert!(html.contains("data-testid=\"load-error\""));
    assert!(html.contains(&format!("has {n} problems")));
    assert!(html.contains("meta: invalid type: integer 1"));
    assert!(html.contains("parties: required field is missing"));
}

#[test]
fn only_the_responsive_parts_are_islands_and_they_carry_only_ids() {
    for Case { name, data: d, html } in cases() {
        let islands = |island: &str| count(&html, &format!("<leptos-island data-component=\"{island}_"));
        assert_eq!(islands("IssueCard"), d.issues.len(), "{name}");
        assert_eq!(islands("Marker"), d.events.len(), "{name}");
        assert_eq!(islands("EventPane"), d.events.len(), "{name}");
        assert_eq!(islands("RowTitle"), d.issues.len(), "{name}");
        for single in
            ["Notice", "SelectionBar", "PositionsCaption", "OnlyRelated", "EventDetail", "Announcer", "ShareLink"]
        {
            assert_eq!(islands(single), 1, "{name}: {single}");
        }
        assert_eq!(count(&html, "<leptos-island"), count(&html, "</leptos-island>"), "{name}");
        // Islands take no props (the reader's bundle would need a JSON parser for them): a keyed
        // island's id is in the page, where it reads it back from.
        assert_eq!(count(&html, "data-props"), 0, "{name}");
        assert_eq!(count(&html, "data-event-pane=\""), d.events.len(), "{name}");
        assert_eq!(count(&html, "class=\"event-pane\""), d.events.len(), "{name}: every event's text is in the page");
        assert_eq!(count(&html, "hidden class=\"event-pane\""), d.events.len(), "{name}: none picked yet");
    }
}

/// The embed credit stands outside the story's context, and still speaks the story's language;
/// a brand kept in another language says which (the December review of the Chinese edition).
#[test]
fn the_embed_credit_and_the_brand_speak_the_story_language() {
    let zh = story("Chinese", include_str!("../assets/data/summit.zh-Hans.json"));
    let brand = zh.meta.publisher.clone();
    let html = render(zh);
    assert!(html.contains(">打开完整解读</a>"), "the credit in Chinese");
    assert!(!html.contains("Open the full explainer"), "no English credit on the Chinese page");
    assert!(html.contains(&format!("<p lang=\"en\" class=\"kicker\">{}</p>", escaped(&brand))), "the brand's lang");
    let en = render(bundled());
    assert!(en.contains(">Open the full explainer</a>"));
    assert!(
        en.contains(&format!("<p class=\"kicker\">{}</p>", escaped(&bundled().meta.publisher))),
        "no lang where none is needed"
    );
}
