//! The selection and the address bar, kept in step: what the page does when it starts from a
//! URL, and after each pick. Plain transitions; the views apply them through `platform::location`.

use super::{Selection, UnknownId};
use crate::model::StoryIndex;

/// What a page opened at `?…` starts with.
#[derive(Debug, PartialEq, Eq)]
pub struct Arrival {
    pub selection: Selection,
    /// Ids the story does not have, dropped, for a notice that says so.
    pub unknown: Vec<UnknownId>,
    /// The query to put in place of the one the page opened with (without the unknown ids), if
    /// it must change; replaced, not pushed, so Back still leaves the page.
    pub replace: Option<String>,
}

pub fn arrive(query: &str, index: &StoryIndex) -> Arrival {
    let (selection, unknown) = Selection::from_query(query, index);
    let replace = (!unknown.is_empty()).then(|| selection.to_query(query));
    Arrival { selection, unknown, replace }
}

/// The query to push once the selection has changed from `previous` to `current`, if the
/// address must change: a pick made by the reader, not one the address itself caused.
pub fn follow(previous: &Selection, current: &Selection, query: &str) -> Option<String> {
    if previous == current {
        return None;
    }
    let next = current.to_query(query);
    (next != query).then_some(next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{IndexEntry, StoryIndex};

    fn index() -> StoryIndex {
        let entry = |id: &str| IndexEntry { id: id.into(), title: id.to_uppercase(), related: vec![] };
        StoryIndex { title: "T".into(), issues: vec![entry("a"), entry("b")], events: vec![entry("e")] }
    }

    #[test]
    fn arriving_keeps_known_ids_and_drops_the_rest_from_the_address() {
        let arrival = arrive("?embed=1&issue=a&event=nope", &index());
        assert_eq!(arrival.selection, Selection::default().with_issue("a"));
        assert_eq!(arrival.unknown, vec![UnknownId { kind: "event", id: "nope".into() }]);
        assert_eq!(arrival.replace.as_deref(), Some("?embed=1&issue=a"));
        assert_eq!(arrive("?issue=a", &index()).replace, None, "a clean address stays as it is");
    }

    #[test]
    fn a_pick_is_pushed_once_and_only_when_the_address_changes() {
        let picked = Selection::default().with_event("e");
        assert_eq!(follow(&Selection::default(), &picked, "?embed=1"), Some("?embed=1&event=e".into()));
        assert_eq!(follow(&picked, &picked, "?embed=1"), None);
        assert_eq!(follow(&Selection::default(), &picked, "?event=e"), None, "Back and Forward set both");
    }
}
