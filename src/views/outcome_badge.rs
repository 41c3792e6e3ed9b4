use leptos::prelude::*;

use super::words::strings;
use crate::model::OutcomeStatus;

/// The outcome in words and colour, never colour alone.
#[component]
pub fn OutcomeBadge(status: OutcomeStatus) -> impl IntoView {
    let t = strings();
    view! {
        <span class=format!("outcome-badge {}", class(status)) data-testid="outcome-badge">
            <span class="sr-only">{t.outcome_prefix}</span>{t.outcome(status)}
        </span>
    }
}

/// The badge's colour, in `issue_card.css`.
fn class(status: OutcomeStatus) -> &'static str {
    match status {
        OutcomeStatus::Agreed => "outcome-agreed",
        OutcomeStatus::Progress => "outcome-progress",
        OutcomeStatus::NoChange => "outcome-no-change",
        OutcomeStatus::NotDiscussed => "outcome-not-discussed",
    }
}
