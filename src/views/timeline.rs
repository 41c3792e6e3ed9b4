use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::context::use_story;
use super::dom_ids;
use super::event_detail::{EventBody, EventDetail, EventPane};
use super::island_key::{keyed, use_island_key};
use super::shared::{any_picked, use_selection_writer, use_shared};
use super::strings::strings;
use super::timeline_state::{use_timeline_state, TimelineState};
use crate::model::{css_fraction, Event, EventKind, PlacedEvent};
use crate::platform;
use crate::state::next_focus;

/// Events on a real date axis (horizontal on wide screens, a dated list on phones), as a
/// WAI-ARIA tab list with manual activation: one tab stop, arrows move, Enter or Space selects.
#[component]
pub fn Timeline() -> impl IntoView {
    let story = use_story();
    let layout = &story.layout;
    let lanes = layout.lanes.max(1);
    let key_date = story.dates.key;
    let t = strings();
    // Each placed event with its text, looked up once for its marker and its pane.
    let events: Vec<(PlacedEvent, Event)> = layout
        .events
        .iter()
        .filter_map(|placed| Some((placed.clone(), story.data.event(&placed.id)?.clone())))
        .collect();
    view! {
        <section class="timeline" data-testid="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t.timeline_heading}</h2>
            <p class="section-hint" id="timeline-help">{t.timeline_hint}</p>
            <OnlyRelated/>
            <div class="timeline-axis" style=format!("--lanes: {lanes}")>
                <div class="timeline-eras" aria-hidden="true">
                    {layout.eras.iter().map(|era| view! {
                        <div class="timeline-era" style=format!("--x0: {}; --x1: {}", css_fraction(era.x0), css_fraction(era.x1))>
                            <span>{era.label.clone()}</span>
                        </div>
                    }).collect_view()}
                    {layout.ticks.iter().map(|tick| view! {
                        <span class="timeline-tick" style=format!("--x: {}", css_fraction(tick.x))>{tick.label.clone()}</span>
                    }).collect_view()}
                    {layout.key_x.map(|x| view! {
                        <div class="timeline-key" style=format!("--x: {}", css_fraction(x))>
                            <span>{story.data.meta.key_date.label.clone()}</span>
                        </div>
                    })}
                </div>
                <div class="timeline-events" role="tablist" aria-label={t.timeline_events} aria-describedby="timeline-help">
                    {events.iter().map(|(placed, event)| {
                        let is_key = placed.span.contains(&key_date);
                        view! { <MarkerFor placed=placed.clone() event=event.clone() is_key/> }
                    }).collect_view()}
                </div>
            </div>
            <EventDetail>
                {events.into_iter().map(|(placed, event)| view! {
                    {keyed(event.id.clone(), move || view! { <EventPane><EventBody event span=placed.span/></EventPane> })}
                }).collect_view()}
            </EventDetail>
        </section>
    }
}

/// The control that narrows the timeline to the picked issue's events; shown while one is picked.
#[island]
fn OnlyRelated() -> impl IntoView {
    let shared = use_shared();
    let only_related = use_timeline_state().shown.only_related;
    let issue_title = Memo::new(move |_| shared.picked_issue_title());
    view! {
        <div class="timeline-filter" hidden=move || issue_title.with(Option::is_none)>
            <label>
                // Only this box sets the filter, so the box's own state is the truth.
                <input type="checkbox" data-testid="only-related"
                    on:change=move |ev| only_related.set(event_target_checked(&ev))/>
                {strings().only_related} {issue_title}
            </label>
        </div>
    }
}

/// A marker's static parts: where it sits (its slot passes `--x` and `--lane` on to the tab), what
/// kind it is, and what it says.
#[component]
fn MarkerFor(placed: PlacedEvent, event: Event, is_key: bool) -> impl IntoView {
    let story = use_story();
    let (title, kind) = (event.title, kind_class(event.kind));
    let era_label =
        placed.era.as_deref().and_then(|era| story.data.eras.iter().find(|e| e.id == era)).map(|e| e.label.clone());
    let flags = [if is_key { " is-key" } else { "" }, if placed.x > 0.6 { " is-late" } else { "" }];
    let class = format!("timeline-slot {kind}{}", flags.concat());
    let style = format!("--x: {}; --lane: {}", css_fraction(placed.x), placed.lane);
    let marker = keyed(placed.id.clone(), move || {
        view! {
            <Marker>
                <span class="timeline-dot" aria-hidden="true"></span>
                <time datetime=placed.span.iso_start()>{placed.span.to_string()}</time>
                <span class="timeline-title">{title}</span>
                {era_label.map(|label| view! { <span class="timeline-era-tag">{label}</span> })}
            </Marker>
        }
    });
    view! { <span class=class style=style>{marker}</span> }
}

/// A marker's shape by the event's kind, in `timeline.css`.
fn kind_class(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Meeting => "kind-meeting",
        EventKind::Visit => "kind-visit",
        EventKind::Statement => "kind-statement",
        EventKind::Incident => "kind-incident",
        EventKind::Policy => "kind-policy",
        EventKind::Talks => "kind-talks",
        EventKind::Agreement => "kind-agreement",
    }
}

/// One event's tab: picked by click, Enter or Space; arrows, Home and End move the focus.
#[island]
pub fn Marker(children: Children) -> impl IntoView {
    let id = use_island_key();
    let shared = use_shared();
    let selection = use_selection_writer();
    let TimelineState { shown, focused, tab_stop } = use_timeline_state();
    let key = Some(id.clone());
    let (picked_event, picked_issue) = (shared.picked_event.clone(), shared.picked_issue.clone());
    let is_selected = {
        let key = key.clone();
        Memo::new(move |_| picked_event.selected(&key))
    };
    let related_issues = shared.index.event(&id).map(|e| e.related.clone()).unwrap_or_default();
    let is_related = {
        let is_related = any_picked(picked_issue, related_issues);
        Memo::new(move |_| is_related())
    };
    // Dimmed, not hidden, while another issue is picked.
    let has_issue = shared.has_issue;
    let is_dimmed = move || has_issue.get() && !is_related.get();
    let is_shown = {
        let (shown, id) = (shown.clone(), id.clone());
        move || shown.contains(&id)
    };
    let on_keydown = {
        let id = id.clone();
        move |ev: KeyboardEvent| {
            if let Some(to) = next_focus(&shown.in_order(), Some(&id), &ev.key()) {
                ev.prevent_default();
                focused.set(Some(to.to_string()));
                platform::dom::focus(&dom_ids::event_tab(to));
            }
        }
    };
    let on_click = {
        let id = id.clone();
        move |_| {
            focused.set(Some(id.clone()));
            selection.pick_event(&id);
        }
    };
    let on_focus = {
        let id = id.clone();
        move |_| focused.set(Some(id.clone()))
    };
    view! {
        <button type="button" role="tab" id=dom_ids::event_tab(&id) class="timeline-event"
            data-testid="timeline-event" data-event-id=id
            aria-selected=move || is_selected.get().to_string() aria-controls=dom_ids::EVENT_DETAIL
            tabindex=move || if tab_stop.selected(&key) { "0" } else { "-1" }
            class:is-related=is_related class:is-dimmed=is_dimmed hidden=move || !is_shown()
            on:click=on_click on:focus=on_focus on:keydown=on_keydown>
            {children()}
        </button>
    }
}
