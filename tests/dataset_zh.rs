//! The Chinese edition beside the English one: both validate, they do not drift apart, the
//! Chinese side's words in the Chinese edition are the ones printed in Chinese, and the
//! explainer's own Chinese uses mainland forms and attributes contested terms.

use std::io::Write;
use std::path::Path;

use summit_explainer::model::{load, spaces_between_scripts, Dataset, PositionStatus, Spoken, Story};

const EN_FILE: &str = "summit.en.json";
const ZH_FILE: &str = "summit.zh-Hans.json";

/// Where the Chinese companion to the fact sheet lives: beside the project, not in it.
const ZH_FACT_SHEET: &str = "../shared/notes/facts.zh-Hans.md";

fn read(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/data").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn edition(name: &str) -> Dataset {
    load(&read(name)).map(Story::into_data).unwrap_or_else(|errors| {
        panic!("{name} must validate:\n{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
    })
}

fn both() -> (Dataset, Dataset) {
    (edition(EN_FILE), edition(ZH_FILE))
}

/// The primary language subtag: "zh" for "zh-Hans", "en" for "en-GB".
fn primary(tag: &str) -> String {
    tag.split('-').next().unwrap_or_default().to_ascii_lowercase()
}

/// Words spoken in Chinese of which only a translation was found: the Chinese edition may not
/// show them as a quote (a [未找到] item is never filled by translating the English back).
fn chinese_words_without_original(spoken: &Spoken) -> bool {
    primary(&spoken.language) == "zh" && spoken.original.is_none()
}

#[test]
fn both_editions_validate() {
    let mut problems = Vec::new();
    for name in [EN_FILE, ZH_FILE] {
        if let Err(errors) = load(&read(name)) {
            problems.extend(errors.iter().map(|e| format!("{name}: {e}")));
        }
    }
    assert!(problems.is_empty(), "the editions must validate:\n{}", problems.join("\n"));
}

#[test]
fn each_edition_says_its_own_language() {
    let (en, zh) = both();
    assert_eq!(en.meta.language, "en", "{EN_FILE}: meta.language");
    assert_eq!(zh.meta.language, "zh-Hans", "{ZH_FILE}: meta.language");
}

fn ids<'a>(items: impl Iterator<Item = &'a String>) -> std::collections::BTreeSet<&'a str> {
    items.map(String::as_str).collect()
}

/// Names each way the Chinese edition differs from the English one in its ids and structure.
fn drift(en: &Dataset, zh: &Dataset) -> Vec<String> {
    let mut found = Vec::new();
    let mut same = |what: String, a: String, b: String| {
        if a != b {
            found.push(format!("{what}: en {a} / zh {b}"));
        }
    };
    same(
        "party ids, in order".into(),
        format!("{:?}", en.parties.iter().map(|p| &p.id).collect::<Vec<_>>()),
        format!("{:?}", zh.parties.iter().map(|p| &p.id).collect::<Vec<_>>()),
    );
    same(
        "issue ids".into(),
        format!("{:?}", ids(en.issues.iter().map(|i| &i.id))),
        format!("{:?}", ids(zh.issues.iter().map(|i| &i.id))),
    );
    same(
        "event ids".into(),
        format!("{:?}", ids(en.events.iter().map(|e| &e.id))),
        format!("{:?}", ids(zh.events.iter().map(|e| &e.id))),
    );
    same(
        "era ids".into(),
        format!("{:?}", ids(en.eras.iter().map(|e| &e.id))),
        format!("{:?}", ids(zh.eras.iter().map(|e| &e.id))),
    );
    same(
        "source ids".into(),
        format!("{:?}", ids(en.sources.iter().map(|s| &s.id))),
        format!("{:?}", ids(zh.sources.iter().map(|s| &s.id))),
    );
    let key_date = |d: &summit_explainer::model::Dataset| format!("{:?}", d.meta.key_date.as_ref().map(|k| &k.date));
    same("meta.key_date.date".into(), key_date(en), key_date(zh));

    for e in &en.issues {
        let Some(z) = zh.issues.iter().find(|z| z.id == e.id) else { continue };
        let at = |field: &str| format!("issues.{}.{field}", e.id);
        let stands = |d: &[summit_explainer::model::Position]| {
            format!("{:?}", d.iter().map(|p| (&p.party, &p.status)).collect::<Vec<_>>())
        };
        same(at("positions (party, status)"), stands(&e.positions), stands(&z.positions));
        same(
            at("joint.parties"),
            format!("{:?}", e.joint.as_ref().map(|j| &j.parties)),
            format!("{:?}", z.joint.as_ref().map(|j| &j.parties)),
        );
        same(at("alignment"), format!("{:?}", e.alignment), format!("{:?}", z.alignment));
        same(at("outcome.status"), format!("{:?}", e.outcome.status), format!("{:?}", z.outcome.status));
        same(at("events"), format!("{:?}", e.events), format!("{:?}", z.events));
        same(at("sources"), format!("{:?}", e.sources), format!("{:?}", z.sources));
        same(at("expected (present)"), format!("{}", e.expected.is_some()), format!("{}", z.expected.is_some()));
    }
    for e in &en.events {
        let Some(z) = zh.events.iter().find(|z| z.id == e.id) else { continue };
        let at = |field: &str| format!("events.{}.{field}", e.id);
        same(at("date"), e.date.clone(), z.date.clone());
        same(at("kind"), format!("{:?}", e.kind), format!("{:?}", z.kind));
        same(at("parties"), format!("{:?}", e.parties), format!("{:?}", z.parties));
        same(at("issues"), format!("{:?}", e.issues), format!("{:?}", z.issues));
        same(at("era"), format!("{:?}", e.era), format!("{:?}", z.era));
        // Chinese words found only in an English translation are left out of the Chinese
        // edition; every other quote has its counterpart.
        let expected = e.quotes.iter().filter(|q| !chinese_words_without_original(&q.spoken)).count();
        same(
            at("number of quotes (less Chinese words without a Chinese original)"),
            expected.to_string(),
            z.quotes.len().to_string(),
        );
    }
    for e in &en.eras {
        let Some(z) = zh.eras.iter().find(|z| z.id == e.id) else { continue };
        same(format!("eras.{}.start/end", e.id), format!("{}/{}", e.start, e.end), format!("{}/{}", z.start, z.end));
    }
    found
}

#[test]
fn the_editions_do_not_drift_apart() {
    let (en, zh) = both();
    let found = drift(&en, &zh);
    assert!(found.is_empty(), "{ZH_FILE} has drifted from {EN_FILE}:\n{}", found.join("\n"));
}

#[test]
fn the_drift_check_names_what_drifted() {
    let (en, zh) = both();
    let mut broken = zh.clone();
    broken.events[0].date = "1999-01-01".into();
    broken.issues[1].positions[0].status = PositionStatus::NoStatementFound;
    broken.sources.pop();
    broken.parties.reverse();
    let filoli = broken.events.iter_mut().find(|e| !e.quotes.is_empty()).unwrap();
    let extra = filoli.quotes[0].clone();
    filoli.quotes.push(extra);
    let found = drift(&en, &broken).join("\n");
    for needle in [
        format!("events.{}.date", en.events[0].id),
        format!("issues.{}.positions", en.issues[1].id),
        "source ids".to_string(),
        "party ids".to_string(),
        "number of quotes".to_string(),
    ] {
        assert!(found.contains(&needle), "the drift check missed {needle}:\n{found}");
    }
}

#[test]
fn chinese_words_known_only_in_translation_are_not_quoted_in_the_chinese_edition() {
    let (en, zh) = both();
    let mut filled = Vec::new();
    for e in &en.issues {
        let z = zh.issue(&e.id).unwrap();
        for p in &e.positions {
            if p.spoken.as_ref().is_some_and(chinese_words_without_original) {
                let zp = z.positions.iter().find(|zp| zp.party == p.party).unwrap();
                if let Some(q) = &zp.quote {
                    filled.push(format!("issues.{}.{}: {q}", e.id, p.party));
                }
            }
        }
    }
    assert!(filled.is_empty(), "quoted in Chinese, but only an English rendering was found:\n{}", filled.join("\n"));
}

/// Every quote in Chinese in the Chinese edition, and every Chinese original in either edition.
fn chinese_words(en: &Dataset, zh: &Dataset) -> Vec<(String, String)> {
    let mut words = Vec::new();
    for (name, d) in [(EN_FILE, en), (ZH_FILE, zh)] {
        let mut take = |at: String, quote: Option<&String>, spoken: Option<&Spoken>| {
            let Some(spoken) = spoken else { return };
            if primary(&spoken.language) != "zh" {
                return;
            }
            if let (Some(q), true) = (quote, name == ZH_FILE) {
                words.push((format!("{name} {at}"), q.clone()));
            }
            if let Some(o) = &spoken.original {
                words.push((format!("{name} {at}.spoken.original"), o.text.clone()));
            }
        };
        for i in &d.issues {
            for p in &i.positions {
                take(format!("issues.{}.{}", i.id, p.party), p.quote.as_ref(), p.spoken.as_ref());
            }
            if let Some(j) = &i.joint {
                take(format!("issues.{}.joint", i.id), j.quote.as_ref(), j.spoken.as_ref());
            }
        }
        for e in &d.events {
            for (n, q) in e.quotes.iter().enumerate() {
                take(format!("events.{}.quotes[{n}]", e.id), Some(&q.text), Some(&q.spoken));
            }
        }
    }
    words
}

fn fold_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The pieces of `words` (split where it leaves text out, at … or ……) that `sheet` lacks.
fn missing_pieces(words: &str, sheet: &str) -> Vec<String> {
    fold_space(words)
        .split('…')
        .map(str::trim)
        .filter(|piece| !piece.is_empty() && !sheet.contains(*piece))
        .map(String::from)
        .collect()
}

#[test]
fn fact_sheet_check_chinese_words_are_word_for_word_in_the_chinese_fact_sheet() {
    let (en, zh) = both();
    let words = chinese_words(&en, &zh);
    assert!(words.len() >= 15, "only {} Chinese quotes and originals", words.len());
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(ZH_FACT_SHEET);
    let Ok(sheet) = std::fs::read_to_string(&path) else {
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED: checking every Chinese quote and original word for word against the Chinese fact sheet, because {ZH_FACT_SHEET} is absent (it is kept beside the project, not in it)"
        );
        return;
    };
    let sheet = fold_space(&sheet);
    let missing: Vec<String> = words
        .iter()
        .filter_map(|(at, w)| {
            let pieces = missing_pieces(w, &sheet);
            (!pieces.is_empty()).then(|| format!("{at}: {}", pieces.join(" | ")))
        })
        .collect();
    assert!(missing.is_empty(), "Chinese words not found verbatim in {ZH_FACT_SHEET}:\n{}", missing.join("\n"));

    // Words the Chinese edition puts in quotation marks anywhere (a summary, a paraphrase, an
    // outcome) are printed words too, never the explainer's own rendering.
    let mut texts = Vec::new();
    let story = serde_json::to_value((&zh.meta, &zh.issues, &zh.events, &zh.eras)).unwrap();
    strings(&story, &mut texts);
    let unsourced: Vec<String> = texts
        .iter()
        .flat_map(|t| quoted_fragments(t))
        .filter(|f| !sheet.contains(&fold_space(f)))
        .map(|f| format!("“{f}”"))
        .collect();
    assert!(unsourced.is_empty(), "words in quotation marks not found in {ZH_FACT_SHEET}:\n{}", unsourced.join("\n"));
}

fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(o) => o.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The innermost “…” spans of a text.
fn quoted_fragments(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut open = None;
    for (i, c) in text.char_indices() {
        match c {
            '“' => open = Some(i + c.len_utf8()),
            '”' => {
                if let Some(start) = open.take() {
                    found.push(&text[start..i]);
                }
            }
            _ => {}
        }
    }
    found
}

#[test]
fn the_fact_sheet_check_catches_a_changed_character() {
    let sheet = "**1.2** [原文]: \"台湾问题始终是中美关系中最重要、最敏感的问题。中方重视……\"";
    assert!(missing_pieces("台湾问题始终是中美关系中最重要、最敏感的问题", sheet).is_empty());
    assert!(missing_pieces("台湾问题始终是……最敏感的问题", sheet).is_empty());
    assert_eq!(missing_pieces("台湾问题是中美关系中最重要、最敏感的问题", sheet).len(), 1);
    assert_eq!(quoted_fragments("他说“不支持“台独”的表态”和“停止武装台湾”。"), ["台独", "停止武装台湾"]);
}

/// Forms the explainer's own Chinese never uses: Hong Kong and Taiwan forms where the mainland
/// has its own, and contested terms that belong to one side (in a quote or after "X said").
const NOT_IN_OUR_VOICE: [&str; 33] = [
    "三藩市",
    "峇里島",
    "峇里岛",
    "峇厘岛",
    "拜習會",
    "習拜會",
    "拜习会",
    "习拜会",
    "費羅麗",
    "费罗丽",
    "费洛里",
    "菲洛利",
    "葉倫",
    "蘇利文",
    "凱瑞",
    "人工智慧",
    "工作小组",
    "工作小組",
    "台獨",
    "亞太經濟合作會議",
    "去風險",
    "间谍气球",
    "侦察气球",
    "监视气球",
    "独裁者",
    "热线",
    "中国制造的芬太尼",
    "窜台",
    // One government's names for the two wars: inside Wang Yi's or China's readout's quoted words
    // only (the December review).
    "乌克兰危机",
    "巴以冲突",
    // Xie Feng spoke of Chinese ordinary people (中国老百姓), not of outsiders.
    "外界担心",
    // China's word for the balloon.
    "飞艇",
    "北京的领土主张",
];

/// The seed's count of US cabinet members who went to Beijing: four senior officials went, so
/// the count stands only where the same text says whose it is (一篇…报道).
const ATTRIBUTED_ONLY: [(&str, &str); 1] = [("三位内阁成员", "报道")];

/// Characters only traditional Chinese uses: a sign of text pasted from a Hong Kong or Taiwan page.
const TRADITIONAL_ONLY: [char; 20] = [
    '們', '這', '說', '為', '國', '會', '與', '對', '時', '來', '區', '關', '發', '經', '點', '變', '灣', '華', '臺',
    '後',
];

/// The explainer's own text (quoted words are taken out where it is checked).
fn own_voice(d: &Dataset) -> Vec<(String, String)> {
    d.own_texts().into_iter().map(|(at, text)| (at, text.to_string())).collect()
}

fn without_quoted(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '“' | '《' => depth += 1,
            '”' | '》' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn not_in_our_voice(d: &Dataset) -> Vec<String> {
    let mut found = Vec::new();
    // A correction quotes the words it corrects; the titles we give sources are our voice too.
    let mut texts: Vec<_> = own_voice(d).into_iter().filter(|(at, _)| at != "meta.corrections").collect();
    texts.extend(d.sources.iter().map(|s| (format!("sources.{}.title", s.id), s.title.clone())));
    for (at, text) in texts {
        let bare = without_quoted(&text);
        found.extend(NOT_IN_OUR_VOICE.iter().filter(|t| bare.contains(*t)).map(|t| format!("{at}: {t}")));
        found.extend(
            ATTRIBUTED_ONLY
                .iter()
                .filter(|(t, by)| bare.contains(*t) && !bare.contains(*by))
                .map(|(t, _)| format!("{at}: {t} (unattributed)")),
        );
        found.extend(text.chars().filter(|c| TRADITIONAL_ONLY.contains(c)).map(|c| format!("{at}: traditional {c}")));
    }
    found
}

#[test]
fn the_explainers_own_chinese_uses_mainland_forms_and_no_contested_term() {
    let (_, zh) = both();
    let found = not_in_our_voice(&zh);
    assert!(found.is_empty(), "in the explainer's own voice in {ZH_FILE}:\n{}", found.join("\n"));
}

#[test]
fn the_own_voice_check_catches_a_form_outside_quotation_marks() {
    let (_, zh) = both();
    let mut broken = zh.clone();
    broken.issues[0].summary = "拜登在三藩市称他为独裁者；他说“独裁者”。".into();
    broken.eras[0].label = "關係".into();
    broken.issues[1].summary = "美方有三位内阁成员访华；关于“乌克兰危机”的表态。".into();
    broken.events[0].summary = "一篇报道说美方有三位内阁成员访华。巴以冲突。".into();
    let found = not_in_our_voice(&broken).join("\n");
    let id = &zh.issues[0].id;
    assert!(found.contains(&format!("issues.{id}.summary: 三藩市")), "{found}");
    let (other, event) = (&zh.issues[1].id, &zh.events[0].id);
    assert!(found.contains(&format!("issues.{other}.summary: 三位内阁成员 (unattributed)")), "{found}");
    assert!(!found.contains(&format!("issues.{other}.summary: 乌克兰危机")), "a quoted term is attributed: {found}");
    assert!(found.contains(&format!("events.{event}.summary: 巴以冲突")), "{found}");
    assert!(!found.contains(&format!("events.{event}.summary: 三位内阁成员")), "an attributed count: {found}");
    assert_eq!(found.matches(&format!("issues.{id}.summary: 独裁者")).count(), 1, "{found}");
    assert!(found.contains("traditional 關"), "{found}");
}

#[test]
fn the_chinese_edition_sets_no_space_between_chinese_and_latin_letters_or_digits() {
    let value: serde_json::Value = serde_json::from_str(&read(ZH_FILE)).unwrap();
    let mut texts = Vec::new();
    strings(&value, &mut texts);
    let found: Vec<String> = texts
        .iter()
        .flat_map(|t| spaces_between_scripts(t).into_iter().map(move |s| format!("“{s}” in {t}")))
        .collect();
    assert!(found.is_empty(), "{ZH_FILE}: spaces between Chinese and Latin:\n{}", found.join("\n"));
    assert_eq!(spaces_between_scripts("按 Esc 键，复制Pym.js代码，2023 年"), ["按 E", "c 键", "3 年"]);
}
