use leptos::prelude::*;

use crate::model::OutcomeStatus;

/// The outcome in words and colour, never colour alone.
#[component]
pub fn OutcomeBadge(status: OutcomeStatus) -> impl IntoView {
    view! {
        <span class=format!("outcome-badge outcome-{}", status.class()) data-testid="outcome-badge">
            <span class="sr-only">"Outcome: "</span>{status.label()}
        </span>
    }
}
