//! The validator's answers to broken files, the size limit, the test fixtures and the schema:
//! the engine's, for any story. The bundled story's own checks are in `tests/story.rs`.

use std::path::Path;

use summit_explainer::model::{load, MAX_BYTES};

#[test]
fn each_broken_dataset_gives_exactly_its_expected_errors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken");
    let mut cases = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        cases += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        let expected = std::fs::read_to_string(path.with_extension("expected"))
            .unwrap_or_else(|_| panic!("{} has no .expected file", path.display()));
        let errors = load(&text).err().unwrap_or_else(|| panic!("{} was accepted", path.display()));
        let got: Vec<String> = errors.iter().map(ToString::to_string).collect();
        let want: Vec<&str> = expected.lines().collect();
        assert_eq!(got, want, "{}", path.display());
    }
    assert!(cases >= 25, "only {cases} broken datasets");
}

#[test]
fn a_five_megabyte_file_is_refused_before_parsing() {
    let padding = " ".repeat(5 * 1024 * 1024);
    let text = format!("{{\"meta\": {{}}{padding}}}");
    assert!(text.len() > MAX_BYTES);
    let errors = load(&text).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].to_string(), "the file is 5120 KB; a dataset may be at most 2048 KB");
}

#[test]
fn the_minimal_fixture_is_valid() {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal.json")).unwrap();
    let d = load(&text).expect("fixture is valid");
    assert_eq!((d.issues.len(), d.events.len()), (2, 3));
}

#[cfg(feature = "schema")]
#[test]
fn the_committed_json_schema_matches_the_rust_types() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/data/schema.json");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == summit_explainer::model::json_schema(),
        "assets/data/schema.json is out of date: run `cargo run -q --features schema --bin schema > assets/data/schema.json`"
    );
}
