use leptos::prelude::*;

use super::shared::use_shared;

/// The polite live region: one short sentence for each change of the selection after the page
/// has started, naming what was picked rather than reading it all.
#[island]
pub fn Announcer() -> impl IntoView {
    let shared = use_shared();
    let words = shared.words();
    let (announcement, set_announcement) = signal(String::new());
    let (index, selection) = (shared.index, shared.settled);
    Effect::new(move |previous: Option<()>| {
        let sentence = selection.with(|s| words.announcement(s, &index));
        // The first run is the page as it starts: nothing has changed yet.
        if previous.is_some() {
            set_announcement.set(sentence);
        }
    });
    view! { <p class="sr-only" aria-live="polite" data-testid="announcer">{announcement}</p> }
}
