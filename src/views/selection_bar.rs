use leptos::prelude::*;

use super::shared::{use_selection_writer, use_shared};
use super::words::Strings;
use crate::state::Selection;

/// Always says what is selected, and clears it.
#[island]
pub fn SelectionBar() -> impl IntoView {
    let shared = use_shared();
    let words = shared.words();
    let writer = use_selection_writer();
    let selection = shared.settled;
    let label = move || {
        let issue = shared.settled_issue_title().map(|title| Strings::fill(words.selected_issue, &[("title", &title)]));
        let event = selection.with(|s| {
            let title = s.event.as_deref().and_then(|id| shared.index.event(id)).map(|e| e.title.as_str());
            title.map(|title| Strings::fill(words.selected_event, &[("title", title)]))
        });
        [issue, event].into_iter().flatten().collect::<Vec<_>>().join(words.selected_separator)
    };
    view! {
        <div class="selection-bar" data-testid="selection-bar" hidden=move || selection.with(Selection::is_empty)>
            <span>{words.selected} {label}</span>
            <button type="button" class="link-button" data-testid="clear-selection"
                on:click=move |_| writer.clear()>{words.clear_selection}</button>
        </div>
    }
}
