use leptos::prelude::*;

use super::context::{use_set_selection, use_shared, use_story};
use super::island_key::use_island_key;
use super::source_links::SourceLinks;
use super::timeline::marker_dom_id;
use crate::model::{DateSpan, Event};
use crate::platform;

/// The picked event in full, with previous and next buttons that step in date order. It holds
/// every event's pane, static, and shows the picked one; in print, all of them.
#[island]
pub fn EventDetail(children: Children) -> impl IntoView {
    let shared = use_shared();
    let set_selection = use_set_selection();
    let selection = shared.selection;
    let picked = Memo::new(move |_| selection.with(|s| s.event.clone()));
    let index = shared.index;
    let step = {
        let index = index.clone();
        move |by: isize| {
            let target = picked.with_untracked(|id| index.neighbour(id.as_deref(), by).map(str::to_string));
            if let Some(target) = target {
                set_selection.update(|s| *s = s.with_event(&target));
            }
        }
    };
    let at_end =
        move |by: isize| picked.with(|id| id.as_deref().is_some_and(|id| index.neighbour(Some(id), by).is_none()));
    let (step_back, step_on) = (step.clone(), step);
    let (first, last) = (at_end.clone(), at_end);

    view! {
        <div class="event-detail" id="event-detail" role="tabpanel" data-testid="event-detail"
            aria-labelledby=move || picked.with(|id| id.as_deref().map(marker_dom_id))
            aria-label=move || picked.with(|id| id.is_none().then_some("Event details"))>
            <p class="event-detail-empty" hidden=move || picked.with(Option::is_some)>
                "Pick an event on the timeline to see what happened."
            </p>
            {children()}
            <div class="event-detail-steps">
                <button type="button" data-testid="event-prev" disabled=move || first(-1) on:click=move |_| step_back(-1)>
                    "← Previous event"
                </button>
                <button type="button" data-testid="event-next" disabled=move || last(1) on:click=move |_| step_on(1)>
                    "Next event →"
                </button>
                <button type="button" class="link-button" hidden=move || picked.with(Option::is_none)
                    on:click=move |_| set_selection.update(|s| *s = s.without_event())>"Close event"</button>
            </div>
        </div>
    }
}

/// One event's pane, shown while it is picked. Its related-issue links are real links
/// (`?issue=`); a click on one picks the issue in place instead, keeping the event.
#[island]
pub fn EventPane(children: Children) -> impl IntoView {
    let id = use_island_key("data-event-pane");
    let picked_event = use_shared().picked_event;
    let set_selection = use_set_selection();
    let key = Some(id.clone());
    let pick_issue = move |ev: leptos::ev::MouseEvent| {
        if let Some(issue) = platform::dom::closest_attribute(ev.target(), "data-issue") {
            ev.prevent_default();
            set_selection.update(|s| *s = s.with_issue(&issue));
        }
    };
    view! {
        <article class="event-pane" data-event-pane=id hidden=move || !picked_event.selected(&key) on:click=pick_issue>
            {children()}
        </article>
    }
}

/// An event's full text.
#[component]
pub fn EventBody(event: Event) -> impl IntoView {
    let story = use_story();
    let span = DateSpan::parse(&event.date).ok();
    let related_issues = story.data.issues_for_event(&event.id);
    let has_related = !related_issues.is_empty();
    let related =
        related_issues.into_iter().map(|issue| view! { <li><a href=format!("?issue={}", issue.id) data-issue=issue.id.clone()>{issue.title.clone()}</a></li> }).collect_view();
    view! {
        <p class="event-when">
            {span.map(|s| view! { <time datetime=s.iso_start()>{s.to_string()}</time> })}
            " · " {event.kind.label()}
        </p>
        <h3>{event.title.clone()}</h3>
        <p>{event.summary.clone()}</p>
        {event.quotes.into_iter().map(|q| view! {
            <figure class="event-quote">
                <blockquote><p>{q.text}</p></blockquote>
                <figcaption>"— " {q.speaker} ". " <SourceLinks ids=vec![q.source]/></figcaption>
            </figure>
        }).collect_view()}
        <p><SourceLinks ids=event.sources/></p>
        {has_related.then(|| view! {
            <nav class="event-issues" aria-label=format!("Issues related to {}", event.title)>
                <p>"Related issues:"</p>
                <ul>{related}</ul>
            </nav>
        })}
    }
}
