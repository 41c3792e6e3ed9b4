use leptos::prelude::*;

use super::stance::Stance;
use super::story::{use_selection, use_story};

/// Parties as columns, issues as rows; narrow screens stack each row, with every cell labelled.
#[component]
pub fn PositionsTable() -> impl IntoView {
    let story = use_story();
    let selection = use_selection();
    let parties = story.data.parties.clone();
    let selected_issue = Memo::new(move |_| selection.with(|s| s.issue.clone()));
    let caption = {
        let story = story.clone();
        move || {
            let names: Vec<&str> = story.data.parties.iter().map(|p| p.short_name.as_str()).collect();
            let base = format!("{} positions, in their own words", names.join(" and "));
            match selected_issue.with(|s| s.as_deref().and_then(|id| story.data.issue(id)).map(|i| i.title.clone())) {
                Some(title) => format!("{base}: {title}"),
                None => format!("{base}: every issue"),
            }
        }
    };
    let rows = story
        .data
        .issues
        .iter()
        .map(|issue| {
            let id = issue.id.clone();
            let shown = move || selected_issue.with(|s| s.as_deref().is_none_or(|sel| sel == id));
            let comparison = story.data.comparison(issue);
            let cells = parties
                .iter()
                .map(|party| {
                    let stance = view! { <Stance position=story.data.position(issue, &party.id).cloned()/> };
                    view! { <td data-label=party.name.clone() style=format!("--party: {}", party.color)>{stance}</td> }
                })
                .collect_view();
            view! {
                <tr data-issue-id=issue.id.clone() hidden=move || !shown()>
                    <th scope="row">{issue.title.clone()}</th>
                    {cells}
                    <td data-label="Compared">
                        <span class=format!("marker marker-{}", comparison.class())>{comparison.label()}</span>
                    </td>
                </tr>
            }
        })
        .collect_view();

    view! {
        <section class="positions" data-testid="positions" aria-labelledby="positions-heading">
            <h2 id="positions-heading">"Where they stand"</h2>
            <p class="section-hint">
                "Converge: both sides' stated positions point the same way. Diverge: they conflict. "
                "Only one side on record: this explainer's sources hold no statement from the other."
            </p>
            <table>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Issue"</th>
                        {parties.iter().map(|p| view! { <th scope="col">{p.name.clone()}</th> }).collect_view()}
                        <th scope="col">"Compared"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
