//! The same components the browser hydrates, rendered natively to HTML: fast view tests with
//! no browser, and the proof that the pre-render carries the whole story.
//!
//! Every general check runs against two stories: the bundled one, and a synthetic one
//! (`tests/fixtures/synthetic.json`: three invented parties, other ids and counts, an issue with
//! no events), with every count and id taken from the story under test. A view that only works
//! for today's story fails here.
//!
//! Elements are found by an HTML parser (`scraper`) and CSS selectors, never by searching the
//! text for a tag: `<p` is also the start of `<path`.
#![cfg(feature = "ssr")]
#![recursion_limit = "256"]

#[path = "support/bundled.rs"]
mod bundled;

use bundled::BUNDLED_JSON;
use leptos::prelude::*;
use scraper::{ElementRef, Html, Selector};
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

impl Case {
    /// The rendered HTML, parsed as a browser parses it.
    fn page(&self) -> Html {
        Html::parse_fragment(&self.html)
    }
}

/// The elements under `root` that `selector` (CSS) matches, in document order.
fn select<'a>(root: ElementRef<'a>, selector: &str) -> Vec<ElementRef<'a>> {
    let parsed = Selector::parse(selector).unwrap_or_else(|e| panic!("the test's selector {selector:?}: {e:?}"));
    root.select(&parsed).collect()
}

/// The one element under `root` that `selector` matches.
fn one<'a>(root: ElementRef<'a>, selector: &str) -> ElementRef<'a> {
    match select(root, selector)[..] {
        [only] => only,
        ref found => panic!("{} elements match {selector:?}, not one", found.len()),
    }
}

/// An element's text: its text nodes, in order, without tags or comments.
fn text(element: ElementRef) -> String {
    element.text().collect()
}

/// The text of every element under `root` that `selector` matches.
fn texts(root: ElementRef, selector: &str) -> Vec<String> {
    select(root, selector).into_iter().map(text).collect()
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
    for case in cases() {
        let (name, d, page) = (case.name, &case.data, case.page());
        let page = page.root_element();
        let cards = select(page, "[data-testid=issue-card]");
        let ids: Vec<&str> = cards.iter().map(|c| c.attr("data-issue-id").unwrap_or_default()).collect();
        assert_eq!(ids, d.issues.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), "{name}: a card per issue");
        for (card, issue) in cards.iter().zip(&d.issues) {
            assert!(text(one(*card, "h3")).contains(&issue.title), "{name}: card {} lacks its title", issue.id);
        }
        assert_eq!(select(page, "[data-testid=timeline-event]").len(), d.events.len(), "{name}");
        for event in &d.events {
            let pane = one(page, &format!("article[data-event-pane=\"{}\"]", event.id));
            assert_eq!(text(one(pane, "h3")), event.title, "{name}: event {}", event.id);
        }
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
    for case in cases() {
        let (name, d, page) = (case.name, &case.data, case.page());
        let page = page.root_element();
        let cards = select(page, "[data-testid=issue-card]");
        assert_eq!(cards.len(), d.issues.len(), "{name}");
        for (card, issue) in cards.iter().zip(&d.issues) {
            let classes: Vec<&str> = card.value().classes().collect();
            assert_eq!(classes, ["issue-card"], "{name}: card {} starts open", issue.id);
            let details = format!("issue-{}-details", issue.id);
            let toggle = one(*card, "h3 button");
            assert_eq!(toggle.attr("aria-expanded"), Some("false"), "{name}: {}", issue.id);
            assert_eq!(toggle.attr("aria-controls"), Some(details.as_str()), "{name}: {}", issue.id);
            // The details are in the card, shown by CSS when it is open.
            one(*card, &format!("div.issue-card-details[id=\"{details}\"]"));
            // Each side's words are the comparison's row, which the card copies once started
            // (e2e); until then it links to them. The row has a stance cell per column.
            let link = one(*card, &format!("[id=\"card-stances-{}\"] a", issue.id));
            assert_eq!(link.attr("href"), Some("#positions-heading"), "{name}: {}", issue.id);
            one(page, "h2#positions-heading");
            let row = format!("tr[data-issue-id=\"{}\"] > td.stance-cell", issue.id);
            assert_eq!(select(page, &row).len(), d.columns(issue).len(), "{name}: {}", issue.id);
            // The badge element itself, card by card: its words, not the same words anywhere in
            // the story's own text.
            let badges = texts(*card, "[data-testid=outcome-badge]");
            assert_eq!(badges, [badge_text(issue.outcome.status)], "{name}: {}", issue.id);
        }
        assert_eq!(select(page, "button[aria-expanded=false][aria-controls^=issue-]").len(), d.issues.len(), "{name}");
    }
}

/// The comparison: its section, holding the table.
fn comparison(page: &Html) -> ElementRef<'_> {
    one(page.root_element(), "section[data-testid=positions]")
}

#[test]
fn the_comparison_is_a_native_table_with_a_column_per_party() {
    for case in cases() {
        let (name, d, page) = (case.name, &case.data, case.page());
        let table = one(comparison(&page), "table");
        assert_eq!(select(comparison(&page), "table > caption").len(), 1, "{name}");
        let columns = texts(table, "thead th[scope=col]");
        for party in &d.parties {
            assert!(columns.contains(&party.name), "{name}: column {}: {columns:?}", party.id);
        }
        assert_eq!(columns.len(), d.parties.len() + 2, "{name}: the issue, a column per party, how they compare");
        let rows = select(table, "tbody tr");
        assert_eq!(rows.len(), d.issues.len(), "{name}");
        for row in &rows {
            assert_eq!(select(*row, "th[scope=row]").len(), 1, "{name}: a row title");
            assert_eq!(select(*row, ".marker").len(), 1, "{name}: one marker per row");
        }
        let markers = |class: &str| select(table, &format!(".marker.{class}")).len();
        for (alignment, marker) in [(Alignment::Converge, "marker-converge"), (Alignment::Diverge, "marker-diverge")] {
            let n = d.issues.iter().filter(|i| i.alignment == Some(alignment)).count();
            assert_eq!(markers(marker), n, "{name}: {marker}");
        }
        // On record: in a party's own words, or in a joint text it issued with others.
        let one_sided = d.issues.iter().filter(|i| {
            let own_words = i.positions.iter().filter(|p| p.status == PositionStatus::OnRecord).count();
            let in_joint = i.joint.as_ref().map_or(0, |j| j.parties.len());
            let on_record = own_words + in_joint;
            on_record > 0 && on_record < d.parties.len()
        });
        assert_eq!(markers("marker-one-sided"), one_sided.count(), "{name}");
    }
}

#[test]
fn the_timeline_is_a_tab_list_with_one_tab_stop_on_the_first_event_by_date() {
    for case in cases() {
        let (name, d, page) = (case.name, &case.data, case.page());
        let page = page.root_element();
        let list = one(page, "[role=tablist]");
        assert_eq!(select(list, "[role=tab]").len(), d.events.len(), "{name}");
        let [stop] = select(page, "[tabindex=\"0\"]")[..] else { panic!("{name}: not one tab stop in the page") };
        assert_eq!(stop.attr("role"), Some("tab"), "{name}");
        assert_eq!(stop.attr("data-event-id"), Some(ids_by_date(d)[0]), "{name}");
        let detail = one(page, "[data-testid=event-detail]");
        assert!(text(detail).contains("Pick an event on the timeline"), "{name}");
        one(page, ".timeline-key");
    }
}

#[test]
fn no_party_is_hard_coded() {
    for Case { name, data: mut d, .. } in cases() {
        let old: Vec<String> = d.parties.iter().map(|p| p.name.clone()).collect();
        for (i, party) in d.parties.iter_mut().enumerate() {
            party.name = format!("Invented Party {}", i + 1);
        }
        let page = Html::parse_fragment(&render(d.clone()));
        let columns = texts(comparison(&page), "th[scope=col]");
        // What a card's copy of its row takes as each stance's heading (`card_stances`).
        let labels: Vec<String> = select(comparison(&page), "td.stance-cell:not(.joint-cell)")
            .into_iter()
            .map(|cell| cell.attr("data-label").unwrap_or_default().to_string())
            .collect();
        for (party, old) in d.parties.iter().zip(&old) {
            assert!(columns.contains(&party.name), "{name}: {columns:?}");
            assert!(!columns.contains(old), "{name}: {old}");
            // A row has the party's own cell unless a joint text stands for it.
            let own_columns =
                d.issues.iter().filter(|i| !i.joint.as_ref().is_some_and(|j| j.parties.contains(&party.id)));
            let shown = labels.iter().filter(|l| **l == party.name).count();
            assert_eq!(shown, own_columns.count(), "{name}: one stance cell per row");
        }
        // A joint text's label names its parties.
        for (issue, joint) in d.issues.iter().filter_map(|i| Some((i, i.joint.as_ref()?))) {
            let names: Vec<&str> =
                d.parties.iter().filter(|p| joint.parties.contains(&p.id)).map(|p| p.name.as_str()).collect();
            let row = one(comparison(&page), &format!("tbody tr[data-issue-id=\"{}\"]", issue.id));
            let label = text(one(row, "td.stance-cell.joint-cell [data-testid=joint-stance] .stance-joint-label"));
            assert!(label.starts_with("Joint text of the "), "{name}: {label}");
            assert!(names.iter().all(|n| label.contains(n)), "{name}: {label} does not name {names:?}");
        }
    }
}

#[test]
fn a_missing_statement_is_said_plainly_in_the_comparison() {
    for case in cases() {
        let (name, d, page) = (case.name, &case.data, case.page());
        let not_found: Vec<&str> = d
            .issues
            .iter()
            .flat_map(|i| &i.positions)
            .filter(|p| p.status == PositionStatus::NoStatementFound)
            .map(|p| p.party.as_str())
            .collect();
        assert!(!not_found.is_empty(), "{name}: the story has a party with no statement found");
        // Once, in the comparison: each card shows its row's copy once started (e2e).
        let said = texts(page.root_element(), "[data-testid=no-statement]");
        assert_eq!(said.len(), not_found.len(), "{name}: the comparison's");
        assert_eq!(texts(comparison(&page), "[data-testid=no-statement]").len(), not_found.len(), "{name}");
        for party in &d.parties {
            let line = format!("No public statement from {} on this topic found for ", party.short_name);
            let n = not_found.iter().filter(|id| **id == party.id).count();
            assert_eq!(said.iter().filter(|s| s.starts_with(&line)).count(), n, "{name}: {}", party.id);
        }
        assert!(
            select(page.root_element(), ".stance-none:not([data-testid=no-statement])").is_empty(),
            "{name}: no party is silent"
        );
    }
}

#[test]
fn a_joint_text_is_shown_once_across_the_parties_columns() {
    for case in cases() {
        let (name, d, page) = (case.name, &case.data, case.page());
        let joints: Vec<_> = d.issues.iter().filter_map(|i| Some((i, i.joint.as_ref()?))).collect();
        assert!(!joints.is_empty(), "{name}: the story has a joint text");
        let table = comparison(&page);
        for (issue, joint) in &joints {
            let row = one(table, &format!("tbody tr[data-issue-id=\"{}\"]", issue.id));
            let cell = one(row, "td.joint-cell");
            assert_eq!(cell.attr("colspan"), Some(joint.parties.len().to_string().as_str()), "{name}: {}", issue.id);
            assert_eq!(cell.attr("data-label"), Some("Joint text"), "{name}: {}", issue.id);
        }
        assert_eq!(select(table, "td.joint-cell").len(), joints.len(), "{name}");
        assert_eq!(select(page.root_element(), "[data-testid=joint-stance]").len(), joints.len(), "{name}: once");
        // Marked "Joint text" only where the joint text stands for every party.
        let for_all = joints.iter().filter(|(_, j)| j.parties.len() == d.parties.len()).count();
        assert_eq!(select(table, ".marker.marker-joint").len(), for_all, "{name}");
    }
}

/// A story's name, its stances' dates as (`datetime`, what the reader reads), and lines that
/// say no statement was found.
type SpotCheck<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a [&'a str]);

#[test]
fn words_from_before_or_after_the_key_day_say_when_they_were_said() {
    let spot_checks: [SpotCheck; 2] = [
        (
            "bundled",
            &[
                ("2023-10-19", "said on 19 Oct 2023, before the Biden–Xi meeting"), // Xi's ceasefire call
                ("2024-04-02", "said on 2 Apr 2024, after the Biden–Xi meeting"),   // Xi on de-risking
                ("2023-11-30", "said on 30 Nov 2023, after the Biden–Xi meeting"),  // Wu Qian
            ],
            &[],
        ),
        (
            "synthetic",
            &[
                ("2024-09-03", "said on 3 Sep 2024, before the three-party talks"),
                ("2025-04-01", "said on 1 Apr 2025, after the three-party talks"),
                ("2025-03-12", "said on 12 Mar 2025"), // on the key day: neither before nor after
                ("2024-11-20", "said on 20 Nov 2024, before the three-party talks"),
            ],
            &["No public statement from Cestia on this topic found for 10–14 Mar 2025."],
        ),
    ];
    for (case, (expected_name, said, not_found)) in cases().into_iter().zip(spot_checks) {
        let (name, page) = (case.name, case.page());
        assert_eq!(name, expected_name);
        let when: Vec<(String, String)> = select(page.root_element(), "time[data-testid=stance-when]")
            .into_iter()
            .map(|t| (t.attr("datetime").unwrap_or_default().to_string(), text(t)))
            .collect();
        for (datetime, words) in said {
            assert!(when.iter().any(|(d, w)| d == datetime && w == words), "{name}: {datetime} {words}: {when:?}");
        }
        let none = texts(page.root_element(), "[data-testid=no-statement]");
        for line in not_found {
            assert!(none.iter().any(|n| n == line), "{name}: {line}: {none:?}");
        }
    }
}

#[test]
fn dataset_text_is_rendered_as_text_never_as_html() {
    for Case { name, data: mut d, .. } in cases() {
        d.issues[0].title = "<img src=x onerror=alert(1)>".into();
        d.events[0].summary = "<script>alert(1)</script>".into();
        let page = Html::parse_fragment(&render(d));
        let page = page.root_element();
        assert!(select(page, "img").is_empty(), "{name}: an image from the story's text");
        assert!(
            !texts(page, "script").iter().any(|s| s.contains("alert(1)")),
            "{name}: a script from the story's text"
        );
        assert!(text(page).contains("<img src=x onerror=alert(1)>"), "{name}: shown as text");
        assert!(text(page).contains("<script>alert(1)</script>"), "{name}: shown as text");
    }
}

#[test]
fn links_come_only_from_validated_urls_and_open_outside_the_frame() {
    for case in cases() {
        let (name, d, page) = (case.name, &case.data, case.page());
        let page = page.root_element();
        let links = select(page, "[href]");
        for href in links.iter().filter_map(|l| l.attr("href")) {
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
        let citations = select(page, "a[href^=\"#source-\"]");
        for href in citations.iter().filter_map(|a| a.attr("href")) {
            one(page, &format!("li[id=\"{}\"]", &href[1..]));
        }
        assert!(citations.len() > d.sources.len(), "{name}: the citations link to the list");
        let external = select(page, "a[href^=http]");
        assert!(!external.is_empty(), "{name}");
        let addresses: Vec<&str> = external.iter().filter_map(|a| a.attr("href")).collect();
        for source in &d.sources {
            assert!(source.url.as_ref().is_none_or(|url| addresses.contains(&url.as_str())), "{name}: {}", source.id);
        }
        for a in &external {
            assert_eq!(
                (a.attr("target"), a.attr("rel")),
                (Some("_blank"), Some("noopener")),
                "{name}: {:?}",
                a.attr("href")
            );
        }
        // Every external link, plus the embed credit.
        assert_eq!(select(page, "a[target=_blank][rel=noopener]").len(), external.len() + 1, "{name}");
    }
}

#[test]
fn a_failed_dataset_shows_every_error_in_the_panel() {
    let errors = load("{\"meta\": 1}").unwrap_err();
    let n = errors.len();
    let failure = LoadFailure::new("data/draft.json", errors);
    let _ = any_spawner::Executor::init_futures_executor();
    let page = Html::parse_fragment(&render_html(move || view! { <Page loaded=Loaded::Failed(failure)/> }));
    let panel = text(one(page.root_element(), "[data-testid=load-error]"));
    assert!(panel.contains(&format!("has {n} problems")), "{panel}");
    assert!(panel.contains("meta: invalid type: integer 1"), "{panel}");
    assert!(panel.contains("parties: required field is missing"), "{panel}");
}

#[test]
fn only_the_responsive_parts_are_islands_and_they_carry_only_ids() {
    for case in cases() {
        let (name, d, page) = (case.name, &case.data, case.page());
        let page = page.root_element();
        let islands = |island: &str| select(page, &format!("leptos-island[data-component^=\"{island}_\"]")).len();
        assert_eq!(islands("IssueCard"), d.issues.len(), "{name}");
        assert_eq!(islands("Marker"), d.events.len(), "{name}");
        // An event's pane is static: the event detail shows the picked one.
        assert_eq!(islands("EventPane"), 0, "{name}");
        assert_eq!(islands("RowTitle"), d.issues.len(), "{name}");
        for single in
            ["Notice", "SelectionBar", "PositionsCaption", "OnlyRelated", "EventDetail", "Announcer", "ShareLink"]
        {
            assert_eq!(islands(single), 1, "{name}: {single}");
        }
        // As written, before a parser mends anything: every island closed.
        let html = &case.html;
        assert_eq!(html.matches("<leptos-island ").count(), html.matches("</leptos-island>").count(), "{name}");
        // Islands take no props (the reader's bundle would need a JSON parser for them): a keyed
        // island's id is in the page, where it reads it back from.
        assert!(select(page, "[data-props]").is_empty(), "{name}");
        let panes = select(page, "article.event-pane[data-event-pane]");
        assert_eq!(panes.len(), d.events.len(), "{name}: every event's text is in the page");
        assert!(panes.iter().all(|p| p.attr("hidden").is_some()), "{name}: none picked yet");
    }
}

/// The embed credit stands outside the story's context, and still speaks the story's language;
/// a brand kept in another language says which (the December review of the Chinese edition).
#[test]
fn the_embed_credit_and_the_brand_speak_the_story_language() {
    let zh = story("Chinese", include_str!("../assets/data/summit.zh-Hans.json"));
    let brand = zh.meta.publisher.clone();
    let page = Html::parse_fragment(&render(zh));
    let credit = texts(page.root_element(), "[data-testid=embed-credit] a");
    assert!(credit.iter().any(|a| a == "打开完整解读"), "the credit in Chinese: {credit:?}");
    assert!(!text(page.root_element()).contains("Open the full explainer"), "no English credit on the Chinese page");
    let kicker = one(page.root_element(), "p.kicker");
    assert_eq!((kicker.attr("lang"), text(kicker)), (Some("en"), brand), "the brand's lang");
    let en = bundled();
    let page = Html::parse_fragment(&render(en.clone()));
    let credit = texts(page.root_element(), "[data-testid=embed-credit] a");
    assert!(credit.iter().any(|a| a == "Open the full explainer"), "{credit:?}");
    let kicker = one(page.root_element(), "p.kicker");
    assert_eq!((kicker.attr("lang"), text(kicker)), (None, en.meta.publisher), "no lang where none is needed");
}
