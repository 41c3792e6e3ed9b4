use leptos::prelude::*;

use super::shared::{use_selection_writer, use_shared};
use crate::state::Selection;

/// Always says what is selected, and clears it.
#[island]
pub fn SelectionBar() -> impl IntoView {
    let shared = use_shared();
    let writer = use_selection_writer();
    let selection = shared.selection;
    let label = move || {
        let issue = shared.picked_issue_title().map(|title| format!("Issue: {title}"));
        let event = selection
            .with(|s| s.event.as_deref().and_then(|id| shared.index.event(id)).map(|e| format!("Event: {}", e.title)));
        [issue, event].into_iter().flatten().collect::<Vec<_>>().join(" · ")
    };
    view! {
        <div class="selection-bar" data-testid="selection-bar" hidden=move || selection.with(Selection::is_empty)>
            <span>"Selected — " {label}</span>
            <button type="button" class="link-button" data-testid="clear-selection"
                on:click=move |_| writer.clear()>"Clear selection"</button>
        </div>
    }
}
