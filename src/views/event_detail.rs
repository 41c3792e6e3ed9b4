use leptos::either::Either;
use leptos::prelude::*;

use super::source_links::SourceLinks;
use super::story::{use_selection, use_set_selection, use_story};
use super::timeline::marker_dom_id;
use crate::model::{DateSpan, Event};

/// The selected event in full, with previous and next buttons that step in date order.
#[component]
pub fn EventDetail() -> impl IntoView {
    let story = use_story();
    let selection = use_selection();
    let set_selection = use_set_selection();
    let selected = {
        let story = story.clone();
        Memo::new(move |_| selection.with(|s| s.event.as_deref().and_then(|id| story.data.event(id)).cloned()))
    };
    // Date order comes from the layout, sorted once per story rather than on every step.
    let step = {
        let story = story.clone();
        move |by: isize| {
            let target = selected
                .with_untracked(|e| story.layout.neighbour(e.as_ref().map(|e| e.id.as_str()), by).map(str::to_string));
            if let Some(target) = target {
                set_selection.update(|s| *s = s.with_event(&target));
            }
        }
    };
    let at_end = {
        let story = story.clone();
        move |by: isize| {
            selected.with(|e| e.as_ref().is_some_and(|e| story.layout.neighbour(Some(&e.id), by).is_none()))
        }
    };
    let (step_back, step_on) = (step.clone(), step);
    let (first, last) = (at_end.clone(), at_end);

    view! {
        <div class="event-detail" id="event-detail" role="tabpanel" data-testid="event-detail"
            aria-labelledby=move || selected.with(|e| e.as_ref().map(|e| marker_dom_id(&e.id)))
            aria-label=move || selected.with(|e| e.is_none().then_some("Event details"))>
            {move || match selected.get() {
                Some(event) => Either::Left(view! { <EventBody event/> }),
                None => Either::Right(view! { <p class="event-detail-empty">"Pick an event on the timeline to see what happened."</p> }),
            }}
            <div class="event-detail-steps">
                <button type="button" data-testid="event-prev" disabled=move || first(-1) on:click=move |_| step_back(-1)>
                    "← Previous event"
                </button>
                <button type="button" data-testid="event-next" disabled=move || last(1) on:click=move |_| step_on(1)>
                    "Next event →"
                </button>
                <button type="button" class="link-button" hidden=move || selected.with(Option::is_none)
                    on:click=move |_| set_selection.update(|s| *s = s.without_event())>"Close event"</button>
            </div>
        </div>
    }
}

/// An event's full text, shared by the detail panel and the printed list of every event.
#[component]
pub fn EventBody(event: Event) -> impl IntoView {
    let story = use_story();
    let set_selection = use_set_selection();
    let span = DateSpan::parse(&event.date).ok();
    let related_issues = story.data.issues_for_event(&event.id);
    let has_related = !related_issues.is_empty();
    let related = related_issues
        .into_iter()
        .map(|issue| {
            let id = issue.id.clone();
            let href = format!("?issue={id}");
            view! {
                <li><a href=href on:click=move |ev| {
                    ev.prevent_default();
                    set_selection.update(|s| *s = s.with_issue(&id));
                }>{issue.title.clone()}</a></li>
            }
        })
        .collect_view();
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
