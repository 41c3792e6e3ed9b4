use leptos::prelude::*;

use super::outcome_badge::OutcomeBadge;
use super::source_links::SourceLinks;
use super::stance::Stance;
use super::story::{use_set_selection, use_story};
use crate::model::{Claim, Issue};

/// A disclosure: the heading's button opens the details in place and selects the issue.
#[component]
pub fn IssueCard(
    issue: Issue,
    open: Selector<Option<String>>,
    picked_event: Selector<Option<String>>,
) -> impl IntoView {
    let story = use_story();
    let set_selection = use_set_selection();
    let id = issue.id.clone();
    let card_id = issue.id.clone();
    let details_id = format!("issue-{}-details", issue.id);
    let related_events: Vec<Option<String>> =
        story.data.events.iter().filter(|e| story.data.are_related(&issue, e)).map(|e| Some(e.id.clone())).collect();
    let event_count = related_events.len();
    let is_open = {
        let key = Some(id.clone());
        Memo::new(move |_| open.selected(&key))
    };
    let is_marked = move || related_events.iter().any(|event| picked_event.selected(event));
    let stances = story
        .data
        .parties
        .iter()
        .map(|party| {
            let stance = view! { <Stance position=story.data.position(&issue, &party.id).cloned()/> };
            view! { <div class="card-stance" style=format!("--party: {}", party.color)><h5>{party.name.clone()}</h5>{stance}</div> }
        })
        .collect_view();

    view! {
        <li class="issue-card" data-testid="issue-card" data-issue-id=card_id
            class:is-selected=is_open class:is-marked=is_marked>
            <h3 class="issue-card-title">
                <button type="button" aria-expanded=move || is_open.get().to_string() aria-controls=details_id.clone()
                    on:click=move |_| set_selection.update(|s| *s = s.toggle_issue(&id))>
                    {issue.title.clone()}
                </button>
            </h3>
            <p class="issue-card-summary">{issue.summary.clone()}</p>
            <p class="issue-card-meta">
                <OutcomeBadge status=issue.outcome.status/>
                <span class="issue-card-count">{event_count} {if event_count == 1 { " event" } else { " events" }}</span>
            </p>
            <div class="issue-card-details" id=details_id hidden=move || !is_open.get()>
                <ClaimBlock heading="Why it matters" claim=issue.why_it_matters.clone()/>
                <h4>"In their own words"</h4>
                <div class="card-stances">{stances}</div>
                {issue.expected.clone().map(|claim| view! { <ClaimBlock heading="What was expected" claim/> })}
                <ClaimBlock heading="What happened"
                    claim=Claim { text: issue.outcome.text.clone(), sources: issue.outcome.sources.clone() }/>
            </div>
        </li>
    }
}

#[component]
fn ClaimBlock(heading: &'static str, claim: Claim) -> impl IntoView {
    view! {
        <h4>{heading}</h4>
        <p>{claim.text} " " <SourceLinks ids=claim.sources/></p>
    }
}
