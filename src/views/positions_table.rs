use leptos::either::Either;
use leptos::prelude::*;

use super::context::use_story;
use super::dom_ids;
use super::island_key::{keyed, use_island_key};
use super::issue_cards::ShowAll;
use super::shared::{has_issue, use_shared};
use super::stance::{JointStance, PartyStance};
use super::words::strings;
use crate::model::{Column, Comparison};
use crate::state::find::FIRST_SHOWN;

/// Parties as columns, issues as rows; narrow screens stack each row, with every cell labelled.
/// With an issue picked, only its row shows.
#[component]
pub fn PositionsTable() -> impl IntoView {
    let story = use_story();
    let t = strings();
    let parties = &story.data().parties;
    let names: Vec<&str> = parties.iter().map(|p| p.short_name.as_str()).collect();
    let rows = story
        .data()
        .issues
        .iter()
        .enumerate()
        .map(|(at, issue)| {
            let comparison = story.data().comparison(issue);
            let cells = story
                .data()
                .columns(issue)
                .into_iter()
                .map(|column| match column {
                    Column::Party { party, .. } => Either::Left(view! {
                        <td class=dom_ids::STANCE_CELL data-label=party.name.clone() style=format!("--party: {}", party.color)>
                            <PartyStance issue_id=issue.id.clone() party=party.clone()/>
                        </td>
                    }),
                    // Shown once, across the columns of the parties that issued it.
                    Column::Joint { joint, parties } => Either::Right({
                        let span = parties.len().to_string();
                        view! {
                        <td class=format!("{} {}", dom_ids::STANCE_CELL, dom_ids::JOINT_CELL) colspan=span data-label={t.cell_joint}>
                            <JointStance issue_id=issue.id.clone() statement=joint.statement()
                                parties=parties.into_iter().cloned().collect()/>
                        </td>
                        }
                    }),
                })
                .collect_view();
            view! {
                <tr data-issue-id=issue.id.clone() class=(at >= FIRST_SHOWN).then_some("is-more")>
                    <th scope="row">{keyed(issue.id.clone(), || view! { <RowTitle/> })}</th>
                    {cells}
                    <td data-label={t.column_compared}>
                        <span class=format!("marker {}", marker_class(&comparison))>{t.comparison(&comparison)}</span>
                    </td>
                </tr>
            }
        })
        .collect_view();

    view! {
        <section class="positions" data-testid="positions" aria-labelledby=dom_ids::POSITIONS_HEADING>
            <h2 id=dom_ids::POSITIONS_HEADING>{t.positions_heading}</h2>
            <p class="section-hint">{t.positions_hint}</p>
            <ShowAll id="show-all-rows" count=story.data().issues.len() template=t.show_all_rows/>
            <table>
                <caption>{names.join(t.caption_and)} {t.caption_positions} <PositionsCaption/></caption>
                <thead>
                    <tr>
                        <th scope="col">{t.column_issue}</th>
                        {parties.iter().map(|p| view! { <th scope="col">{p.name.clone()}</th> }).collect_view()}
                        <th scope="col">{t.column_compared}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

/// The comparison marker's colour, in `positions_table.css`.
fn marker_class(comparison: &Comparison) -> &'static str {
    match comparison {
        Comparison::Converge => "marker-converge",
        Comparison::Diverge => "marker-diverge",
        Comparison::AllSpoke { .. } => "marker-all-spoke",
        Comparison::OnlySome(_) => "marker-one-sided",
        Comparison::Joint => "marker-joint",
        Comparison::NoneSpoke { .. } => "marker-silent",
    }
}

/// Names what the table shows: every issue, or the picked one.
#[island]
fn PositionsCaption() -> impl IntoView {
    let shared = use_shared();
    let words = shared.words();
    view! { <span>{move || shared.settled_issue_title().unwrap_or_else(|| words.caption_every_issue.into())}</span> }
}

/// A row's title. An island cannot sit between `<tr>` and `<tbody>`, so it flags its own row as
/// filtered out (another issue is picked, or find does not match it) and CSS
/// (`tr:has(.is-filtered-out)`) hides the row; found, it shows even past the first rows.
#[island]
fn RowTitle() -> impl IntoView {
    let id = use_island_key();
    let shared = use_shared();
    let title = shared.index.issue(&id).map(|i| i.title.clone()).unwrap_or_default();
    let (found, unfound) = shared.issue_found(&id);
    let picked_issue = shared.settled_issue;
    let key = Some(id);
    let filtered_out = move || (has_issue(&picked_issue) && !picked_issue.selected(&key)) || unfound();
    view! { <span class:is-filtered-out=filtered_out class:is-found=found>{title}</span> }
}
