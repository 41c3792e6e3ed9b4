use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::context::{any_picked, use_set_selection, use_shared, use_story};
use super::event_detail::{EventBody, EventDetail, EventPane};
use super::island_key::{keyed, use_island_key};
use crate::model::{css_fraction, DateSpan, Event, PlacedEvent};
use crate::platform;
use crate::state::next_focus;

/// Events on a real date axis (horizontal on wide screens, a dated list on phones), as a
/// WAI-ARIA tab list with manual activation: one tab stop, arrows move, Enter or Space selects.
#[component]
pub fn Timeline() -> impl IntoView {
    let story = use_story();
    let layout = &story.layout;
    let lanes = layout.lanes.max(1);
    let key_date = DateSpan::parse(&story.data.meta.key_date.date).ok();
    // Each placed event with its text, looked up once for its marker and its pane.
    let events: Vec<(PlacedEvent, Event)> = layout
        .events
        .iter()
        .filter_map(|placed| Some((placed.clone(), story.data.event(&placed.id)?.clone())))
        .collect();
    view! {
        <section class="timeline" data-testid="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">"The road to the meeting, and after"</h2>
            <p class="section-hint" id="timeline-help">
                "Pick an event for its details. With the keyboard: Tab to the events, arrow keys to move, Enter to open."
            </p>
            <OnlyRelated/>
            <div class="timeline-axis" style=format!("--lanes: {lanes}")>
                <div class="timeline-eras" aria-hidden="true">
                    {layout.eras.iter().map(|era| view! {
                        <div class="timeline-era" style=format!("--x0: {}; --x1: {}", css_fraction(era.x0), css_fraction(era.x1))>
                            <span>{era.label.clone()}</span>
                        </div>
                    }).collect_view()}
                    {layout.ticks.iter().map(|t| view! {
                        <span class="timeline-tick" style=format!("--x: {}", css_fraction(t.x))>{t.label.clone()}</span>
                    }).collect_view()}
                    {layout.key_x.map(|x| view! {
                        <div class="timeline-key" style=format!("--x: {}", css_fraction(x))>
                            <span>{story.data.meta.key_date.label.clone()}</span>
                        </div>
                    })}
                </div>
                <div class="timeline-events" role="tablist" aria-label="Events in date order" aria-describedby="timeline-help">
                    {events.iter().map(|(placed, event)| {
                        let is_key = key_date.as_ref().is_some_and(|key| placed.span.contains(key));
                        view! { <MarkerFor placed=placed.clone() event=event.clone() is_key/> }
                    }).collect_view()}
                </div>
            </div>
            <EventDetail>
                {events.into_iter().map(|(_, event)| view! {
                    {keyed(event.id.clone(), || view! { <EventPane><EventBody event/></EventPane> })}
                }).collect_view()}
            </EventDetail>
        </section>
    }
}

/// The control that narrows the timeline to the picked issue's events; shown while one is picked.
#[island]
fn OnlyRelated() -> impl IntoView {
    let shared = use_shared();
    let only_related = shared.only_related;
    let issue_title = Memo::new(move |_| shared.picked_issue_title());
    view! {
        <div class="timeline-filter" hidden=move || issue_title.with(Option::is_none)>
            <label>
                // Only this box sets the filter, so the box's own state is the truth.
                <input type="checkbox" data-testid="only-related"
                    on:change=move |ev| only_related.set(event_target_checked(&ev))/>
                " Show only events related to " {issue_title}
            </label>
        </div>
    }
}

pub fn marker_dom_id(event_id: &str) -> String {
    format!("event-tab-{event_id}")
}

/// A marker's static parts: where it sits (its slot passes `--x` and `--lane` on to the tab), what
/// kind it is, and what it says.
#[component]
fn MarkerFor(placed: PlacedEvent, event: Event, is_key: bool) -> impl IntoView {
    let story = use_story();
    let (title, kind) = (event.title, event.kind.label().to_lowercase());
    let era_label =
        placed.era.as_deref().and_then(|era| story.data.eras.iter().find(|e| e.id == era)).map(|e| e.label.clone());
    let flags = [if is_key { " is-key" } else { "" }, if placed.x > 0.6 { " is-late" } else { "" }];
    let class = format!("timeline-slot kind-{kind}{}", flags.concat());
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

/// One event's tab: picked by click, Enter or Space; arrows, Home and End move the focus.
#[island]
fn Marker(children: Children) -> impl IntoView {
    let id = use_island_key("data-event-id");
    let shared = use_shared();
    let set_selection = use_set_selection();
    let key = Some(id.clone());
    let (picked_event, picked_issue, tab_stop, focused) =
        (shared.picked_event.clone(), shared.picked_issue.clone(), shared.tab_stop.clone(), shared.focused);
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
        let (shared, id) = (shared.clone(), id.clone());
        move || shared.is_shown(&id)
    };
    let on_keydown = {
        let id = id.clone();
        move |ev: KeyboardEvent| {
            let shown = shared.shown_events();
            if let Some(to) = next_focus(&shown, Some(&id), &ev.key()) {
                ev.prevent_default();
                focused.set(Some(to.to_string()));
                platform::dom::focus(&marker_dom_id(to));
            }
        }
    };
    let on_click = {
        let id = id.clone();
        move |_| {
            focused.set(Some(id.clone()));
            set_selection.update(|s| *s = s.with_event(&id));
        }
    };
    let on_focus = {
        let id = id.clone();
        move |_| focused.set(Some(id.clone()))
    };
    view! {
        <button type="button" role="tab" id=marker_dom_id(&id) class="timeline-event"
            data-testid="timeline-event" data-event-id=id
            aria-selected=move || is_selected.get().to_string() aria-controls="event-detail"
            tabindex=move || if tab_stop.selected(&key) { "0" } else { "-1" }
            class:is-related=is_related class:is-dimmed=is_dimmed hidden=move || !is_shown()
            on:click=on_click on:focus=on_focus on:keydown=on_keydown>
            {children()}
        </button>
    }
}
