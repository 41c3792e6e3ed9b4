use leptos::prelude::*;

use super::issue_card::IssueCard;
use super::story::{use_selection, use_story};

#[component]
pub fn IssueCards() -> impl IntoView {
    let story = use_story();
    let selection = use_selection();
    // Selectors wake only the cards whose state changes: a new issue opens one card and closes
    // another; a new event marks its issues and unmarks the last one's, not every card.
    let open = Selector::new(move || selection.with(|s| s.issue.clone()));
    let picked_event = Selector::new(move || selection.with(|s| s.event.clone()));
    view! {
        <section class="issue-cards" id="issues" aria-labelledby="issues-heading">
            <h2 id="issues-heading">"The issues"</h2>
            <p class="section-hint">"Open a card for why it matters, each side's words, and what came of it."</p>
            <ul class="issue-grid">
                {story.data.issues.iter().map(|issue| view! { <IssueCard issue=issue.clone() open=open.clone() picked_event=picked_event.clone()/> }).collect_view()}
            </ul>
        </section>
    }
}
