use leptos::prelude::*;

use super::issue_card::IssueCard;
use super::story::use_story;

#[component]
pub fn IssueCards() -> impl IntoView {
    let story = use_story();
    view! {
        <section class="issue-cards" id="issues" aria-labelledby="issues-heading">
            <h2 id="issues-heading">"The issues"</h2>
            <p class="section-hint">"Open a card for why it matters, each side's words, and what came of it."</p>
            <ul class="issue-grid">
                {story.data.issues.iter().map(|issue| view! { <IssueCard issue=issue.clone()/> }).collect_view()}
            </ul>
        </section>
    }
}
