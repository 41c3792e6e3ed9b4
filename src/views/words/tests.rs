use super::format::digits;
use super::*;
use crate::model::spaces_between_scripts;
use crate::model::{Comparison, DateSpan, EventKind, StoryIndex, TickLabel};
use crate::state::{Refusal, Selection, UnknownId};

fn day(s: &str) -> DateSpan {
    DateSpan::parse(s).unwrap()
}

#[test]
fn announcements_and_notices_are_one_short_sentence() {
    use crate::model::IndexEntry;
    let entry = |id: &str, title: &str| IndexEntry { id: id.into(), title: title.into(), related: vec![] };
    let index = StoryIndex {
        title: "T".into(),
        language: "en".into(),
        issues: vec![entry("taiwan", "Taiwan")],
        events: vec![entry("e", "Bali")],
    };
    let picked = Selection::default().with_issue("taiwan");
    assert_eq!(LIVE_EN.announcement(&picked, &index), "Issue selected: Taiwan.");
    assert_eq!(LIVE_EN.announcement(&picked.with_event("e"), &index), "Issue: Taiwan. Event: Bali.");
    assert_eq!(LIVE_EN.announcement(&Selection::default(), &index), "Selection cleared.");
    let unknown = [UnknownId { kind: "issue", id: "taiwn".into() }, UnknownId { kind: "event", id: "x".into() }];
    assert_eq!(
        LIVE_EN.unknown_ids(&unknown),
        "This story has no issue \"taiwn\" and no event \"x\", so the full explainer is shown."
    );
    assert_eq!(
        LIVE_ZH.unknown_ids(&unknown),
        "本解读中没有编号为“taiwn”的议题，也没有编号为“x”的事件，因此显示完整内容。"
    );
    assert_eq!(LIVE_ZH.announcement(&picked, &index), "已选择议题：Taiwan。");
}

#[test]
fn chinese_dates_read_year_month_day() {
    let date = |s: &str| ZH.date(&day(s));
    assert_eq!(date("2023-11-15"), "2023年11月15日");
    assert_eq!(date("2023-06"), "2023年6月");
    assert_eq!(date("2023-06/2023-07"), "2023年6月至7月");
    assert_eq!(date("2022-11/2023-01"), "2022年11月至2023年1月");
    assert_eq!(date("2023-06-18/2023-06-19"), "2023年6月18日至19日");
    assert_eq!(date("2023-11-30/2023-12-02"), "2023年11月30日至12月2日");
    assert_eq!(date("2023-12-30/2024-01-02"), "2023年12月30日至2024年1月2日");
    assert_eq!(ZH.tick(TickLabel::Day(5)), "5日");
    assert_eq!(ZH.tick(TickLabel::MonthOfYear { month: 11, year: 2023 }), "2023年11月");
    assert_eq!(LIVE_ZH.cluster(15, "2023年11月11日至17日"), "15个事件，2023年11月11日至17日");
}

#[test]
fn dates_read_as_the_page_shows_them() {
    let date = |s: &str| EN.date(&day(s));
    assert_eq!(date("2023-11-15"), "15 Nov 2023");
    assert_eq!(date("2023-06"), "Jun 2023");
    assert_eq!(date("2023-06/2023-07"), "Jun–Jul 2023");
    assert_eq!(date("2022-11/2023-01"), "Nov 2022 – Jan 2023");
    assert_eq!(date("2023-06-18/2023-06-19"), "18–19 Jun 2023");
    assert_eq!(date("2023-07-16/2023-08-02"), "16 Jul – 2 Aug 2023");
    assert_eq!(date("2022-12-30/2023-01-02"), "30 Dec 2022 – 2 Jan 2023");
    assert_eq!(EN.tick(TickLabel::MonthOfYear { month: 1, year: 2024 }), "Jan 2024");
    assert_eq!(EN.tick(TickLabel::Month(8)), "Aug");
    assert_eq!(EN.tick(TickLabel::Day(15)), "15");
}

#[test]
fn a_date_says_whether_it_was_before_or_after_the_key_date() {
    let key = day("2023-11-15");
    let said = |s: &str| EN.said_when(&day(s), Some((&key, "Biden–Xi meeting")));
    assert_eq!(said("2023-10-19"), "said on 19 Oct 2023, before the Biden–Xi meeting");
    assert_eq!(said("2023-11-15"), "said on 15 Nov 2023");
    assert_eq!(said("2023-11-30"), "said on 30 Nov 2023, after the Biden–Xi meeting");
    assert_eq!(said("2023-06"), "said in Jun 2023, before the Biden–Xi meeting");
    assert_eq!(said("2023-11-14/2023-11-15"), "said in 14–15 Nov 2023");
}

#[test]
fn chinese_attributions_end_at_the_date_with_no_verb_after_it() {
    // "——拜登，在记者会上，2023年11月15日": no 表示 after the speaker and the date.
    let key = day("2023-11-15");
    let said = |s: &str| ZH.said_when(&day(s), Some((&key, "拜登与习近平会晤")));
    assert_eq!(said("2023-10-19"), "2023年10月19日（拜登与习近平会晤之前）");
    assert_eq!(said("2023-11-15"), "2023年11月15日");
    assert_eq!(said("2023-11-30"), "2023年11月30日（拜登与习近平会晤之后）");
    assert_eq!(said("2023-06"), "2023年6月（拜登与习近平会晤之前）");
}

#[test]
fn the_chinese_words_name_the_page_one_way_and_set_no_space_between_scripts() {
    assert_eq!(spaces_between_scripts("按 Esc 键，{n} 个，复制Pym.js代码"), ["按 E", "c 键", "} 个"]);
    let (t, l) = (&ZH, &LIVE_ZH);
    let key = day("2023-11-15");
    let filled = [
        Strings::fill(t.translated_by_us, &[("language", &t.language_name("en"))]),
        Strings::fill(t.translated_by_outlet, &[("language", &t.language_name("en")), ("translator", "Reuters")]),
        t.said_when(&day("2023-06"), Some((&key, "会晤"))),
        t.load_problems("data/x.json", 3),
        t.no_statement("中国", Some(&day("2023-11-13/2023-11-18"))),
        l.find_count(2, 12),
        l.cluster(15, "2023年11月11日至17日"),
    ];
    assert_eq!(filled[0], "译自英文，本解读译。");
    let refusals: Vec<String> = Refusal::one_of_each().iter().map(|r| t.draft_refusal(r)).collect();
    let words = [
        t.get_the_data_note,
        t.edit_story,
        t.silent,
        t.issues_hint,
        t.in_their_own_words,
        t.stances_in_comparison,
        t.positions_hint,
        t.caption_positions,
        t.timeline_hint,
        t.kind_incident,
        t.kind_agreement,
        t.draft_no_origin,
        t.load_seeing_bundled,
        t.load_open_bundled,
        t.start_failed,
        l.unknown_ids,
        l.embed_iframe,
        l.embed_copy_iframe,
        l.embed_pym,
        l.embed_copy_pym,
        l.find_label,
        l.find_hint,
    ];
    let all: Vec<&str> = words
        .iter()
        .copied()
        .chain(filled.iter().map(String::as_str))
        .chain(refusals.iter().map(String::as_str))
        .collect();
    for text in all {
        assert!(spaces_between_scripts(text).is_empty(), "a space between scripts in {text:?}");
        // Translations and paraphrases are not original words; the page is 本解读, and an
        // incident is a 事态, not an emergency.
        for old in ["原话", "本站", "本页", "本报道", "突发事件"] {
            assert!(!text.contains(old), "{old} in {text:?}");
        }
    }
    assert_eq!(t.in_their_own_words, "双方说法");
    assert_eq!(t.event_kind(EventKind::Incident), "事态");
    assert_eq!(t.event_kind(EventKind::Agreement), "协议与声明");
}

#[test]
fn sentences_around_the_data() {
    let period = day("2023-11-13/2023-11-18");
    assert_eq!(
        EN.no_statement("China", Some(&period)),
        "No public statement from China on this topic found for 13–18 Nov 2023."
    );
    assert_eq!(EN.no_statement("China", None), "No public statement from China on this topic found.");
    assert_eq!(
        EN.joint_names(&["United States", "People's Republic of China"]),
        "United States and People's Republic of China"
    );
    assert_eq!(EN.joint_names(&["A", "B", "C"]), "A, B and C");
    assert_eq!(EN.joint_names(&["A"]), "A");
    assert_eq!(EN.comparison(&Comparison::OnlySome(vec!["US".into()])), "Only US on record");
    assert_eq!(EN.comparison(&Comparison::OnlySome(vec!["A".into(), "B".into()])), "Only A and B on record");
    assert_eq!(EN.load_problems("data/x.json", 1), "The dataset data/x.json has 1 problem");
    assert_eq!(EN.load_problems("data/x.json", 3), "The dataset data/x.json has 3 problems");
    assert_eq!(EN.event_count(1), " event");
    assert_eq!(EN.sources_label(2), "Sources: ");
}

#[test]
fn a_refused_draft_is_explained_in_the_page_language() {
    let other = Refusal::OtherSite("https://evil.example".into());
    assert_eq!(
        EN.draft_refusal(&other),
        "The draft address was ignored: it is on another site (https://evil.example). Only a file on this \
         site can be previewed."
    );
    assert_eq!(
        ZH.draft_refusal(&other),
        "草稿地址已被忽略：它在另一个网站上（https://evil.example）。只能预览同一网站上的文件。"
    );
    assert_eq!(
        EN.draft_refusal(&Refusal::TooLong(4000)),
        "The draft address was ignored: it is 4000 characters long, over the limit of 2048. Only a file on \
         this site can be previewed."
    );
    let all = Refusal::one_of_each();
    let zh: Vec<String> = all.iter().map(|r| ZH.draft_refusal(r)).collect();
    for (refusal, sentence) in all.iter().zip(&zh) {
        // No English reason left in the Chinese sentence, and no hole left unfilled.
        assert!(!sentence.contains('{'), "{sentence}");
        let latin: String = sentence.chars().filter(|c| c.is_ascii_alphabetic()).collect();
        assert!(["", "origin", "javascript", "httpsevilexample"].contains(&latin.as_str()), "{refusal:?}: {sentence}");
    }
    assert_eq!(zh.iter().collect::<std::collections::HashSet<_>>().len(), all.len(), "each reason its own words");
}

#[test]
fn a_cluster_says_how_many_it_stands_for() {
    assert_eq!(LIVE_EN.cluster(15, "11–17 Nov 2023"), "15 events, 11–17 Nov 2023");
    assert_eq!(LIVE_EN.cluster(1, "15 Nov 2023"), "1 event, 15 Nov 2023");
}

#[test]
fn find_counts_what_matches() {
    assert_eq!(LIVE_EN.find_count(1, 12), "1 issue and 12 events match.");
    assert_eq!(LIVE_EN.find_count(0, 1), "0 issues and 1 event match.");
    assert_eq!(digits(0), "0");
    assert_eq!(digits(3500), "3500");
}

#[test]
fn filling_leaves_text_without_holes_alone() {
    assert_eq!(Strings::fill("{a} and {b}, {a}", &[("a", "x"), ("b", "{a}")]), "x and {a}, x");
    assert_eq!(Strings::fill("plain", &[("a", "x")]), "plain");
    assert_eq!(Strings::fill("{unknown} {a", &[("a", "x")]), "{unknown} {a");
}

/// The languages among `languages` that have no words of their own (they would fall back to English).
fn without_words<'a>(languages: &[&'a str]) -> Vec<&'a str> {
    let same = crate::model::same_language;
    let has_words = |tag: &str| {
        LANGUAGES.iter().any(|page| same(tag, page.language)) && LIVE_LANGUAGES.iter().any(|(live, _)| same(tag, live))
    };
    languages.iter().copied().filter(|tag| !has_words(tag)).collect()
}

#[test]
fn every_edition_has_words_of_its_own() {
    let editions: Vec<&str> = crate::page::EDITIONS.iter().map(|e| e.language).collect();
    assert_eq!(without_words(&editions), Vec::<&str>::new(), "editions whose page would fall back to English");
    assert_eq!(without_words(&["en", "fr", "zh-Hans"]), ["fr"], "the check names a language with no words");
    // `Strings` tables are constants (copied where used), so they are told apart by their tag.
    for page in LANGUAGES {
        assert_eq!(Strings::for_language(page.language).language, page.language);
    }
    for (tag, live) in LIVE_LANGUAGES {
        assert!(std::ptr::eq(LiveStrings::for_language(tag), *live), "{tag} islands");
    }
    // A draft in a language the page has no words for is worded in English.
    assert_eq!(Strings::for_language("fr").language, EN.language);
}
