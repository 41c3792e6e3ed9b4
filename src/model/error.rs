use std::fmt;

use super::place::Place;
use super::problem::Reason;

/// One problem in a dataset: where it is (a JSON path such as `events[3].issues[0]`), its kind
/// and values, and its English sentence, filled in once from the kind's template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub place: Place,
    /// Its kind and the values for the kind's holes.
    pub reason: Reason,
    /// The English sentence, as the CLI prints it.
    pub message: String,
}

impl DataError {
    pub fn new(place: Place, reason: impl Into<Reason>) -> Self {
        let reason = reason.into();
        let message = reason.english();
        Self { place, reason, message }
    }

    /// A problem found where the JSON syntax broke, which has no JSON path: its place is
    /// "line 4, column 3", with `line` and `column` among its values (other languages word the
    /// place from them).
    pub fn at_line(line: usize, column: usize, reason: impl Into<Reason>) -> Self {
        let reason = reason.into().and("line", line.to_string()).and("column", column.to_string());
        Self::new(Place::Text { line, column }, reason)
    }

    /// The value of one hole, if the problem has it.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.reason.value(name)
    }

    /// `template` (this kind's words in some language) filled with this problem's values.
    pub fn word(&self, template: &str) -> String {
        self.reason.word(template)
    }

    /// Whether the place is a line and column in the file rather than a JSON path.
    pub fn is_at_line(&self) -> bool {
        matches!(self.place, Place::Text { .. })
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.place.is_file() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.place, self.message)
        }
    }
}
