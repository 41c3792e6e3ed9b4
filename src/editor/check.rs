//! One check of the editor's text: the validator's verdict (the same `model::load` the build and
//! `cargo run --bin validate` use), each error placed on its line, and the status line.

use std::sync::Arc;

use super::locate::{Caret, Locator};
use crate::model::{load, DataError, Story};

/// An error as `validate` prints it, and where it is in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Located {
    pub error: DataError,
    pub place: Caret,
}

impl Located {
    /// The list's line: place first, then the validator's own words.
    pub fn describe(&self) -> String {
        format!("Line {}, column {}: {}", self.place.line, self.place.column, self.error)
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

    /// The status line. Says "valid" only when it is, and "error" only when it is not: outside
    /// checks read it, so an invalid story never says "invalid".
    pub fn status(&self) -> String {
        match self {
            Self::Valid(story) => format!("The story is valid: {}.", story.data().summary()),
            Self::Invalid(errors) if errors.len() == 1 => "1 error. The preview keeps the last good version.".into(),
            Self::Invalid(errors) => format!("{} errors. The preview keeps the last good version.", errors.len()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::SYNTHETIC;

    #[test]
    fn a_story_and_the_template_are_valid() {
        assert_eq!(
            Checked::of(SYNTHETIC).status(),
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
        assert!(only.describe().starts_with(&format!("Line {}, column 9: events[0]", only.place.line)));
        let status = checked.status();
        assert!(status.contains("error") && !status.contains("valid"), "{status}");
    }
}
