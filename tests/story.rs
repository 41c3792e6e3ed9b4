//! The bundled story itself (`assets/data/summit.en.json`): its size, its sourcing, its voice,
//! and what the seed article asks of it. These checks are about today's story and change with
//! it; the engine's tests run on invented stories (`tests/fixtures/`), and the Chinese edition's
//! checks are in `tests/dataset_zh.rs`.

#[path = "support/bundled.rs"]
mod bundled;

use std::io::Write;
use std::path::Path;

use bundled::BUNDLED_JSON;
use summit_explainer::editor::pretty::canonical;
use summit_explainer::model::{load, Dataset, Stand, Story, ZOOM_LEVELS};

fn bundled() -> Dataset {
    load(BUNDLED_JSON).map(Story::into_data).unwrap_or_else(|errors| {
        panic!(
            "the bundled dataset must validate:\n{}",
            errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
        )
    })
}

/// Every quotation mark and apostrophe folded to one form, and runs of space to one.
fn normalise(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| match c {
            '“' | '”' | '„' => '"',
            '‘' | '’' => '\'',
            c => c,
        })
        .collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where the fact sheet lives: beside the project, not in it, so a fresh clone may lack it.
const FACT_SHEET: &str = "../shared/notes/facts.md";

/// The seed article and the fact sheet: the only material a claim may come from. `None` when
/// the fact sheet is not beside the project (a fresh clone), so the checks that need it skip.
fn source_material() -> Option<String> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let mut text = std::fs::read_to_string(shared.join("notes/facts.md")).ok()?;
    let seed_dir = shared.join("seed");
    for entry in std::fs::read_dir(&seed_dir).expect("../shared/seed/ holds the seed article beside the fact sheet") {
        text.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    Some(normalise(&text))
}

/// Says that a check did not run, and why; the test then passes. Written to stderr itself, not
/// through `eprintln!`, which the test harness captures and hides for a passing test.
fn skipped(check: &str) {
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED: {check}, because {FACT_SHEET} is absent (it is kept beside the project, not in it)"
    );
}

/// Every exact quote in the dataset, with where it is.
fn quotes(d: &Dataset) -> Vec<(String, &str)> {
    let mut quotes: Vec<(String, &str)> = Vec::new();
    for issue in &d.issues {
        for p in &issue.positions {
            if let Some(q) = &p.quote {
                quotes.push((format!("issues.{}.{}", issue.id, p.party), q));
            }
        }
        if let Some(q) = issue.joint.as_ref().and_then(|j| j.quote.as_deref()) {
            quotes.push((format!("issues.{}.joint", issue.id), q));
        }
    }
    for e in &d.events {
        for q in &e.quotes {
            quotes.push((format!("events.{}", e.id), &q.text));
        }
    }
    quotes
}

#[test]
fn the_bundled_dataset_validates() {
    let d = bundled();
    assert!((10..=20).contains(&d.issues.len()), "{} issues", d.issues.len());
    assert!((25..=45).contains(&d.events.len()), "{} events", d.events.len());
}

#[test]
fn fact_sheet_check_every_quote_is_word_for_word_in_the_seed_or_the_fact_sheet() {
    let d = bundled();
    let quotes = quotes(&d);
    assert!(quotes.len() >= 20, "only {} quotes", quotes.len());
    let Some(material) = source_material() else {
        return skipped("checking every quote word for word against the seed and the fact sheet");
    };
    let missing: Vec<String> =
        quotes.iter().filter(|(_, q)| !material.contains(&normalise(q))).map(|(at, q)| format!("{at}: {q}")).collect();
    assert!(missing.is_empty(), "quotes not found verbatim in the source material:\n{}", missing.join("\n"));
}

/// The style section of the README: contested terms are attributed, never the explainer's own.
/// These never appear in the explainer's own text (titles, summaries, claims, outcomes, era
/// names, the titles it gives its sources) outside quotation marks; a term with an attribution
/// may stand where the same text names who says it ("a news report … counts three cabinet
/// members").
const NOT_IN_OUR_VOICE: [(&str, Option<&str>); 6] = [
    ("spy balloon", None),
    ("Chinese-made", None),
    ("hotline", None),
    // China's word for the balloon: only where the text says China said it, or inside the
    // quotation marks of a published title.
    ("airship", Some("china said")),
    ("Beijing's territorial claims", None),
    // The seed's count; four senior officials went (the December review).
    ("three cabinet members", Some("report")),
];

/// The text with every quotation (straight or curly double quotes) taken out.
fn outside_quotes(text: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in text.chars() {
        match c {
            '"' => inside = !inside,
            '“' => inside = true,
            '”' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

fn contested_terms_in_our_voice(d: &Dataset) -> Vec<String> {
    // A correction names the error it corrects ("called the balloon a spy balloon"), so it may
    // mention the term.
    let mut own: Vec<(String, &str)> = d.own_texts().into_iter().filter(|(at, _)| at != "meta.corrections").collect();
    own.extend(d.sources.iter().map(|s| (format!("sources.{}.title", s.id), s.title.as_str())));
    let mut found = Vec::new();
    for (at, text) in &own {
        let bare = outside_quotes(text).to_lowercase();
        for (term, attribution) in NOT_IN_OUR_VOICE {
            let attributed = attribution.is_some_and(|a| bare.contains(a));
            if bare.contains(&term.to_lowercase()) && !attributed {
                found.push(format!("{at}: {term}"));
            }
        }
    }
    found
}

#[test]
fn the_explainers_own_voice_uses_no_contested_term() {
    let found = contested_terms_in_our_voice(&bundled());
    assert!(found.is_empty(), "contested terms in the explainer's own voice:\n{}", found.join("\n"));
}

#[test]
fn the_contested_term_check_catches_a_term_in_our_voice_and_spares_a_quote() {
    let mut d = bundled();
    d.issues[0].summary = "Beijing's territorial claims, and the \"airship\" in China's words.".into();
    d.events[0].summary = "Three cabinet members went.".into();
    d.events[1].summary = "A news report counts three cabinet members.".into();
    d.sources[1].title = "The airship".into();
    let found = contested_terms_in_our_voice(&d);
    let (issue, event, source) = (&d.issues[0].id, &d.events[0].id, &d.sources[1].id);
    assert_eq!(
        found,
        [
            format!("issues.{issue}.summary: Beijing's territorial claims"),
            format!("events.{event}.summary: three cabinet members"),
            format!("sources.{source}.title: airship"),
        ],
    );
}

#[test]
fn every_issue_shows_every_party_and_alignment_only_where_both_spoke() {
    let d = bundled();
    for issue in &d.issues {
        for party in &d.parties {
            assert_ne!(d.stand(issue, &party.id), Stand::Silent, "{} is silent about {}", issue.id, party.id);
        }
        if issue.alignment.is_some() {
            assert_eq!(d.on_record(issue).count(), d.parties.len(), "{} has an unearned alignment", issue.id);
        }
    }
    let climate = d.issue("climate").unwrap();
    assert!(climate.joint.is_some() && climate.positions.is_empty(), "the envoys' statement stands for both");
}

#[test]
fn every_source_has_an_address_or_its_outlet_and_date() {
    let d = bundled();
    let unfindable: Vec<&str> =
        d.sources.iter().filter(|s| s.url.is_none() && s.date.is_none()).map(|s| s.id.as_str()).collect();
    assert!(unfindable.is_empty(), "{unfindable:?}");
}

#[test]
fn the_seed_articles_eleven_items_are_all_present() {
    let d = bundled();
    let all = normalise(BUNDLED_JSON);
    let has_quote = |q: &str| all.contains(&normalise(q));
    let has_event = |id: &str| d.event(id).is_some();
    let has_issue = |id: &str| d.issue(id).is_some();

    // 1. The meeting: 15 November, second face to face, APEC 11–17 November, announced by two officials.
    let meeting = d.event("biden-xi-filoli").expect("1. the meeting");
    assert_eq!(meeting.date, "2023-11-15");
    for words in ["second face-to-face", "APEC", "11 to 17 November", "Two senior administration officials"] {
        assert!(meeting.summary.contains(words), "1. the meeting's summary lacks {words:?}");
    }
    // 2. The US aims, and "determined".
    assert!(has_issue("framing") && has_issue("communication") && has_quote("determined"), "2. US aims");
    // 3. The topics.
    for id in [
        "israel-hamas",
        "taiwan",
        "ukraine",
        "election-interference",
        "export-controls",
        "seas",
        "iran",
        "fentanyl",
        "military-channels",
    ] {
        assert!(has_issue(id), "3. topic {id}");
    }
    // 4. What the analysts expected.
    assert!(has_quote("managing and stabilizing"), "4. analysts");
    // 5. Beijing blames Washington.
    assert!(has_quote("encircling, containing, and suppressing China") && has_event("xi-two-sessions"), "5. blame");
    // 6. Xie Feng's four assurances.
    let assurances = d.issue("assurances").expect("6. assurances");
    let cn = d.position(assurances, "cn").and_then(|p| p.paraphrase.as_deref()).unwrap_or_default();
    for a in ["change China's system", "new Cold War", "Taiwan independence", "decoupling"] {
        assert!(cn.contains(a), "6. assurance {a:?}");
    }
    // 7. Countering aggressive behaviour; three cabinet visits since June.
    for id in ["blinken-beijing", "yellen-beijing", "raimondo-china"] {
        assert!(has_event(id), "7. cabinet visit {id}");
    }
    // 8. The balloon and the freeze; Blinken's words.
    assert!(
        has_event("balloon-tracked") && has_event("balloon-shot-down") && has_event("blinken-postpones"),
        "8. balloon"
    );
    assert!(has_quote("unacceptable and irresponsible") && has_quote("a robust conversation"), "8. Blinken's words");
    // 9. The business dinner.
    let dinner = d.event("xi-business-dinner").expect("9. dinner");
    assert!(
        dinner.summary.contains("$40,000") && dinner.summary.contains("$2,000") && has_quote("extremely senior"),
        "9. dinner"
    );
    // 10. Yellen and He Lifeng.
    assert!(has_event("yellen-he-sf"), "10. Yellen–He talks");
    // 11. The Global Times editorial of 8 November.
    assert_eq!(d.event("global-times-editorial").map(|e| e.date.as_str()), Some("2023-11-08"), "11. editorial");
    assert!(
        has_quote("overcome and eliminate disruptions") && has_quote("dark force in Washington"),
        "11. editorial words"
    );
}

#[test]
fn every_source_is_cited_somewhere() {
    let d = bundled();
    let text = serde_json::to_string(&(&d.issues, &d.events)).unwrap();
    let unused: Vec<&str> =
        d.sources.iter().map(|s| s.id.as_str()).filter(|id| !text.contains(&format!("\"{id}\""))).collect();
    assert!(unused.is_empty(), "sources never cited: {unused:?}");
}

#[test]
fn the_bundled_story_downloads_from_the_editor_as_the_same_story() {
    let downloaded = canonical(BUNDLED_JSON).unwrap();
    assert_eq!(load(&downloaded).unwrap(), load(BUNDLED_JSON).unwrap(), "the same story");
    let value = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap();
    assert_eq!(value(&downloaded), value(BUNDLED_JSON), "every field and value, none added or lost");
}

#[test]
fn every_bundled_event_shows_its_title_at_some_level_and_summit_week_is_a_few_clusters() {
    let story = load(BUNDLED_JSON).unwrap();
    let layout = story.layout();
    for e in &layout.events {
        assert!(e.fit_level().is_some(), "{} never shows its title", e.id);
    }
    // Summit week is a few labelled clusters at the first level, not 15 unlabelled dots.
    let summit = layout.clusters_at(0).filter(|c| layout.events[c.first].era.as_deref() == Some("summit"));
    assert!(summit.count() <= 3);
}

/// The bundled timeline at every zoom level, for whoever tunes the layout:
/// `cargo test --test story print_levels -- --ignored --nocapture`.
#[test]
#[ignore]
fn print_levels() {
    let story = load(BUNDLED_JSON).unwrap();
    let layout = story.layout();
    for level in 0..ZOOM_LEVELS {
        let singles = layout.events.iter().filter(|e| e.lanes[level].is_some()).count();
        let cs: Vec<String> =
            layout.clusters_at(level).map(|c| format!("{}x{}", c.last - c.first + 1, c.span.iso_start())).collect();
        eprintln!("level {level}: {singles} singles, clusters {cs:?}");
    }
}
