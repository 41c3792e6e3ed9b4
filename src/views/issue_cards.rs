use leptos::prelude::*;

use super::context::use_story;
use super::island_key::keyed;
use super::issue_card::{IssueCard, IssueCardBody};

#[component]
pub fn IssueCards() -> impl IntoView {
    let story = use_story();
    view! {
        <section class="issue-cards" id="issues" aria-labelledby="issues-heading">
            <h2 id="issues-heading">"The issues"</h2>
            <p class="section-hint">"Open a card for why it matters, each side's words, and what came of it."</p>
            <ul class="issue-grid">
                {story.data.issues.iter().cloned().map(|issue| view! {
                    <li>{keyed(issue.id.clone(), || view! { <IssueCard><IssueCardBody issue/></IssueCard> })}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}
