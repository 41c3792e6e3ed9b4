//! Where in the text an error is: the validator names a JSON path (`events[3].issues[0]`), an
//! editor wants a line and a column, and a place to put the cursor.

use super::json_tree::{self, Node};
use crate::model::{DataError, Place, Step};

/// Where the cursor goes in the text: 1-based line and column (in characters, as an editor
/// counts them), and the byte offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Caret {
    pub line: usize,
    pub column: usize,
    pub offset: usize,
}

impl Caret {
    /// The caret at byte `offset` in `text` (clamped to the text, and to a character boundary).
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Self { line: before.matches('\n').count() + 1, column: before[line_start..].chars().count() + 1, offset }
    }

    /// The caret at 1-based `line` and `column` (serde_json's syntax errors give these).
    pub fn of_line_column(text: &str, line: usize, column: usize) -> Self {
        let line_start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
        let rest = &text[line_start.min(text.len())..];
        let in_line = rest.char_indices().nth(column.saturating_sub(1)).map_or(rest.len(), |(i, _)| i);
        Self::of_offset(text, line_start + in_line)
    }
}

/// Where the path `steps` is in the text `root` was parsed from: the field's key, or the list
/// item; for a field that is missing, the nearest part of the path that is there (the object
/// that lacks it).
fn offset_in(root: &Node, steps: &[Step]) -> usize {
    let mut node = root;
    let mut at = root.at;
    for step in steps {
        let next = match step {
            Step::Field(key) => node.member(key).map(|m| (m.key_at, &m.node)),
            Step::Index(i) => node.item(*i).map(|n| (n.at, n)),
        };
        let Some((here, child)) = next else { break };
        at = here;
        node = child;
    }
    at
}

/// Finds each error's place in `text` at once, parsing the text once for all of them.
pub struct Locator<'a> {
    text: &'a str,
    tree: Option<Node<'a>>,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Self {
        Self { text, tree: json_tree::parse(text) }
    }

    /// Where `error` points: its line and column, or its JSON path's place; the file's start
    /// for an error about the whole file.
    pub fn place(&self, error: &DataError) -> Caret {
        match (&error.place, &self.tree) {
            (Place::Text { line, column }, _) => Caret::of_line_column(self.text, *line, *column),
            (Place::Path(steps), Some(tree)) => Caret::of_offset(self.text, offset_in(tree, steps)),
            (Place::Path(_), None) => Caret::of_offset(self.text, 0),
        }
    }
}

/// A path as the validator prints it (`events[3].issues[0]`), built step by step: the tests'
/// shorthand. The editor itself never reads a path back from its text.
#[cfg(test)]
pub(super) fn path(text: &str) -> Place {
    let mut place = Place::file();
    for part in text.split('.').filter(|p| !p.is_empty()) {
        let (key, indexes) = part.split_once('[').unwrap_or((part, ""));
        if !key.is_empty() {
            place = place.field(key);
        }
        for index in indexes.split('[').filter(|i| !i.is_empty()) {
            place = place.index(index.trim_end_matches(']').parse().expect("an index"));
        }
    }
    place
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{load, Problem};

    const TEXT: &str = "{\n  \"events\": [\n    { \"id\": \"a\", \"issues\": [\"x\", \"taiwn\"] }\n  ]\n}";

    fn place(text: &str, path: &str) -> (usize, usize) {
        let p = Locator::new(text).place(&DataError::new(super::path(path), Problem::Blank));
        (p.line, p.column)
    }

    #[test]
    fn a_path_is_put_on_its_line_and_column() {
        assert_eq!(place(TEXT, "events[0].issues[1]"), (3, 34));
        assert_eq!(place(TEXT, "events[0].id"), (3, 7));
        assert_eq!(place(TEXT, "events"), (2, 3));
        assert_eq!(place(TEXT, ""), (1, 1));
    }

    #[test]
    fn a_missing_field_points_at_the_object_that_lacks_it() {
        assert_eq!(place(TEXT, "events[0].title"), (3, 5));
        assert_eq!(place(TEXT, "events[7].title"), (2, 3));
    }

    #[test]
    fn a_syntax_error_keeps_serde_json_s_line_and_column() {
        let broken = "{\n  \"meta\": {,\n}";
        let errors = load(broken).unwrap_err();
        let p = Locator::new(broken).place(&errors[0]);
        assert_eq!((p.line, p.column), (2, 12), "{}", errors[0]);
        assert_eq!(&broken[p.offset..p.offset + 1], ",");
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "{\"t\": \"中文\", \"u\": 1}";
        assert_eq!(place(text, "u"), (1, 13));
        assert_eq!(Caret::of_line_column(text, 1, 13).offset, text.find("\"u\"").unwrap());
    }

    #[test]
    fn every_error_in_a_broken_dataset_is_on_the_line_of_its_path() {
        let text = crate::model::fixtures::SYNTHETIC.replacen(
            "\"issues\": [\"fisheries\"]",
            "\"issues\": [\"zz-fisheries\"]",
            1,
        );
        let errors = load(&text).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        let p = Locator::new(&text).place(&errors[0]);
        let line = text.lines().nth(p.line - 1).unwrap();
        assert!(line.contains("\"zz-"), "line {}: {line}", p.line);
    }
}
