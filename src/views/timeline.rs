use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::event_detail::EventDetail;
use super::story::{use_selection, use_set_selection, use_story};
use crate::model::{css_fraction, DateSpan, PlacedEvent};
use crate::platform;
use crate::state::next_focus;

/// Events on a real date axis (horizontal on wide screens, a dated list on phones), as a
/// WAI-ARIA tab list with manual activation: one tab stop, arrows move, Enter or Space selects.
#[component]
pub fn Timeline() -> impl IntoView {
    let story = use_story();
    let selection = use_selection();
    let (only_related, set_only_related) = signal(false);
    let focused = RwSignal::new(None::<String>);

    // Dimmed, not hidden, unless the reader asks for only the related events.
    let relation = {
        let story = story.clone();
        Memo::new(move |_| {
            selection.with(|s| {
                let issue = story.data.issue(s.issue.as_deref()?)?;
                // Membership is all that is asked of it, so no date sort.
                Some(
                    story
                        .data
                        .events
                        .iter()
                        .filter(|e| story.data.are_related(issue, e))
                        .map(|e| e.id.clone())
                        .collect::<Vec<_>>(),
                )
            })
        })
    };
    let is_shown = move |id: &str| {
        !only_related.get() || relation.with(|r| r.as_ref().is_none_or(|ids| ids.iter().any(|e| e == id)))
    };

    let ids: Vec<String> = story.layout.events.iter().map(|e| e.id.clone()).collect();
    // The tab stop: the focused event, else the selected one, else the first shown.
    let tab_stop = {
        let ids = ids.clone();
        Memo::new(move |_| {
            focused
                .get()
                .filter(|id| is_shown(id))
                .or_else(|| selection.with(|s| s.event.clone()).filter(|id| is_shown(id)))
                .or_else(|| ids.iter().find(|id| is_shown(id)).cloned())
        })
    };
    // Selectors wake only the markers whose state changes, not all of them, on each step. A
    // signal read by every marker would instead make each change cost the square of their
    // number: every re-run unsubscribes from a list as long as the timeline.
    let picked = Selector::new(move || selection.with(|s| s.event.clone()));
    let picked_issue = Selector::new(move || selection.with(|s| s.issue.clone()));
    // Whether any issue is picked is one class on the list; CSS dims the unrelated markers.
    let has_issue = move || selection.with(|s| s.issue.is_some());
    let stop = Selector::new(move || tab_stop.get());
    let on_keydown = {
        let ids = ids.clone();
        move |ev: KeyboardEvent| {
            let visible: Vec<&str> = ids.iter().map(String::as_str).filter(|id| is_shown(id)).collect();
            let current = tab_stop.get_untracked();
            if let Some(to) = next_focus(&visible, current.as_deref(), &ev.key()) {
                ev.prevent_default();
                focused.set(Some(to.to_string()));
                platform::dom::focus(&marker_dom_id(to));
            }
        }
    };

    let layout = &story.layout;
    let lanes = layout.lanes.max(1);
    let issue_title = {
        let story = story.clone();
        Memo::new(move |_| {
            selection.with(|s| s.issue.as_deref().and_then(|id| story.data.issue(id)).map(|i| i.title.clone()))
        })
    };

    view! {
        <section class="timeline" data-testid="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">"The road to the meeting, and after"</h2>
            <p class="section-hint" id="timeline-help">
                "Pick an event for its details. With the keyboard: Tab to the events, arrow keys to move, Enter to open."
            </p>
            <div class="timeline-filter" hidden=move || issue_title.with(Option::is_none)>
                <label>
                    <input type="checkbox" data-testid="only-related"
                        prop:checked=only_related on:change=move |ev| set_only_related.set(event_target_checked(&ev))/>
                    " Show only events related to " {issue_title}
                </label>
            </div>
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
                <div class="timeline-events" role="tablist" aria-label="Events in date order"
                    aria-describedby="timeline-help" class:has-issue=has_issue on:keydown=on_keydown>
                    {layout.events.iter().map(|placed| view! {
                        <Marker placed=placed.clone() picked=picked.clone() stop=stop.clone() picked_issue=picked_issue.clone()
                            focused shown=Signal::derive({
                            let id = placed.id.clone();
                            move || is_shown(&id)
                        })/>
                    }).collect_view()}
                </div>
            </div>
            <EventDetail/>
        </section>
    }
}

pub fn marker_dom_id(event_id: &str) -> String {
    format!("event-tab-{event_id}")
}

#[component]
fn Marker(
    placed: PlacedEvent,
    picked: Selector<Option<String>>,
    stop: Selector<Option<String>>,
    picked_issue: Selector<Option<String>>,
    focused: RwSignal<Option<String>>,
    shown: Signal<bool>,
) -> Option<impl IntoView> {
    let story = use_story();
    let set_selection = use_set_selection();
    let event = story.data.event(&placed.id)?;
    let id = placed.id.clone();
    let is_key = DateSpan::parse(&story.data.meta.key_date.date).is_ok_and(|key| placed.span.contains(&key));
    let era_label =
        placed.era.as_deref().and_then(|era| story.data.eras.iter().find(|e| e.id == era)).map(|e| e.label.clone());
    let key = Some(id.clone());
    let is_selected = {
        let key = key.clone();
        Memo::new(move |_| picked.selected(&key))
    };
    let related_issues: Vec<Option<String>> =
        story.data.issues_for_event(&id).into_iter().map(|issue| Some(issue.id.clone())).collect();
    let is_related = move || related_issues.iter().any(|issue| picked_issue.selected(issue));
    let is_tab_stop = move || stop.selected(&key);
    let on_click = {
        let id = id.clone();
        move |_| {
            focused.set(Some(id.clone()));
            set_selection.update(|s| *s = s.with_event(&id));
        }
    };
    Some(view! {
        <button type="button" role="tab" id=marker_dom_id(&id)
            class=format!("timeline-event kind-{}", event.kind.label().to_lowercase())
            data-testid="timeline-event" data-event-id=id.clone()
            aria-selected=move || is_selected.get().to_string() aria-controls="event-detail"
            tabindex=move || if is_tab_stop() { "0" } else { "-1" }
            class:is-related=is_related class:is-key=is_key class:is-late=(placed.x > 0.6) hidden=move || !shown.get()
            style=format!("--x: {}; --lane: {}", css_fraction(placed.x), placed.lane)
            on:click=on_click on:focus=move |_| focused.set(Some(id.clone()))>
            <span class="timeline-dot" aria-hidden="true"></span>
            <time datetime=placed.span.iso_start()>{placed.span.to_string()}</time>
            <span class="timeline-title">{event.title.clone()}</span>
            {era_label.map(|label| view! { <span class="timeline-era-tag">{label}</span> })}
        </button>
    })
}
