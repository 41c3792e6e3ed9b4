use leptos::prelude::*;

use super::context::use_story;
use super::dom_ids;
use super::shared::{use_selection_writer, use_shared};
use super::source_links::SourceLinks;
use super::translation_note::TranslationNote;
use super::words::strings;
use crate::model::{DateSpan, Event};
use crate::platform;

/// The picked event in full, with previous and next buttons that step in date order. It holds
/// every event's pane, static, and shows the picked one; in print, all of them. The buttons come
/// first: panes differ in height by hundreds of pixels, and below one the next button would jump
/// away from the pointer of a reader stepping through.
///
/// The panes are not islands: this one shows and hides them (their `hidden`), and picks the
/// issue of a related-issue link clicked in one. Those are real links (`?issue=`); a click picks
/// the issue in place instead, keeping the event. An island per pane cost 0.9 KB gzip of the
/// first view (its wrappers) and 40 islands to start.
#[island]
pub fn EventDetail(children: Children) -> impl IntoView {
    let shared = use_shared();
    let words = shared.words();
    let writer = use_selection_writer();
    let selection = shared.selection;
    let picked = Memo::new(move |_| selection.with(|s| s.event.clone()));
    let index = shared.index;
    let step = {
        let index = index.clone();
        move |by: isize| {
            let target = picked.with_untracked(|id| index.neighbour(id.as_deref(), by).map(str::to_string));
            if let Some(target) = target {
                writer.pick_event(&target);
            }
        }
    };
    let at_end =
        move |by: isize| picked.with(|id| id.as_deref().is_some_and(|id| index.neighbour(Some(id), by).is_none()));
    let (step_back, step_on) = (step.clone(), step);
    let (first, last) = (at_end.clone(), at_end);
    Effect::new(move |shown: Option<Option<String>>| {
        let now = picked.get();
        if let Some(Some(id)) = &shown {
            platform::dom::set_hidden(&dom_ids::event_pane(id), true);
        }
        if let Some(id) = &now {
            platform::dom::set_hidden(&dom_ids::event_pane(id), false);
        }
        now
    });
    let pick_issue = move |ev: leptos::ev::MouseEvent| {
        let link = platform::dom::closest_attribute(ev.target(), "href");
        if let Some(issue) = link.as_deref().and_then(|href| href.strip_prefix(ISSUE_LINK)) {
            ev.prevent_default();
            writer.pick_issue(issue);
        }
    };

    view! {
        <div class="event-detail" id=dom_ids::EVENT_DETAIL role="tabpanel" data-testid="event-detail"
            aria-labelledby=move || picked.with(|id| id.as_deref().map(dom_ids::event_tab))
            aria-label=move || picked.with(|id| id.is_none().then_some(words.event_detail_label)) on:click=pick_issue>
            <div class="event-detail-steps">
                <button type="button" data-testid="event-prev" disabled=move || first(-1) on:click=move |_| step_back(-1)>
                    {words.event_previous}
                </button>
                <button type="button" data-testid="event-next" disabled=move || last(1) on:click=move |_| step_on(1)>
                    {words.event_next}
                </button>
                <button type="button" class="link-button" hidden=move || picked.with(Option::is_none)
                    on:click=move |_| writer.close_event()>{words.event_close}</button>
            </div>
            <p class="event-detail-empty" hidden=move || picked.with(Option::is_some)>
                {words.event_detail_empty}
            </p>
            {children()}
        </div>
    }
}

/// A related issue's link: the address of its view, which a click in the pane picks in place.
const ISSUE_LINK: &str = "?issue=";

/// One event's pane, static and hidden: the event detail shows the picked one.
#[component]
pub fn EventPane(id: String, children: Children) -> impl IntoView {
    view! { <article class="event-pane" data-event-pane=id hidden>{children()}</article> }
}

/// An event's full text; `span` is its date as the validator parsed it.
#[component]
pub fn EventBody(event: Event, span: DateSpan) -> impl IntoView {
    let story = use_story();
    let t = strings();
    let related_issues = story.data().issues_for_event(&event.id);
    let has_related = !related_issues.is_empty();
    let related = related_issues
        .into_iter()
        .map(|issue| view! { <li><a href=format!("{ISSUE_LINK}{}", issue.id)>{issue.title.clone()}</a></li> })
        .collect_view();
    view! {
        <p class="event-when">
            <time datetime=span.iso_start()>{t.date(&span)}</time>
            {event.kind.map(|kind| [t.event_when_separator, t.event_kind(kind)].concat())}
        </p>
        <h3>{event.title.clone()}</h3>
        <p>{event.summary.clone()}</p>
        {event.quotes.into_iter().map(|q| {
            let cited = vec![q.source.clone()];
            view! {
            <figure class="event-quote">
                <blockquote><p>{q.text}</p></blockquote>
                <figcaption>
                    {t.attribution_dash} {q.speaker} {t.attribution_end} <SourceLinks ids=vec![q.source]/>
                    <TranslationNote spoken=Some(q.spoken) cited/>
                </figcaption>
            </figure>
            }
        }).collect_view()}
        <p><SourceLinks ids=event.sources/></p>
        {has_related.then(|| view! {
            <div class="event-issues">
                <p>{t.related_issues}</p>
                <ul>{related}</ul>
            </div>
        })}
    }
}
