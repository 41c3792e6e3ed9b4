//! Where a problem is in a dataset: a path through the story's JSON, or, where the JSON syntax
//! broke and there is no structure to walk, a line and column of the text. Typed, so what reads
//! a place (the editor putting its cursor there) never parses the printed form back.

use std::fmt;

use super::problem::{fill, LINE_COLUMN};

/// One step of a JSON path: into an object's field, or a list's item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Field(String),
    Index(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The steps from the top of the file (`events[3].issues[0]`); none for the whole file.
    Path(Vec<Step>),
    /// 1-based, as serde_json reports a syntax error.
    Text { line: usize, column: usize },
}

impl Place {
    /// The whole file.
    pub fn file() -> Self {
        Self::Path(Vec::new())
    }

    /// The field `name` of the object here.
    pub fn field(&self, name: &str) -> Self {
        self.then(Step::Field(name.to_string()))
    }

    /// Item `index` of the list here.
    pub fn index(&self, index: usize) -> Self {
        self.then(Step::Index(index))
    }

    fn then(&self, step: Step) -> Self {
        match self {
            Self::Path(steps) => Self::Path(steps.iter().cloned().chain([step]).collect()),
            text => text.clone(),
        }
    }

    pub fn is_file(&self) -> bool {
        matches!(self, Self::Path(steps) if steps.is_empty())
    }

    /// Whether this place is `prefix` or inside it (`events[3].title` is inside `events[3]`).
    pub fn starts_with(&self, prefix: &Place) -> bool {
        match (self, prefix) {
            (Self::Path(steps), Self::Path(prefix)) => steps.starts_with(prefix),
            _ => false,
        }
    }

    /// The steps, for a path (none for a place in the text).
    pub fn steps(&self) -> &[Step] {
        match self {
            Self::Path(steps) => steps,
            Self::Text { .. } => &[],
        }
    }
}

/// Prints the place as the validator has always printed it: `events[3].issues[0]`, or
/// `line 4, column 3`; nothing for the whole file.
impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Path(steps) => steps.iter().enumerate().try_for_each(|(i, step)| match step {
                Step::Field(name) if i == 0 => f.write_str(name),
                Step::Field(name) => write!(f, ".{name}"),
                Step::Index(index) => write!(f, "[{index}]"),
            }),
            Self::Text { line, column } => {
                f.write_str(&fill(LINE_COLUMN, &[("line", &line.to_string()), ("column", &column.to_string())]))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_prints_as_the_validator_always_did() {
        let issue = Place::file().field("issues").index(3);
        assert_eq!(issue.field("positions").index(0).field("quote").to_string(), "issues[3].positions[0].quote");
        assert_eq!(Place::file().index(2).field("id").to_string(), "[2].id");
        assert_eq!(Place::file().to_string(), "");
        assert!(Place::file().is_file() && !issue.is_file());
        assert!(issue.field("title").starts_with(&issue) && !issue.starts_with(&issue.field("title")));
        let text = Place::Text { line: 4, column: 3 };
        assert_eq!(text.to_string(), "line 4, column 3");
        assert_eq!(text.field("x"), text, "a place in the text has no structure to step into");
    }
}
