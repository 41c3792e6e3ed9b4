use leptos::either::Either;
use leptos::prelude::*;

use super::context::{any_picked, use_set_selection, use_shared, use_story};
use super::island_key::use_island_key;
use super::outcome_badge::OutcomeBadge;
use super::source_links::SourceLinks;
use super::stance::{JointStance, PartyStance};
use crate::model::{Claim, Column, Issue};

/// Names the issue a card (or a comparison row) is for; its islands read their key from it.
pub const ISSUE_ID: &str = "data-issue-id";

pub fn details_id(issue_id: &str) -> String {
    format!("issue-{issue_id}-details")
}

/// A disclosure: the title's button opens the card's details in place and selects the issue.
/// The card is marked while an event of its issue is picked. Only this frame responds; what it
/// holds is static.
#[island]
pub fn IssueCard(children: Children) -> impl IntoView {
    let id = use_island_key(ISSUE_ID);
    let shared = use_shared();
    let set_selection = use_set_selection();
    let entry = shared.index.issue(&id).cloned().unwrap_or_default();
    let picked_issue = shared.picked_issue;
    let is_open = {
        let key = Some(id.clone());
        Memo::new(move |_| picked_issue.selected(&key))
    };
    let is_marked = any_picked(shared.picked_event, entry.related);
    let toggle = {
        let id = id.clone();
        move |_| set_selection.update(|s| *s = s.toggle_issue(&id))
    };
    view! {
        <div class="issue-card" data-testid="issue-card" data-issue-id=id.clone()
            class:is-selected=is_open class:is-marked=is_marked>
            <h3 class="issue-card-title">
                <button type="button" aria-expanded=move || is_open.get().to_string() aria-controls=details_id(&id)
                    on:click=toggle>
                    {entry.title}
                </button>
            </h3>
            {children()}
        </div>
    }
}

/// Everything under a card's title. Its details show while the card is open (CSS, from the
/// frame's `is-selected`), and always in print.
#[component]
pub fn IssueCardBody(issue: Issue) -> impl IntoView {
    let story = use_story();
    let event_count = story.index.issue(&issue.id).map_or(0, |i| i.related.len());
    let stances = story
        .data
        .columns(&issue)
        .into_iter()
        .map(|column| match column {
            Column::Party { party, .. } => Either::Left(view! {
                <div class="card-stance" style=format!("--party: {}", party.color)>
                    <h5>{party.name.clone()}</h5>
                    <PartyStance issue_id=issue.id.clone() party=party.clone()/>
                </div>
            }),
            Column::Joint { joint, parties } => Either::Right(view! {
                <div class="card-stance card-stance-joint">
                    <JointStance statement=joint.statement() parties=parties.into_iter().cloned().collect() as_heading=true/>
                </div>
            }),
        })
        .collect_view();
    view! {
        <p class="issue-card-summary">{issue.summary.clone()}</p>
        <p class="issue-card-meta">
            <OutcomeBadge status=issue.outcome.status/>
            <span class="issue-card-count">{event_count} {if event_count == 1 { " event" } else { " events" }}</span>
        </p>
        <div class="issue-card-details" id=details_id(&issue.id)>
            <ClaimBlock heading="Why it matters" claim=issue.why_it_matters.clone()/>
            <h4>"In their own words"</h4>
            <div class="card-stances">{stances}</div>
            {issue.expected.clone().map(|claim| view! { <ClaimBlock heading="What was expected" claim/> })}
            <ClaimBlock heading="What happened"
                claim=Claim { text: issue.outcome.text.clone(), sources: issue.outcome.sources.clone() }/>
        </div>
    }
}

#[component]
fn ClaimBlock(heading: &'static str, claim: Claim) -> impl IntoView {
    view! {
        <h4>{heading}</h4>
        <p>{claim.text} " " <SourceLinks ids=claim.sources/></p>
    }
}
