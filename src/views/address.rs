//! The address bar, for the views: its query, and keeping it in step with the selection, for the reader's bundle once every island
//! has started: the address's selection is applied (and scrolled to), each new pick is pushed to
//! history, and Back and Forward restore earlier ones. The decisions are `state::arrive` and
//! `state::follow`; this wires them to the page, with the notice's wording from the string table.
//! Find's text (`?q=`) and the timeline's zoom (`?zoom=`) replace the address as they change,
//! rather than adding a history step per keystroke.

use leptos::prelude::*;

use super::dom_ids;
use super::shared::{SelectionWriter, Shared};
use super::timeline_state::use_timeline_state;
use crate::page::EDITION_LINK_ID;
use crate::platform::{dom, location};
use crate::state::query::for_edition;
use crate::state::{arrive, find_in, follow, opening_zoom, zoom_in, Selection};

/// `find` searches for the address's `?q=` on arrival: find's own search, handed in, since find
/// also keeps its text in the address through this module.
pub fn sync_url(shared: Shared, writer: SelectionWriter, find: impl FnOnce(String)) {
    let words = shared.words();
    let Shared { index, settled, notice, .. } = shared;
    let zoom = use_timeline_state().zoom;
    let arrival = arrive(&location::query(), &index);
    // The zoom that fits the axis's box, or the address's, deep enough to show a linked title.
    let shows =
        arrival.selection.event.as_deref().and_then(|id| dom::attribute_up(&dom_ids::event_tab(id), "data-shows"));
    let width = dom::client_width(dom_ids::TIMELINE_SCROLLER).unwrap_or(0.0);
    zoom.set(opening_zoom(zoom_in(&location::query()), width, shows.as_deref()));
    let text = find_in(&location::query());
    if !text.is_empty() {
        find(text);
    }
    if !arrival.unknown.is_empty() {
        notice.set(Some(words.unknown_ids(&arrival.unknown)));
    }
    if let Some(q) = &arrival.replace {
        write_query(q, false);
    }
    edition_link_follows();
    // Nothing asked for: leave alone whatever the reader may already have picked.
    if !arrival.selection.is_empty() {
        let target = scroll_target(&arrival.selection);
        let event = arrival.selection.event.clone();
        writer.restore(arrival.selection);
        request_animation_frame(move || {
            if let Some(event) = event {
                dom::scroll_into_view_inline(&dom_ids::event_tab(&event));
            }
            dom::scroll_into_view(&target);
        });
    }
    location::on_history_step({
        let index = index.clone();
        move || {
            writer.restore(arrive(&location::query(), &index).selection);
            edition_link_follows();
        }
    });
    Effect::new(move |previous: Option<Selection>| {
        let current = settled.get();
        if let Some(q) = previous.and_then(|previous| follow(&previous, &current, &location::query())) {
            write_query(&q, true);
        }
        current
    });
}

/// The address bar's query now.
pub(super) fn location_query() -> String {
    location::query()
}

/// Replaces the address with `query` if it differs: find's text and the zoom level change it as
/// the reader types or zooms, with no history step each.
pub(super) fn keep_in_address(query: &str) {
    if query != location::query() {
        write_query(query, false);
    }
}

fn write_query(query: &str, push: bool) {
    location::write_query(query, push);
    edition_link_follows();
}

/// The link to the story in another language opens the view the address names now.
fn edition_link_follows() {
    dom::set_link_query(EDITION_LINK_ID, &for_edition(&location::query()));
}

/// What a deep link brings into view: the issue's card, else the event's marker.
fn scroll_target(selection: &Selection) -> String {
    match (&selection.issue, &selection.event) {
        (Some(issue), _) => dom_ids::issue_card(issue),
        (None, Some(event)) => dom_ids::event_tab(event),
        (None, None) => String::new(),
    }
}
