//! Property tests of the loader and validator: whatever the bytes, `load` returns a story or a
//! list of problems, each with a message (and the path it is at), and never panics.
//!
//! The test command runs a short pass. The long run (over a million cases in all) is
//! `bash scripts/fuzz.sh`; `FUZZ_CASES` sets the cases of the random bytes and random JSON,
//! `FUZZ_MUTATION_CASES` those of the (slower) mutations of the bundled story. A failure proptest finds is
//! kept in `tests/fuzz.proptest-regressions` and replayed first on every later run.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/bundled.rs"]
mod bundled;

use std::sync::OnceLock;

use bundled::BUNDLED_JSON;
use proptest::prelude::*;
use serde_json::{json, Map, Value};
use summit_explainer::model::load;

/// Cases per property: `FUZZ_CASES`, or for the (slower) mutations `FUZZ_MUTATION_CASES`.
fn cases(var: &str) -> u32 {
    std::env::var(var).ok().and_then(|n| n.parse().ok()).unwrap_or(200)
}

/// Ok, or at least one problem, none of them blank; and a story that loads survives a round trip.
fn loads_or_explains(text: &str) -> Result<(), TestCaseError> {
    match load(text) {
        Ok(story) => {
            let again = serde_json::to_string(story.data()).expect("a loaded story serialises");
            prop_assert!(load(&again).is_ok(), "a valid story stops being valid once written back");
        }
        Err(errors) => {
            prop_assert!(!errors.is_empty(), "refused without a reason");
            for e in &errors {
                prop_assert!(!e.message.trim().is_empty(), "a problem with no message at {:?}", e.place);
            }
        }
    }
    Ok(())
}

fn bundled() -> &'static Value {
    static VALUE: OnceLock<Value> = OnceLock::new();
    VALUE.get_or_init(|| serde_json::from_str(BUNDLED_JSON).expect("the bundled story is JSON"))
}

/// Any JSON at all, a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("JSON has no NaN", |f| f.is_finite()).prop_map(Value::from),
        ".{0,40}".prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("meta".to_string()),
                    Just("issues".to_string()),
                    Just("events".to_string()),
                    Just("id".to_string()),
                    "[a-z_$]{1,8}"
                ],
                inner,
                0..8
            )
            .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// One change to the bundled story, at the node `steps` leads to.
#[derive(Clone, Debug)]
enum Mutation {
    Drop,
    Duplicate,
    Retype(u8),
    BreakId(u8),
    SwapDate(u8),
    Nest(u16),
    Huge(u32),
    OddText(u8),
    LoneSurrogate,
    Truncate(u16),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        Just(Mutation::Drop),
        Just(Mutation::Duplicate),
        any::<u8>().prop_map(Mutation::Retype),
        any::<u8>().prop_map(Mutation::BreakId),
        any::<u8>().prop_map(Mutation::SwapDate),
        (1u16..400).prop_map(Mutation::Nest),
        (1u32..30_000).prop_map(Mutation::Huge),
        any::<u8>().prop_map(Mutation::OddText),
        Just(Mutation::LoneSurrogate),
        any::<u16>().prop_map(Mutation::Truncate),
    ]
}

const IDS: [&str; 6] = ["", "Bad Id", "taiwan", "-edge-", "x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x-x", "日本"];
const DATES: [&str; 8] = [
    "2023-13-01",
    "2023-02-30",
    "2024-01-01/2023-01-01",
    "2023",
    "0000-00-00",
    "9999-12-31",
    "2023-11-15/2023-11-15",
    "2023-11",
];
const ODD: [&str; 6] =
    ["\u{202E}txet\u{202C}", "nul\0here", "\u{FEFF}bom", "e\u{301}\u{301}\u{301}", "line\u{2028}sep", "🇺🇸🇨🇳"];
const LONE: &str = "\u{1}lone surrogate here\u{1}";

/// The node `steps` lead to, each step picking a child by its remainder; it stops early at a leaf.
fn node<'v>(mut value: &'v mut Value, steps: &[u16]) -> &'v mut Value {
    for &step in steps {
        let len = match &*value {
            Value::Array(a) => a.len(),
            Value::Object(o) => o.len(),
            _ => 0,
        };
        if len == 0 {
            break;
        }
        let at = usize::from(step) % len;
        value = match value {
            Value::Array(a) => &mut a[at],
            Value::Object(o) => o.values_mut().nth(at).unwrap(),
            _ => unreachable!(),
        };
    }
    value
}

fn apply(story: &mut Value, steps: &[u16], change: &Mutation) {
    let (last, parent_steps) = steps.split_last().unwrap_or((&0, &[]));
    let parent = node(story, parent_steps);
    match change {
        Mutation::Drop | Mutation::Duplicate => match parent {
            Value::Array(a) if !a.is_empty() => {
                let at = usize::from(*last) % a.len();
                if matches!(change, Mutation::Drop) {
                    a.remove(at);
                } else {
                    a.insert(at, a[at].clone());
                }
            }
            Value::Object(o) if !o.is_empty() => {
                let key = o.keys().nth(usize::from(*last) % o.len()).unwrap().clone();
                if matches!(change, Mutation::Drop) {
                    o.remove(&key);
                } else {
                    let copy = o[&key].clone();
                    o.insert(format!("{key}_copy"), copy);
                }
            }
            _ => {}
        },
        _ => {
            let target = node(parent, &[*last]);
            *target = match change {
                Mutation::Retype(k) => {
                    [json!(null), json!(true), json!(42), json!(-1.5), json!("text"), json!([]), json!({})]
                        [usize::from(*k) % 7]
                        .clone()
                }
                Mutation::BreakId(k) => json!(IDS[usize::from(*k) % IDS.len()]),
                Mutation::SwapDate(k) => json!(DATES[usize::from(*k) % DATES.len()]),
                Mutation::Nest(depth) => {
                    (0..*depth).fold(json!("deep"), |v, i| if i % 2 == 0 { json!([v]) } else { json!({ "k": v }) })
                }
                Mutation::Huge(n) => json!("h".repeat(*n as usize)),
                Mutation::OddText(k) => json!(ODD[usize::from(*k) % ODD.len()]),
                Mutation::LoneSurrogate => json!(LONE),
                _ => target.clone(),
            };
        }
    }
}

/// The mutated story as text, with the changes only text can carry: a lone surrogate escape and
/// a file cut short.
fn mutated(changes: &[(Vec<u16>, Mutation)]) -> String {
    let mut story = bundled().clone();
    for (steps, change) in changes {
        apply(&mut story, steps, change);
    }
    let mut text =
        serde_json::to_string(&story).unwrap().replace(&serde_json::to_string(LONE).unwrap(), "\"\\ud800x\"");
    for (_, change) in changes {
        if let Mutation::Truncate(at) = change {
            let mut cut = usize::from(*at) * text.len() / usize::from(u16::MAX);
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text.truncate(cut);
        }
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases("FUZZ_CASES")))]

    #[test]
    fn random_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        loads_or_explains(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn random_json(value in any_json()) {
        loads_or_explains(&value.to_string())?;
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases("FUZZ_MUTATION_CASES")))]

    #[test]
    fn mutations_of_the_bundled_story(changes in prop::collection::vec((prop::collection::vec(any::<u16>(), 0..7), mutation()), 1..4)) {
        loads_or_explains(&mutated(&changes))?;
    }
}
