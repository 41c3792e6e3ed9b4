use leptos::prelude::*;

use super::context::use_story;
use super::island_key::keyed;
use super::issue_card::{IssueCard, IssueCardBody};
use super::strings::strings;

#[component]
pub fn IssueCards() -> impl IntoView {
    let story = use_story();
    let t = strings();
    view! {
        <section class="issue-cards" id="issues" aria-labelledby="issues-heading">
            <h2 id="issues-heading">{t.issues_heading}</h2>
            <p class="section-hint">{t.issues_hint}</p>
            <ul class="issue-grid">
                {story.data.issues.iter().map(|issue| {
                    let body = issue.clone();
                    view! { <li>{keyed(issue.id.clone(), || view! { <IssueCard><IssueCardBody issue=body/></IssueCard> })}</li> }
                }).collect_view()}
            </ul>
        </section>
    }
}
