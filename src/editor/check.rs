//! One check of the editor's text: the validator's verdict (the same `model::load` the build and
//! `cargo run --bin validate` use), each error placed on its line, and the status line.

use std::sync::Arc;

use super::locate::{Caret, Locator};
use crate::model::{fill, load, DataError, Story};
use crate::views::{problem_line, EditorStrings};

/// An error as `validate` prints it, and where it is in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Located {
    pub error: DataError,
    pub place: Caret,
}

impl Located {
    /// The list's line in the words `t` of the language `language`: place first, then the
    /// validator's line in that language.
    pub fn describe(&self, t: &EditorStrings, language: &str) -> String {
        let (line, column) = (self.place.line.to_string(), self.place.column.to_string());
        let problem = problem_line(&self.error, language);
        fill(t.error_line, &[("line", &line), ("column", &column), ("problem", &problem)])
    }
}

/// The verdict on one text.
#[derive(Clone)]
pub enum Checked {
    Valid(Arc<Story>),
    Invalid(Vec<Located>),
}

impl Checked {
    pub fn of(text: &str) -> Self {
        match load(text) {
            Ok(story) => Self::Valid(Arc::new(story)),
            Err(errors) => {
                let locator = Locator::new(text);
                Self::Invalid(errors.into_iter().map(|error| Located { place: locator.place(&error), error }).collect())
            }
        }
    }

    pub fn errors(&self) -> &[Located] {
        match self {
            Self::Valid(_) => &[],
            Self::Invalid(errors) => errors,
        }
    }

    /// The status line, in the words `t`. In English it says "valid" only when the story is,
    /// and "error" only when it is not: outside checks read it.
    pub fn status(&self, t: &EditorStrings) -> String {
        match self {
            Self::Valid(story) => {
                let d = story.data();
                let counts = [d.parties.len(), d.issues.len(), d.events.len(), d.eras.len(), d.sources.len()];
                let [parties, issues, events, eras, sources] = counts.map(|n| n.to_string());
                let holes = [
                    ("parties", &parties),
                    ("issues", &issues),
                    ("events", &events),
                    ("eras", &eras),
                    ("sources", &sources),
                ];
                fill(t.status_valid, &holes.map(|(hole, n)| (hole, n.as_str())))
            }
            Self::Invalid(errors) if errors.len() == 1 => t.status_one_error.into(),
            Self::Invalid(errors) => fill(t.status_errors, &[("count", &errors.len().to_string())]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::SYNTHETIC;

    fn en() -> &'static EditorStrings {
        EditorStrings::for_language("en")
    }

    #[test]
    fn a_story_and_the_template_are_valid() {
        assert_eq!(
            Checked::of(SYNTHETIC).status(en()),
            "The story is valid: 3 parties, 5 issues, 8 events, 3 eras, 3 sources."
        );
        let template = Checked::of(super::super::TEMPLATE);
        assert!(template.errors().is_empty(), "{:?}", template.errors());
        let Checked::Valid(story) = template else { unreachable!() };
        let d = story.data();
        let counts = (d.parties.len(), d.issues.len(), d.events.len(), d.sources.len());
        assert_eq!(counts, (2, 1, 1, 1), "two parties, one issue, one event, one source");
    }

    #[test]
    fn a_dangling_issue_id_is_an_error_with_its_path_and_line() {
        let text = super::super::TEMPLATE.replace("\"first-issue\"\n      ]", "\"no-such-issue\"\n      ]");
        let checked = Checked::of(&text);
        let [only] = checked.errors() else { panic!("{:?}", checked.errors()) };
        assert_eq!(only.error.to_string(), "events[0].issues[0]: unknown issue id \"no-such-issue\"");
        assert!(text.lines().nth(only.place.line - 1).unwrap().contains("no-such-issue"));
        assert!(only.describe(en(), "en").starts_with(&format!("Line {}, column 9: events[0]", only.place.line)));
        let status = checked.status(en());
        assert!(status.contains("error") && !status.contains("valid"), "{status}");
    }

    #[test]
    fn the_chinese_editor_words_its_status_and_problems_in_chinese() {
        let zh = EditorStrings::for_language("zh-Hans");
        assert_eq!(Checked::of(SYNTHETIC).status(zh), "内容有效：3个参与方、5个议题、8个事件、3个时期、3个来源。");
        let text = super::super::TEMPLATE.replace("\"first-issue\"\n      ]", "\"no-such-issue\"\n      ]");
        let checked = Checked::of(&text);
        let [only] = checked.errors() else { panic!("{:?}", checked.errors()) };
        let line = only.describe(zh, "zh-Hans");
        assert!(line.starts_with(&format!("第{}行第9列：", only.place.line)), "{line}");
        assert!(line.contains("no-such-issue") && !line.contains("unknown issue id"), "{line}");
        assert_eq!(checked.status(zh), "1个错误。预览保留上一个有效版本。");
    }
}
