//! One check of the editor's text: the validator's verdict (the same `model::load` the build and
//! `cargo run --bin validate` use), each error placed on its line, and the status line.

use std::sync::Arc;

use super::locate::{Caret, Locator};
use crate::model::{fill, load_draft, DataError, Place, Story};
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
    /// It can be drawn, and these problems block only its publishing (a missing source, a blank).
    Drawable(Arc<Story>, Vec<Located>),
    /// It cannot be drawn: the preview keeps the last story drawn.
    Invalid(Vec<Located>),
}

impl Checked {
    pub fn of(text: &str) -> Self {
        let locate = |errors: Vec<DataError>| {
            let locator = Locator::new(text);
            errors.into_iter().map(|error| Located { place: locator.place(&error), error }).collect()
        };
        match load_draft(text) {
            Ok((story, problems)) if problems.is_empty() => Self::Valid(Arc::new(story)),
            Ok((story, problems)) => Self::Drawable(Arc::new(story), locate(problems)),
            Err(errors) => Self::Invalid(locate(errors)),
        }
    }

    /// The story to draw, if the text makes one.
    pub fn story(&self) -> Option<&Arc<Story>> {
        match self {
            Self::Valid(story) | Self::Drawable(story, _) => Some(story),
            Self::Invalid(_) => None,
        }
    }

    /// How many problems are at `place` or inside it.
    pub fn count_in(&self, place: &Place) -> usize {
        self.errors().iter().filter(|e| e.error.place.starts_with(place)).count()
    }

    pub fn errors(&self) -> &[Located] {
        match self {
            Self::Valid(_) => &[],
            Self::Drawable(_, errors) | Self::Invalid(errors) => errors,
        }
    }

    /// The status line, in the words `t`. In English it says "valid" only when the story is,
    /// and "error" only when it is not: outside checks read it.
    pub fn status(&self, t: &EditorStrings) -> String {
        let count = |one: &str, many: &str, n: usize| {
            if n == 1 {
                one.to_string()
            } else {
                fill(many, &[("count", &n.to_string())])
            }
        };
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
            Self::Drawable(_, errors) => count(t.status_one_blocks_publishing, t.status_block_publishing, errors.len()),
            Self::Invalid(errors) => count(t.status_one_error, t.status_errors, errors.len()),
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

    #[test]
    fn a_draft_without_a_source_is_drawn_and_its_status_counts_what_blocks_publishing() {
        let text =
            super::super::TEMPLATE.replacen("\"sources\": [\n        \"first-source\"\n      ]", "\"sources\": []", 1);
        assert_ne!(text, super::super::TEMPLATE, "the template cites its source as this test expects");
        let checked = Checked::of(&text);
        assert!(matches!(checked, Checked::Drawable(..)), "{:?}", checked.errors());
        let [only] = checked.errors() else { panic!("{:?}", checked.errors()) };
        assert!(only.error.to_string().ends_with("needs at least one source"), "{}", only.error);
        let status = checked.status(en());
        assert!(status.starts_with("1 error") && !status.contains("valid"), "{status}");
        assert!(checked.story().is_some());
    }
}
