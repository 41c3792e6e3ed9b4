use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::dom_ids;
use super::shared::{use_shared, Shared};
use super::strings::EN;
use super::url_sync::{keep_in_address, location_query};
use crate::platform;
use crate::state::find::fold;
use crate::state::{with_find, Found};

/// One search box over the issues and the events: it narrows the cards, the comparison's rows
/// and the timeline together, says how many match in a polite live region, and clears with
/// Escape. It searches the text the page already shows (each card, each event's pane), read
/// and folded once, when the browser is idle after the page starts (or on focus, or on the
/// first search, whichever comes first): the reader's bundle carries no second copy of it, and
/// no keystroke pays for reading it. No effect: each keystroke searches in its handler (one
/// reactive node less in the bundle); one effect asks for the idle time.
#[island]
pub fn Find() -> impl IntoView {
    let shared = use_shared();
    let find = shared.find;
    let found = shared.found;
    let on_input = {
        let shared = shared.clone();
        move |ev| search(&shared, event_target_value(&ev))
    };
    // The page's text is read before the first keystroke (20 ms at 10 times the story): when
    // the browser is idle (not in Safari, which lacks requestIdleCallback), else on focus.
    let read_texts = {
        let index = shared.index.clone();
        move || {
            TEXTS.with(|texts| {
                texts.get_or_init(|| page_texts(&index));
            })
        }
    };
    // In an effect: the page is also rendered at build time, with no browser to ask.
    Effect::new({
        let read_texts = read_texts.clone();
        move |_| request_idle_callback(read_texts.clone())
    });
    let on_focus = move |_| read_texts();
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && !find.with_untracked(String::is_empty) {
            ev.prevent_default();
            search(&shared, String::new());
        }
    };
    let count = move || found.with(|f| f.as_ref().map(|f| EN.find_count(f.issue_count(), f.event_count())));
    view! {
        <div class="find" role="search">
            <label for=dom_ids::FIND_INPUT>{EN.find_label}</label>
            <input type="search" id=dom_ids::FIND_INPUT data-testid="find" autocomplete="off" spellcheck="false"
                aria-describedby="find-hint" prop:value=move || find.get() on:input=on_input on:keydown=on_keydown on:focus=on_focus/>
            <span class="find-hint" id="find-hint">{EN.find_hint}</span>
            <p class="find-count" role="status" aria-live="polite" data-testid="find-count">{count}</p>
        </div>
    }
}

thread_local! {
    /// The page's text, folded, read once: at idle time, on focus or on the first search.
    static TEXTS: std::cell::OnceCell<(Vec<String>, Vec<String>)> = const { std::cell::OnceCell::new() };
    /// The pending write of `?q=` to the address, replaced by each keystroke.
    static ADDRESS_WRITE: std::cell::Cell<Option<TimeoutHandle>> = const { std::cell::Cell::new(None) };
}

/// How long the address waits for typing to pause: replacing it costs a few milliseconds a time
/// (a same-document navigation), too much for every keystroke.
const ADDRESS_DELAY: std::time::Duration = std::time::Duration::from_millis(200);

/// Finds `text` (the box's, or the address's on arrival): what matches, for every view, and the
/// address's `?q=`.
pub fn search(shared: &Shared, text: String) {
    let found = TEXTS.with(|texts| {
        let (issues, events) = texts.get_or_init(|| page_texts(&shared.index));
        Found::new(&text, issues, events)
    });
    shared.verdicts.apply(found.as_ref());
    shared.found.set(found);
    let query = text.clone();
    let write = set_timeout_with_handle(move || keep_in_address(&with_find(&location_query(), &query)), ADDRESS_DELAY);
    if let Some(pending) = ADDRESS_WRITE.with(|w| w.replace(write.ok())) {
        pending.clear();
    }
    shared.find.set(text);
}

/// Each issue's and each event's text as the page shows it, folded, in the story index's order.
fn page_texts(index: &crate::model::StoryIndex) -> (Vec<String>, Vec<String>) {
    // By id, sorted once: thousands of items at 100 times the story, looked up by binary search.
    let in_order = |entries: &[crate::model::IndexEntry], mut texts: Vec<(String, String)>| {
        texts.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        entries
            .iter()
            .map(|entry| {
                let at = texts.binary_search_by(|(id, _)| id.as_str().cmp(&entry.id));
                let text = at.map_or("", |at| texts[at].1.as_str());
                fold(&[entry.title.as_str(), text].join(" "))
            })
            .collect()
    };
    // What the story says, not which outlets said it: a card without its count of events or
    // its source links; a pane without its source links (with its related issues' names).
    let issues = platform::dom::texts("[data-testid=issue-card]", "data-issue-id", ".issue-card-count, .source-links");
    let events = platform::dom::texts("[data-event-pane]", "data-event-pane", ".source-links");
    (in_order(&index.issues, issues), in_order(&index.events, events))
}
