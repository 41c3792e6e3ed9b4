use leptos::prelude::*;

use super::context::use_story;
use super::island_key::keyed;
use super::issue_card::{IssueCard, IssueCardBody};
use super::words::{strings, Strings};
use crate::state::find::FIRST_SHOWN;

/// A story with more issues than [`FIRST_SHOWN`] shows the first ones and this box to show them
/// all: a checkbox that CSS reads (`:has(:checked)`), so it needs no script and no bytes in the
/// reader's bundle. While find has a query, its first matches show, wherever they are.
///
/// It comes before the list it opens, which CSS reaches as its next sibling: a `:has()` on the
/// section around both would be re-checked, and every hidden card or row restyled, whenever a
/// card inside changed (a selection: 100 ms of style per click at 100 times the story).
#[component]
pub fn ShowAll(id: &'static str, count: usize, template: &'static str) -> impl IntoView {
    (count > FIRST_SHOWN).then(|| {
        let label = Strings::fill(template, &[("count", &count.to_string())]);
        view! {
            <p class="show-all">
                <input type="checkbox" id=id data-testid=id/>
                <label for=id>{label}</label>
            </p>
        }
    })
}

#[component]
pub fn IssueCards() -> impl IntoView {
    let story = use_story();
    let t = strings();
    view! {
        <section class="issue-cards" id="issues" aria-labelledby="issues-heading">
            <h2 id="issues-heading">{t.issues_heading}</h2>
            <p class="section-hint">{t.issues_hint}</p>
            <ShowAll id="show-all-issues" count=story.data().issues.len() template=t.show_all_issues/>
            <ul class="issue-grid">
                {story.data().issues.iter().enumerate().map(|(at, issue)| {
                    let body = issue.clone();
                    let class = (at >= FIRST_SHOWN).then_some("is-more");
                    view! { <li class=class>{keyed(issue.id.clone(), || view! { <IssueCard><IssueCardBody issue=body/></IssueCard> })}</li> }
                }).collect_view()}
            </ul>
        </section>
    }
}
