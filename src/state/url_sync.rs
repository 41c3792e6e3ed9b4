//! The selection and the address bar, kept in step: what the page does when it starts from a
//! URL, and after each pick. Plain transitions; the views apply them through `platform::location`.

use super::query;
use super::selection::{Selection, UnknownId};
use crate::model::{StoryIndex, ZOOM_LEVELS};

/// The find box's query: `?q=`, kept so a search can be shared.
pub const FIND_PARAM: &str = "q";
/// The timeline's zoom level: `?zoom=0` to `?zoom=9`.
pub const ZOOM_PARAM: &str = "zoom";
/// Level names, in the address and for CSS and tests, without number formatting (which would
/// add to the reader's bundle).
pub const LEVEL_NAMES: [&str; ZOOM_LEVELS] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/// What the address asks find to look for; empty for nothing.
pub fn find_in(query: &str) -> String {
    query::get(query, FIND_PARAM).unwrap_or_default()
}

/// `query` with find's text in it (or without `q`, for no text).
pub fn with_find(query: &str, text: &str) -> String {
    query::set(query, FIND_PARAM, Some(text).filter(|t| !t.is_empty()))
}

/// The zoom level the address asks for, if it names one there is.
pub fn zoom_in(query: &str) -> Option<usize> {
    let level = query::get(query, ZOOM_PARAM)?;
    LEVEL_NAMES.iter().position(|name| *name == level)
}

/// `query` with the zoom level in it.
pub fn with_zoom(query: &str, level: usize) -> String {
    query::set(query, ZOOM_PARAM, LEVEL_NAMES.get(level).copied())
}

/// The level a page opens at: the address's, else the deepest whose axis (and the last title
/// after its end) fits `width` px; and
/// if it links to an event, one at which that event's title shows: `shows` has a `1` for each
/// level at which it does (the nearest deeper one, else the nearest shallower).
pub fn opening_zoom(asked: Option<usize>, width: f64, shows: Option<&str>) -> usize {
    let room = |l: usize| crate::model::level_px(l) + crate::model::LABEL_PX;
    let fits = (0..ZOOM_LEVELS).rev().find(|&l| room(l) <= width).unwrap_or(0);
    let level = asked.unwrap_or(fits).min(ZOOM_LEVELS - 1);
    let Some(shows) = shows else { return level };
    let at = |l: usize| shows.as_bytes().get(l) == Some(&b'1');
    (level..ZOOM_LEVELS).find(|&l| at(l)).or_else(|| (0..level).rev().find(|&l| at(l))).unwrap_or(level)
}

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
        StoryIndex {
            title: "T".into(),
            language: "en".into(),
            issues: vec![entry("a"), entry("b")],
            events: vec![entry("e")],
        }
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
    fn find_and_zoom_live_in_the_address_beside_the_rest() {
        assert_eq!(find_in("?embed=1&q=fentanyl%20talks"), "fentanyl talks");
        assert_eq!(find_in("?issue=a"), "");
        assert_eq!(with_find("?embed=1&issue=a", "习近平"), "?embed=1&issue=a&q=%E4%B9%A0%E8%BF%91%E5%B9%B3");
        assert_eq!(with_find("?q=x&issue=a", ""), "?issue=a");
        assert_eq!(zoom_in("?zoom=3"), Some(3));
        assert_eq!(zoom_in("?zoom=99"), None);
        assert_eq!(zoom_in("?zoom=-1"), None);
        assert_eq!(with_zoom("?event=e", 2), "?event=e&zoom=2");
        assert_eq!(with_zoom(&with_zoom("?event=e", 2), 5), "?event=e&zoom=5");
    }

    #[test]
    fn a_page_opens_at_the_zoom_asked_for_or_that_fits_and_shows_a_linked_title() {
        assert_eq!(opening_zoom(None, 1100.0, None), 1);
        assert_eq!(opening_zoom(None, 700.0, None), 0);
        assert_eq!(opening_zoom(Some(4), 700.0, None), 4);
        assert_eq!(opening_zoom(None, 1100.0, Some("000000011")), 7);
        assert_eq!(opening_zoom(None, 1100.0, Some("101111111")), 2, "deeper first");
        assert_eq!(opening_zoom(Some(8), 1100.0, Some("011000000")), 2, "else shallower");
        assert_eq!(opening_zoom(Some(3), 1100.0, Some("000000000")), 3);
    }

    #[test]
    fn a_pick_is_pushed_once_and_only_when_the_address_changes() {
        let picked = Selection::default().with_event("e");
        assert_eq!(follow(&Selection::default(), &picked, "?embed=1"), Some("?embed=1&event=e".into()));
        assert_eq!(follow(&picked, &picked, "?embed=1"), None);
        assert_eq!(follow(&Selection::default(), &picked, "?event=e"), None, "Back and Forward set both");
    }
}
