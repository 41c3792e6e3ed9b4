use leptos::prelude::*;

use super::card_stances::show_stances_on_card;
use super::context::use_story;
use super::dom_ids;
use super::island_key::use_island_key;
use super::outcome_badge::OutcomeBadge;
use super::shared::{any_picked, use_selection_writer, use_shared};
use super::source_links::SourceLinks;
use super::words::strings;
use crate::model::{Claim, Issue};

/// A disclosure: the title's button opens the card's details in place and selects the issue.
/// The card is marked while an event of its issue is picked. Only this frame responds; what it
/// holds is static.
#[island]
pub fn IssueCard(children: Children) -> impl IntoView {
    let id = use_island_key();
    let shared = use_shared();
    let selection = use_selection_writer();
    let entry = shared.index.issue(&id).cloned().unwrap_or_default();
    // Find's answer: found shows a card even past the first ones (`find.css`), not found hides it.
    let (found, unfound) = shared.issue_found(&id);
    let picked_issue = shared.picked_issue;
    let is_open = {
        let key = Some(id.clone());
        Memo::new(move |_| picked_issue.selected(&key))
    };
    let is_marked = any_picked(shared.settled_event, entry.related);
    let toggle = {
        let id = id.clone();
        move |_| selection.toggle_issue(&id)
    };
    // Once started: an effect never runs while rendering, and runs after this card hydrates.
    Effect::new({
        let id = id.clone();
        move |_| show_stances_on_card(&id)
    });
    view! {
        <div class="issue-card" id=dom_ids::issue_card(&id) data-testid="issue-card" data-issue-id=id.clone()
            class:is-selected=is_open class:is-marked=is_marked class:is-found=found class:is-unfound=unfound>
            <h3 class="issue-card-title">
                <button type="button" aria-expanded=move || is_open.get().to_string() aria-controls=dom_ids::issue_details(&id)
                    on:click=toggle>
                    {entry.title}
                </button>
            </h3>
            {children()}
        </div>
    }
}

/// Everything under a card's title. Its details show while the card is open (CSS, from the
/// frame's `is-selected`), and always in print. Each side's words are the comparison's, shown
/// here once the islands start (`card_stances`); until then a link leads to them.
#[component]
pub fn IssueCardBody(issue: Issue) -> impl IntoView {
    let story = use_story();
    let t = strings();
    let event_count = story.index().issue(&issue.id).map_or(0, |i| i.related.len());
    view! {
        <p class="issue-card-summary">{issue.summary.clone()}</p>
        <p class="issue-card-meta">
            <OutcomeBadge status=issue.outcome.status/>
            <span class="issue-card-count">{event_count} {t.event_count(event_count)}</span>
        </p>
        <div class="issue-card-details" id=dom_ids::issue_details(&issue.id)>
            <ClaimBlock heading={t.why_it_matters} claim=issue.why_it_matters.clone()/>
            <h4>{t.in_their_own_words}</h4>
            <div class="card-stances" id=dom_ids::card_stances(&issue.id)>
                <p><a href=format!("#{}", dom_ids::POSITIONS_HEADING)>{t.stances_in_comparison}</a></p>
            </div>
            {issue.expected.clone().map(|claim| view! { <ClaimBlock heading={t.what_was_expected} claim/> })}
            <ClaimBlock heading={t.what_happened}
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
