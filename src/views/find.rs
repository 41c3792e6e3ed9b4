use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::address::{keep_in_address, location_query};
use super::dom_ids;
use super::shared::{use_shared, Shared};
use super::source_links::CITATIONS;
use crate::platform;
use crate::state::find::fold;
use crate::state::{with_find, Found};

/// One search box over the issues and the events: it narrows the cards, the comparison's rows
/// and the timeline together, says how many match in a polite live region, and clears with
/// Escape. It searches the text the page already shows (each card, each event's pane), read
/// and folded once, when the box takes the focus (or on the address's search): the reader's
/// bundle carries no second copy of it, and no keystroke pays for reading it. No effect: each
/// keystroke searches in its handler (one reactive node less in the bundle).
#[island]
pub fn Find() -> impl IntoView {
    let shared = use_shared();
    let words = shared.words();
    let find = shared.find;
    let found = shared.found;
    let on_input = {
        let shared = shared.clone();
        move |ev| search(&shared, event_target_value(&ev))
    };
    // The page's text is read on focus, which comes before any keystroke (20 ms at 10 times the
    // story): no keystroke pays for it. (At idle time instead, the bundle grew by a closure's
    // glue for no keystroke's gain.)
    let on_focus = {
        let index = shared.index.clone();
        move |_| {
            TEXTS.with(|texts| {
                texts.get_or_init(|| page_texts(&index));
            })
        }
    };
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && !find.with_untracked(String::is_empty) {
            ev.prevent_default();
            search(&shared, String::new());
        }
    };
    let count = move || found.with(|f| f.as_ref().map(|f| words.find_count(f.issue_count(), f.event_count())));
    view! {
        <div class="find" role="search">
            <label for=dom_ids::FIND_INPUT>{words.find_label}</label>
            <input type="search" id=dom_ids::FIND_INPUT data-testid="find" autocomplete="off" spellcheck="false"
                aria-describedby="find-hint" prop:value=move || find.get() on:input=on_input on:keydown=on_keydown on:focus=on_focus/>
            <span class="find-hint" id="find-hint">{words.find_hint}</span>
            <p class="find-count" role="status" aria-live="polite" data-testid="find-count">{count}</p>
        </div>
    }
}

thread_local! {
    /// The page's text, folded, read once: on focus or on the first search.
    static TEXTS: std::cell::OnceCell<(Vec<String>, Vec<String>)> = const { std::cell::OnceCell::new() };
}

/// Finds `text` (the box's, or the address's on arrival): what matches, for every view, and the
/// address's `?q=`.
pub fn search(shared: &Shared, text: String) {
    let found = TEXTS.with(|texts| {
        let (issues, events) = texts.get_or_init(|| page_texts(&shared.index));
        Found::new(&text, issues, events)
    });
    shared.verdicts.apply(found.as_ref());
    shared.found.set(found);
    keep_in_address(&with_find(&location_query(), &text));
    shared.find.set(text);
}

/// Each issue's and each event's text as the page shows it, folded, in the story index's order.
fn page_texts(index: &crate::model::StoryIndex) -> (Vec<String>, Vec<String>) {
    // The page holds them in the index's order, so each is looked for where the last one was
    // found, then after it: one pass, not a search of all of them per item (thousands at 100
    // times the story); a search from the start only for one out of order.
    let in_order = |entries: &[crate::model::IndexEntry], texts: Vec<(String, String)>| {
        let mut next = 0;
        entries
            .iter()
            .map(|entry| {
                let is_it = |(id, _): &(String, String)| *id == entry.id;
                let at = texts[next.min(texts.len())..].iter().position(is_it).map(|at| at + next);
                let at = at.or_else(|| texts.iter().position(is_it));
                next = at.map_or(next, |at| at + 1);
                let text = at.map_or("", |at| texts[at].1.as_str());
                fold(&[entry.title.as_str(), text].join(" "))
            })
            .collect()
    };
    // What the story says, not which outlets said it: a card without its count of events or
    // its source links, with each side's words from its comparison row (a card may not hold
    // its copy of them yet: `card_stances`); a pane without its source links (with its related
    // issues' names).
    let skipped = format!(".issue-card-count, {CITATIONS}, .card-stances");
    let mut issues = platform::dom::texts("[data-testid=issue-card]", "data-issue-id", &skipped);
    let rows: std::collections::HashMap<String, String> =
        platform::dom::texts("[data-testid=positions] tbody tr", "data-issue-id", &format!("{CITATIONS}, .marker"))
            .into_iter()
            .collect();
    for (id, text) in &mut issues {
        if let Some(row) = rows.get(id) {
            text.push(' ');
            text.push_str(row);
        }
    }
    let events = platform::dom::texts("[data-event-pane]", "data-event-pane", CITATIONS);
    (in_order(&index.issues, issues), in_order(&index.events, events))
}
