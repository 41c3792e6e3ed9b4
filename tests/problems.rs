//! A dataset's problems on the page, in the page's language: English exactly as the CLI prints
//! it (the `.expected` files), Chinese with no sentence left in English, and the Chinese tables
//! only in the bundles that show problems, never in the reader's: here in the source, and in the
//! built wasm after the build (`e2e/bundles.test.mjs`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use summit_explainer::model::{check_file_language, load, DataError, Problem};
use summit_explainer::views::{LoadFailure, Strings};

#[path = "support/source_files.rs"]
mod source_files;
use source_files::rust_files;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn has_cjk(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Every `tests/broken/*.json`, with its problems.
fn broken() -> Vec<(PathBuf, Vec<DataError>)> {
    let mut cases: Vec<_> = std::fs::read_dir(root().join("tests/broken"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let errors = load(&std::fs::read_to_string(&path).unwrap()).expect_err(&path.display().to_string());
            (path, errors)
        })
        .collect();
    cases.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(cases.len() >= 25, "only {} broken datasets", cases.len());
    cases
}

fn worded(language: &str, errors: Vec<DataError>) -> LoadFailure {
    LoadFailure::worded(Strings::for_language(language), "draft.json", errors)
}

/// Each problem in Chinese: in Chinese words (no English sentence left), different from the
/// English, and at the same JSON path.
fn check_chinese(errors: &[DataError], what: &str) {
    let zh = worded("zh-Hans", errors.to_vec());
    assert!(has_cjk(&zh.heading), "{what}: {}", zh.heading);
    assert_eq!(zh.errors.len(), errors.len(), "{what}");
    for (error, line) in errors.iter().zip(&zh.errors) {
        let english = error.to_string();
        assert!(has_cjk(line), "{what}: no Chinese in {line:?}");
        assert_ne!(line, &english, "{what}: {line:?} fell back to English");
        assert!(!line.contains(&error.message), "{what}: the English sentence is inside {line:?}");
        if !error.is_at_line() && !error.place.is_file() {
            assert!(line.starts_with(&format!("{}: ", error.place)), "{what}: {line:?} lost its path {}", error.place);
        }
        for (name, value) in &error.reason.values {
            // Ids, paths, dates and the editor's text are shown as written.
            if matches!(*name, "id" | "date" | "url" | "party" | "variant" | "range" | "colour") {
                assert!(line.contains(value.as_str()), "{what}: {line:?} lost its {name} {value:?}");
            }
        }
    }
}

#[test]
fn on_the_english_page_each_broken_dataset_reads_exactly_as_the_cli_prints_it() {
    for (path, errors) in broken() {
        let expected = std::fs::read_to_string(path.with_extension("expected")).unwrap();
        let want: Vec<&str> = expected.lines().collect();
        assert_eq!(worded("en", errors).errors, want, "{}", path.display());
    }
}

#[test]
fn on_the_chinese_page_no_problem_in_a_broken_dataset_is_left_in_english() {
    for (path, errors) in broken() {
        check_chinese(&errors, &path.display().to_string());
    }
}

#[test]
fn chinese_words_for_a_few_problems_read_as_written() {
    let zh = |name: &str| {
        let text = std::fs::read_to_string(root().join("tests/broken").join(name)).unwrap();
        worded("zh-Hans", load(&text).unwrap_err()).errors
    };
    assert_eq!(zh("blank-title.json"), ["events[0].title: 不能为空"]);
    assert_eq!(zh("dangling-source-id.json"), ["issues[0].positions[0].sources[0]: 未知的来源id“sed”"]);
    assert_eq!(zh("duplicate-event-id.json"), ["events[2].id: 重复的id“visit”"]);
    assert_eq!(zh("bad-json-trailing-comma.json"), ["第4行，第3列: JSON格式错误：trailing comma"]);
    assert_eq!(zh("wrong-type-issues.json"), ["issues: 应为列表，实为对象"]);
    assert_eq!(zh("wrong-type-title.json"), ["meta.title: 类型错误：应为字符串，实为整数42"]);
    assert_eq!(
        zh("wrong-type-sources-list.json"),
        ["issues[0].why_it_matters.sources: 类型错误：应为列表，实为字符串“seed”"]
    );
    assert_eq!(
        zh("alignment-on-joint-text.json").first().map(String::as_str),
        Some("issues[1].alignment: “converge”要求每个参与方都有本人的表态记录；“us”、“cn”没有")
    );
}

fn minimal() -> Value {
    serde_json::from_str(&std::fs::read_to_string(root().join("tests/fixtures/minimal.json")).unwrap()).unwrap()
}

fn problems(value: &Value) -> Vec<DataError> {
    load(&value.to_string()).unwrap_err()
}

/// Problems no broken dataset has, made from the minimal story, so that every kind the loader
/// and validator can report is worded in Chinese at least once here.
fn made_problems() -> Vec<(&'static str, Vec<DataError>)> {
    let mut cases = Vec::new();
    cases.push(("a file over the size limit", load(&format!("{{}}{}", " ".repeat(3 << 20))).unwrap_err()));
    cases.push(("a list too long", problems(&json!({ "events": vec![0; 5_001] }))));
    let fields: serde_json::Map<String, Value> = (0..5_001).map(|i| (format!("f{i}"), json!(0))).collect();
    cases.push(("an object with too many fields", problems(&json!({ "meta": fields }))));
    let unknown: serde_json::Map<String, Value> = (0..250).map(|i| (format!("x{i}"), json!(0))).collect();
    cases.push(("more problems than are listed", problems(&Value::Object(unknown))));

    let mut d = minimal();
    d["parties"] = json!([]);
    cases.push(("no parties", problems(&d)));

    let mut d = minimal();
    d["issues"][0]["positions"] = json!([]);
    d["issues"][0]["alignment"] = Value::Null;
    d["issues"][0]["joint"] = json!({
        "parties": ["us", "us"], "paraphrase": "Words.", "speaker": "Both", "sources": ["seed"]
    });
    cases.push(("a party listed twice in a joint text", problems(&d)));

    let mut d = minimal();
    d["parties"].as_array_mut().unwrap().push(json!({ "id": "eu", "short_name": "EU", "name": "EU", "color": "#123" }));
    d["issues"][0]["positions"] = json!([
        { "party": "cn", "paraphrase": "Other words.", "speaker": "B", "sources": ["seed"] }
    ]);
    d["issues"][0]["alignment"] = Value::Null;
    d["issues"][0]["joint"] = json!({
        "parties": ["us", "eu"], "paraphrase": "Words.", "speaker": "Both", "sources": ["seed"]
    });
    cases.push(("a joint text's parties apart", problems(&d)));

    let mut d = minimal();
    d["issues"][0]["positions"][1]["spoken"] = json!({ "language": "zh-Hans" });
    d["events"][1]["quotes"][0]["spoken"] = json!({ "language": "en", "translated_by": "web" });
    cases.push(("spoken words without a quote, a translator for untranslated words", problems(&d)));

    let d: summit_explainer::model::Dataset = serde_json::from_value(minimal()).unwrap();
    cases.push((
        "a file named for another language",
        check_file_language("story.zh-Hans.json", &d.meta.language).into_iter().collect(),
    ));
    cases
}

#[test]
fn every_kind_the_validator_reports_is_worded_in_chinese() {
    let mut seen = BTreeSet::new();
    for (what, errors) in made_problems() {
        assert!(!errors.is_empty(), "{what}: no problem");
        check_chinese(&errors, what);
        seen.extend(errors.iter().map(|e| format!("{:?}", e.reason.problem)));
    }
    for (path, errors) in broken() {
        check_chinese(&errors, &path.display().to_string());
        seen.extend(errors.iter().map(|e| format!("{:?}", e.reason.problem)));
    }
    // serde's messages that the dataset's schema cannot produce: a struct with no fields, a
    // number out of range (it has no numbers), and any message of serde's not known here.
    let unreachable = [Problem::UnknownField, Problem::InvalidValue, Problem::Shape].map(|p| format!("{p:?}"));
    let missed: Vec<String> = Problem::ALL
        .iter()
        .map(|p| format!("{p:?}"))
        .filter(|p| !seen.contains(p) && !unreachable.contains(p))
        .collect();
    assert!(missed.is_empty(), "kinds no test input reaches: {missed:?}");
}

/// Lines that are code, not comments.
fn code(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|line| !line.starts_with("//"))
}

#[test]
fn the_readers_code_does_not_name_the_problem_tables() {
    // In the source: the tables are reached only through `LoadFailure`, which no island and not
    // the reader's entry point names, so the reader's wasm links none of them.
    let files = rust_files(&root().join("src"));
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let name = path.strip_prefix(root()).unwrap().display().to_string();
        let is_island = code(&text).any(|line| line.starts_with("#[island"));
        let is_reader = name == "src/main.rs";
        let names_tables = code(&text).any(|line| {
            ["zh_hans::problems", "problem_line", "LoadFailure", "LoadError"].iter().any(|n| line.contains(n))
        });
        assert!(
            !((is_island || is_reader) && names_tables),
            "{name} is in the reader's bundle and names the problem tables"
        );
        if code(&text).any(|line| line.contains("problem_line")) {
            // The language tables (each has its problems' wording), the views' re-export, the
            // view that shows them, and the editor (its own bundle only).
            assert!(
                name.starts_with("src/views/words/")
                    || name.starts_with("src/editor/")
                    || ["src/views/mod.rs", "src/views/load_error.rs"].contains(&name.as_str()),
                "{name} uses the problem tables: only the words and the load error view may"
            );
        }
    }

    // The built wasm is checked for the tables' words after the build, where it exists
    // (e2e/bundles.test.mjs).
}
