use leptos::prelude::*;

use super::issue_card::IssueCard;
use super::story::{use_selection, use_story};

#[component]
pub fn IssueCards() -> impl IntoView {
    let story = use_story();
    let selection = use_selection();
    // A new pick re-renders the two cards whose state changed, not every card.
    let open = Selector::new(move || selection.with(|s| s.issue.clone()));
    // The issues of the selected event, found once per selection rather than once per card.
    let marked = {
        let story = story.clone();
        Memo::new(move |_| {
            selection.with(|s| match s.event.as_deref() {
                Some(event) => story.data.issues_for_event(event).iter().map(|i| i.id.clone()).collect(),
                None => Vec::new(),
            })
        })
    };
    view! {
        <section class="issue-cards" id="issues" aria-labelledby="issues-heading">
            <h2 id="issues-heading">"The issues"</h2>
            <p class="section-hint">"Open a card for why it matters, each side's words, and what came of it."</p>
            <ul class="issue-grid">
                {story.data.issues.iter().map(|issue| view! { <IssueCard issue=issue.clone() open=open.clone() marked/> }).collect_view()}
            </ul>
        </section>
    }
}
