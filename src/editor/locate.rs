//! Where in the text an error is: the validator names a JSON path (`events[3].issues[0]`), an
//! editor wants a line and a column, and a place to put the cursor.

use super::json_tree::{self, Node};
use crate::model::DataError;

/// A place in the text: 1-based line and column (in characters, as an editor counts them), and
/// the byte offset the cursor goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub line: usize,
    pub column: usize,
    pub offset: usize,
}

impl Place {
    /// The place of byte `offset` in `text` (clamped to the text, and to a character boundary).
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Self { line: before.matches('\n').count() + 1, column: before[line_start..].chars().count() + 1, offset }
    }

    /// The place at 1-based `line` and `column` (serde_json's syntax errors give these).
    pub fn of_line_column(text: &str, line: usize, column: usize) -> Self {
        let line_start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
        let rest = &text[line_start.min(text.len())..];
        let in_line = rest.char_indices().nth(column.saturating_sub(1)).map_or(rest.len(), |(i, _)| i);
        Self::of_offset(text, line_start + in_line)
    }
}

/// One step of a JSON path.
#[derive(Debug, PartialEq)]
pub(super) enum Step<'p> {
    Key(&'p str),
    Index(usize),
}

/// `events[3].issues[0]` as its steps; `None` for a path that is not one (a syntax error's
/// "line 5, column 3").
pub(super) fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut steps = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, indexes) = part.split_once('[').map_or((part, ""), |(k, rest)| (k, rest));
        if !key.is_empty() {
            steps.push(Step::Key(key));
        }
        for index in indexes.split('[').filter(|i| !i.is_empty()) {
            steps.push(Step::Index(index.strip_suffix(']')?.parse().ok()?));
        }
    }
    Some(steps)
}

/// `line L, column C` as serde_json's syntax errors are reported (`model::load`).
fn syntax_place(path: &str) -> Option<(usize, usize)> {
    let (line, column) = path.strip_prefix("line ")?.split_once(", column ")?;
    Some((line.parse().ok()?, column.parse().ok()?))
}

/// Where `path` is in the text `root` was parsed from: the field's key, or the list item; for a
/// field that is missing, the nearest part of the path that is there (the object that lacks it).
fn offset_in(root: &Node, steps: &[Step]) -> usize {
    let mut node = root;
    let mut at = root.at;
    for step in steps {
        let next = match step {
            Step::Key(key) => node.member(key).map(|m| (m.key_at, &m.node)),
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

    /// The place `error` points at: its line and column, or its JSON path's place; the file's
    /// start for an error about the whole file.
    pub fn place(&self, error: &DataError) -> Place {
        if let Some((line, column)) = syntax_place(&error.path) {
            return Place::of_line_column(self.text, line, column);
        }
        match (&self.tree, steps(&error.path)) {
            (Some(tree), Some(steps)) => Place::of_offset(self.text, offset_in(tree, &steps)),
            _ => Place::of_offset(self.text, 0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{load, Problem};

    const TEXT: &str = "{\n  \"events\": [\n    { \"id\": \"a\", \"issues\": [\"x\", \"taiwn\"] }\n  ]\n}";

    fn place(text: &str, path: &str) -> (usize, usize) {
        let p = Locator::new(text).place(&DataError::new(path, Problem::Blank));
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
        assert_eq!(Place::of_line_column(text, 1, 13).offset, text.find("\"u\"").unwrap());
    }

    #[test]
    fn every_error_in_a_broken_dataset_is_on_the_line_of_its_path() {
        let text = crate::model::BUNDLED_JSON.replacen("\"issues\": [\n        \"", "\"issues\": [\n        \"zz-", 1);
        let errors = load(&text).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        let p = Locator::new(&text).place(&errors[0]);
        let line = text.lines().nth(p.line - 1).unwrap();
        assert!(line.contains("\"zz-"), "line {}: {line}", p.line);
    }
}
