//! Keeps the selection and the address bar in step, for the reader's bundle once every island
//! has started: the address's selection is applied (and scrolled to), each new pick is pushed to
//! history, and Back and Forward restore earlier ones. The decisions are `state::arrive` and
//! `state::follow`; this wires them to the page, with the notice's wording from the string table.

use leptos::prelude::*;

use super::dom_ids;
use super::shared::{SelectionWriter, Shared};
use super::strings::strings;
use crate::platform::{dom, location};
use crate::state::{arrive, follow, Selection};

pub fn sync_url(shared: Shared, writer: SelectionWriter) {
    let Shared { index, selection, notice, .. } = shared;
    let arrival = arrive(&location::query(), &index);
    if !arrival.unknown.is_empty() {
        notice.set(Some(strings().unknown_ids(&arrival.unknown)));
    }
    if let Some(q) = &arrival.replace {
        location::write_query(q, false);
    }
    // Nothing asked for: leave alone whatever the reader may already have picked.
    if !arrival.selection.is_empty() {
        let target = scroll_target(&arrival.selection);
        writer.restore(arrival.selection);
        request_animation_frame(move || dom::scroll_into_view(&target));
    }
    location::on_history_step({
        let index = index.clone();
        move || writer.restore(arrive(&location::query(), &index).selection)
    });
    Effect::new(move |previous: Option<Selection>| {
        let current = selection.get();
        if let Some(q) = previous.and_then(|previous| follow(&previous, &current, &location::query())) {
            location::write_query(&q, true);
        }
        current
    });
}

/// What a deep link brings into view: the issue's card, else the event's marker.
fn scroll_target(selection: &Selection) -> String {
    match (&selection.issue, &selection.event) {
        (Some(issue), _) => dom_ids::issue_card(issue),
        (None, Some(event)) => dom_ids::event_tab(event),
        (None, None) => String::new(),
    }
}
