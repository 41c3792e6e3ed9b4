use std::fmt;

use super::problem::{fill, Reason, LINE_COLUMN};

/// One problem in a dataset: where it is (a JSON path such as `events[3].issues[0]`), its kind
/// and values, and its English sentence, filled in once from the kind's template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub path: String,
    /// Its kind and the values for the kind's holes.
    pub reason: Reason,
    /// The English sentence, as the CLI prints it.
    pub message: String,
}

impl DataError {
    pub fn new(path: impl Into<String>, reason: impl Into<Reason>) -> Self {
        let reason = reason.into();
        let message = reason.english();
        Self { path: path.into(), reason, message }
    }

    /// A problem found where the JSON syntax broke, which has no JSON path: its place is
    /// "line 4, column 3", with `line` and `column` among its values.
    pub fn at_line(line: usize, column: usize, reason: impl Into<Reason>) -> Self {
        let (line, column) = (line.to_string(), column.to_string());
        let path = fill(LINE_COLUMN, &[("line", &line), ("column", &column)]);
        Self::new(path, reason.into().and("line", line).and("column", column))
    }

    /// The value of one hole, if the problem has it.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.reason.value(name)
    }

    /// `template` (this kind's words in some language) filled with this problem's values.
    pub fn word(&self, template: &str) -> String {
        self.reason.word(template)
    }

    /// Whether the path is a line and column in the file rather than a JSON path.
    pub fn is_at_line(&self) -> bool {
        match (self.value("line"), self.value("column")) {
            (Some(line), Some(column)) => self.path == fill(LINE_COLUMN, &[("line", line), ("column", column)]),
            _ => false,
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Joins a JSON path and a field name, leaving out the dot at the root.
pub fn join(parent: &str, field: &str) -> String {
    if parent.is_empty() {
        field.to_string()
    } else {
        format!("{parent}.{field}")
    }
}
