use leptos::ev::{KeyboardEvent, MouseEvent, TouchEvent, WheelEvent};
use leptos::prelude::*;

use super::address::{keep_in_address, location_query};
use super::cluster_counts::{count_clusters, DATES_ATTR, MEMBERS_ATTR};
use super::context::use_story;
use super::dom_ids;
use super::event_detail::{EventBody, EventDetail, EventPane};
use super::island_key::{keyed, use_island_key};
use super::shared::{any_picked, has_issue, use_selection_writer, use_shared};
use super::timeline_state::{use_timeline_state, TimelineState};
use super::words::{strings, LiveStrings};
use crate::model::{css_fraction, css_fraction_fine, Event, EventKind, PlacedEvent, Precision, TickLabel, ZOOM_LEVELS};
use crate::platform;
use crate::state::{next_focus, with_zoom, Pinch, Selection, LEVEL_NAMES};

/// Events on a real date axis (horizontal on wide screens, a dated list on phones), as a
/// WAI-ARIA tab list with manual activation: one tab stop, arrows move, Enter or Space selects.
/// On the axis, each event whose title fits shows it; where they are too close for that, one
/// labelled cluster stands for them, and a click on it zooms in until their titles show.
#[component]
pub fn Timeline() -> impl IntoView {
    let story = use_story();
    let layout = story.layout();
    let key_date = story.dates().key;
    let t = strings();
    // Each placed event with its text, looked up once for its marker and its pane.
    let events: Vec<(PlacedEvent, Event)> = layout
        .events
        .iter()
        .filter_map(|placed| Some((placed.clone(), story.data().event(&placed.id)?.clone())))
        .collect();
    let axis = view! {
                <div class="timeline-eras" aria-hidden="true">
                    {layout.eras.iter().map(|era| view! {
                        <div class=format!("timeline-era from-z{}", era.level)
                            style=format!("--x0: {}; --x1: {}", css_fraction_fine(era.x0), css_fraction_fine(era.x1))>
                            <span>{era.label.clone()}</span>
                        </div>
                    }).collect_view()}
                    {layout.ticks.iter().map(|tick| view! {
                        <span class=format!("timeline-tick from-z{}", tick.level)
                            style=format!("--x: {}", css_fraction(tick.x))>{t.tick(tick.label)}</span>
                    }).collect_view()}
                    {layout.key_x.map(|x| view! {
                        <div class="timeline-key" style=format!("--x: {}", css_fraction_fine(x))>
                            <span>{story.data().meta.key_date.as_ref().map(|k| k.label.clone())}</span>
                        </div>
                    })}
                </div>
                <div class="timeline-clusters">
                    {layout.clusters.iter().map(|cluster| {
                        let count = cluster.last - cluster.first + 1;
                        let dates = t.date(&cluster.span);
                        let label = LiveStrings::for_language(t.language).cluster(count, &dates);
                        let first = layout.events[cluster.first].id.clone();
                        let members = format!("{} {}", cluster.first, cluster.last);
                        let style = format!("--x: {}; --lane: {}", css_fraction_fine(cluster.x0), cluster.lane);
                        // Its label is counted anew as find or "only related" hides some of its
                        // events (`cluster_counts.rs`, from its members and dates).
                        let button = view! {
                            <button type="button" class="timeline-cluster" data-testid="timeline-cluster">
                                <span>{label}</span><span class="sr-only">{t.cluster_action}</span>
                            </button>
                        }
                        .attr(ZOOM_TO_ATTR, LEVEL_NAMES[cluster.opens_at.min(ZOOM_LEVELS - 1)])
                        .attr(FIRST_ATTR, first)
                        .attr(MEMBERS_ATTR, members)
                        .attr(DATES_ATTR, dates);
                        view! {
                            <span class=format!("timeline-cluster-slot z{}", cluster.level) style=style>{button}</span>
                        }
                    }).collect_view()}
                </div>
                <div class="timeline-events" role="tablist" aria-label={t.timeline_events} aria-describedby="timeline-help">
                    {events.iter().filter(|(placed, _)| placed.lanes[DEEPEST].is_some()).scan(None, |last_month, (placed, event)| {
                        let is_key = key_date.is_some_and(|key| placed.span.contains(&key));
                        // The phone list's sticky month heading, before the first event of each
                        // month (of each year, for an event known only to the year).
                        let start = placed.span.start;
                        let (heading, label) = match placed.span.precision {
                            Precision::Year => ((start.year, 0), TickLabel::Year(start.year)),
                            _ => ((start.year, start.month), TickLabel::MonthOfYear { month: start.month, year: start.year }),
                        };
                        let month = (*last_month != Some(heading)).then(|| t.tick(label));
                        *last_month = Some(heading);
                        Some(view! { <MarkerFor placed=placed.clone() event=event.clone() is_key month/> })
                    }).collect_view()}
                    // Events too many for one day's lanes even at the deepest zoom: one tab each
                    // group, showing one event at a time (the DOM stays bounded at any scale).
                    {layout.clusters_at(DEEPEST).map(|atom| {
                        let key = format!("{} {}", layout.events[atom.first].id, layout.events[atom.last].id);
                        let date = t.date(&atom.span);
                        let clustered: String = (0..ZOOM_LEVELS).map(|l| format!(" c{l}")).collect();
                        view! {
                            <span class=format!("timeline-slot timeline-atom{clustered}") style=format!("--x: {}", css_fraction_fine(atom.x0))>
                                {keyed(key, move || view! { <AtomTab><span class="timeline-date">{date}</span></AtomTab> })}
                            </span>
                        }
                    }).collect_view()}
                </div>
    };
    let key_event = key_date.and_then(|key| layout.events.iter().find(|e| e.span.contains(&key))).map(|e| e.id.clone());
    view! {
        <section class="timeline" data-testid="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{if key_date.is_some() { t.timeline_heading } else { t.timeline_heading_plain }}</h2>
            <p class="section-hint" id="timeline-help">{t.timeline_hint}</p>
            <OnlyRelated/>
            {key_event.map(|id| view! {
                <p class="timeline-tools">
                    <a class="timeline-jump" href=format!("#{}", dom_ids::event_tab(&id)) data-testid="timeline-jump">{t.jump_to_key}</a>
                </p>
            })}
            <TimelineAxis>
                {axis}
            </TimelineAxis>
            <EventDetail>
                {events.into_iter().map(|(placed, event)| view! {
                    <EventPane id=event.id.clone()><EventBody event span=placed.span/></EventPane>
                }).collect_view()}
            </EventDetail>
        </section>
    }
}

/// The axis, scrolled sideways when zoomed in, and its zoom buttons. It carries the zoom level
/// for CSS (which lane each title takes, which clusters and ticks show), and zooms with the
/// buttons, with `+` and `-` on the focused timeline, with ctrl+wheel (a trackpad's pinch) and
/// with two fingers on a touch screen; the picked or focused event stays in view. A cluster's
/// label (static, `data-zoom-to` and `data-first`) zooms in to where each of its events shows
/// its title, and moves the focus to its first; it counts only the events shown now.
#[island]
fn TimelineAxis(children: Children) -> impl IntoView {
    let TimelineState { zoom, focused, shown, .. } = use_timeline_state();
    let zoomer = Zoomer::new();
    let words = use_shared().words();
    count_clusters(shown, words);
    // Two fingers: a level per step of their spread (`state::Pinch`). CSS leaves the pinch over
    // the timeline to this (`touch-action`), so the page itself does not zoom under it. Its
    // first move sets where it starts, and a lifted finger ends it: two listeners, not four, in
    // the reader's bundle.
    let pinch = std::rc::Rc::new(std::cell::Cell::new(Pinch::default()));
    let on_touch = move |ev: TouchEvent| {
        let touches = ev.touches();
        let mut now = pinch.get();
        if let (Some(a), Some(b)) = (touches.item(0), touches.item(1)) {
            let (dx, dy) = (f64::from(a.client_x() - b.client_x()), f64::from(a.client_y() - b.client_y()));
            let by = now.moved((dx * dx + dy * dy).sqrt());
            if by != 0 {
                zoomer.by(by);
            }
        } else {
            now.end();
        }
        pinch.set(now);
    };
    let on_keydown = move |ev: KeyboardEvent| {
        let by = match ev.key().as_str() {
            "+" | "=" => 1,
            "-" | "_" => -1,
            _ => return,
        };
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        zoomer.by(by);
    };
    let on_wheel = move |ev: WheelEvent| {
        if ev.ctrl_key() && ev.delta_y() != 0.0 {
            ev.prevent_default();
            zoomer.by(if ev.delta_y() < 0.0 { 1 } else { -1 });
        }
    };
    let on_click = move |ev: MouseEvent| {
        let level = platform::dom::closest_attribute(ev.target(), ZOOM_TO_ATTR);
        let Some(level) = level.and_then(|l| LEVEL_NAMES.iter().position(|name| *name == l)) else { return };
        let Some(first) = platform::dom::closest_attribute(ev.target(), FIRST_ATTR) else { return };
        zoomer.to(level, Some(first.clone()));
        move_focus(focused, &first);
    };
    let at_least = move || zoom.get() == 0;
    let at_most = move || zoom.get() + 1 >= ZOOM_LEVELS;
    view! {
        <div class="timeline-zoom" role="group" aria-label=words.zoom_label>
            <button type="button" data-testid="timeline-zoom-out" aria-label=words.zoom_out
                disabled=at_least on:click=move |_| zoomer.by(-1)>"−"</button>
            <button type="button" data-testid="timeline-zoom-in" aria-label=words.zoom_in
                disabled=at_most on:click=move |_| zoomer.by(1)>"+"</button>
        </div>
        <div class="timeline-scroller" id=dom_ids::TIMELINE_SCROLLER on:keydown=on_keydown on:wheel=on_wheel on:click=on_click
            on:touchmove=on_touch.clone() on:touchend=on_touch>
            <div class="timeline-axis" data-testid="timeline-axis" data-zoom=move || LEVEL_NAMES[zoom.get().min(ZOOM_LEVELS - 1)]>
                {children()}
            </div>
        </div>
    }
}

/// On a cluster: the level at which its events show apart, and its first event.
const ZOOM_TO_ATTR: &str = "data-zoom-to";
const FIRST_ATTR: &str = "data-first";

/// Zooms the timeline, keeping in view the picked or focused event, else the middle of what was
/// shown before.
#[derive(Clone, Copy)]
pub(super) struct Zoomer {
    zoom: RwSignal<usize>,
    focused: RwSignal<Option<String>>,
    selection: ReadSignal<Selection>,
}

impl Zoomer {
    pub(super) fn new() -> Self {
        let TimelineState { zoom, focused, .. } = use_timeline_state();
        Self { zoom, focused, selection: use_shared().selection }
    }

    /// By `by` levels, within bounds.
    pub(super) fn by(self, by: isize) {
        let to = self.zoom.get_untracked().saturating_add_signed(by).min(ZOOM_LEVELS - 1);
        self.to(to, None);
    }

    /// To `level`, then brings `anchor` into view (an event), else the picked or focused one.
    pub(super) fn to(self, level: usize, anchor: Option<String>) {
        let picked = self.selection.with_untracked(|s| s.event.clone());
        let anchor = anchor.or(picked).or_else(|| self.focused.get_untracked());
        let middle = platform::dom::scroll_middle(dom_ids::TIMELINE_SCROLLER);
        let level = level.min(ZOOM_LEVELS - 1);
        self.zoom.set(level);
        keep_in_address(&with_zoom(&location_query(), level));
        request_animation_frame(move || match (anchor, middle) {
            (Some(id), _) => platform::dom::scroll_into_view_inline(&dom_ids::event_tab(&id)),
            (None, Some(middle)) => platform::dom::set_scroll_middle(dom_ids::TIMELINE_SCROLLER, middle),
            (None, None) => {}
        });
    }
}

/// The control that narrows the timeline to the picked issue's events; shown while one is picked.
#[island]
fn OnlyRelated() -> impl IntoView {
    let shared = use_shared();
    let words = shared.words();
    let only_related = use_timeline_state().shown.only_related;
    let issue_title = Memo::new(move |_| shared.settled_issue_title());
    view! {
        <div class="timeline-filter" hidden=move || issue_title.with(Option::is_none)>
            <label>
                // Only this box sets the filter, so the box's own state is the truth.
                <input type="checkbox" data-testid="only-related"
                    on:change=move |ev| only_related.set(event_target_checked(&ev))/>
                {words.only_related} {issue_title}
            </label>
        </div>
    }
}

/// A marker's static parts: where it sits (its slot passes `--x` and `--lane` on to the tab), what
/// kind it is, and what it says.
#[component]
fn MarkerFor(placed: PlacedEvent, event: Event, is_key: bool, month: Option<String>) -> impl IntoView {
    let story = use_story();
    let (title, kind) = (event.title, event.kind.map_or("", kind_class));
    let era_label =
        placed.era.as_deref().and_then(|era| story.data().eras.iter().find(|e| e.id == era)).map(|e| e.label.clone());
    let flags = [if is_key { " is-key" } else { "" }, if placed.x > 0.6 { " is-late" } else { "" }];
    // Per zoom level: its title's lane (`--l3:2`), or in a cluster there (class `c3`). Lane 0 is
    // the CSS's fallback (`var(--l3, 0)`), so it is left out: most titles sit in lane 0 at most
    // levels, and ten properties on each of 40 markers were 175 bytes gzip of the Chinese page.
    let clustered: String = (0..ZOOM_LEVELS).filter(|l| placed.lanes[*l].is_none()).map(|l| format!(" c{l}")).collect();
    let lanes: String = placed
        .lanes
        .iter()
        .enumerate()
        .filter_map(|(l, lane)| (*lane).filter(|lane| *lane != 0).map(|lane| format!(";--l{l}:{lane}")))
        .collect();
    let class = format!("timeline-slot {kind}{}{clustered}", flags.concat());
    let style = format!("--x:{}{lanes}", css_fraction_fine(placed.x));
    // Where its title shows, level by level, for a deep link to open at one of them.
    let shows: String = placed.lanes.iter().map(|lane| if lane.is_some() { '1' } else { '0' }).collect();
    let marker = keyed(placed.id.clone(), move || {
        view! {
            <Marker>
                <time datetime=placed.span.iso_start()>{strings().date(&placed.span)}</time>
                <span class="timeline-title">{title}</span>
                {era_label.map(|label| view! { <span class="timeline-era-tag">{label}</span> })}
            </Marker>
        }
    });
    // Hidden from assistive technology, which has each event's date: only tabs in a tab list.
    let month = month.map(|month| view! { <span class="timeline-month" aria-hidden="true">{month}</span> });
    view! { <span class=class style=style data-shows=shows>{month}{marker}</span> }
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
    let TimelineState { shown, focused, tab_stop, .. } = use_timeline_state();
    let at = shared.index.events.iter().position(|e| e.id == id);
    let key = Some(id.clone());
    let (picked_event, picked_issue) = (shared.picked_event.clone(), shared.settled_issue.clone());
    let is_selected = {
        let key = key.clone();
        Memo::new(move |_| picked_event.selected(&key))
    };
    let related_issues = shared.index.event(&id).map(|e| e.related.clone()).unwrap_or_default();
    let is_related = {
        let is_related = any_picked(picked_issue.clone(), related_issues);
        Memo::new(move |_| is_related())
    };
    // Dimmed, not hidden, while another issue is picked.
    let is_dimmed = move || has_issue(&picked_issue) && !is_related.get();
    let is_shown = {
        let (shown, id) = (shown.clone(), id.clone());
        move || shown.contains_at(at, &id)
    };
    let on_keydown = {
        let id = id.clone();
        move |ev: KeyboardEvent| {
            if let Some(to) = next_focus(|| shown.in_order(), Some(&id), &ev.key()) {
                ev.prevent_default();
                move_focus(focused, to);
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

/// Moves the timeline's focus to the event `to`: at once to its marker, or, for an event shown
/// by a group's tab (`AtomTab`), once that tab shows it.
fn move_focus(focused: RwSignal<Option<String>>, to: &str) {
    focused.set(Some(to.to_string()));
    let tab = dom_ids::event_tab(to);
    if !platform::dom::focus(&tab) {
        request_animation_frame(move || {
            platform::dom::focus(&tab);
        });
    }
}

/// The deepest zoom level: a cluster there is a group of events no zoom separates.
const DEEPEST: usize = ZOOM_LEVELS - 1;

/// One tab for a group of events no zoom level separates (a hundred on one day): it shows one of
/// them at a time, the focused one, else the picked one, else the first, and, as any marker,
/// related or dimmed while an issue is picked; the arrow keys step through them in date order as
/// through any others. Its key is the first and last event's ids. Its date (its children, static)
/// is its events' span: their date, as events no zoom separates share their day but on a story
/// of decades (a day narrower than a title's slot at the deepest zoom), where it is the days
/// they cover. Read from each event's pane instead, it cost the first-load budget a kilobyte.
#[island]
fn AtomTab(children: Children) -> impl IntoView {
    let key = use_island_key();
    let shared = use_shared();
    let selection = use_selection_writer();
    let TimelineState { shown, focused, focus, tab_stop, .. } = use_timeline_state();
    let index = shared.index.clone();
    let (first, last) = key.split_once(' ').unwrap_or((&key, &key));
    let at = |id: &str| index.events.iter().position(|e| e.id == id);
    let range = at(first).zip(at(last)).map_or(0..0, |(a, b)| a..b + 1);
    let members: Vec<(usize, String)> = range.map(|i| (i, index.events[i].id.clone())).collect();
    let ids: Vec<String> = members.iter().map(|(_, id)| id.clone()).collect();
    let (picked, picked_event) = (shared.selection, shared.picked_event);
    // Woken only by a focus or a pick that comes to or leaves its own events (the keyed
    // selectors), not by every one: a story of thousands of events has dozens of these tabs
    // of a hundred events each, and each wake walks its events.
    let (focused_here, picked_here) = (any_picked(focus, ids.clone()), any_picked(picked_event.clone(), ids));
    let current = {
        let shown = shown.clone();
        Memo::new(move |_| {
            let showing = |id: &String| members.iter().any(|(at, m)| m == id && shown.contains_at(Some(*at), m));
            focused_here()
                .then(|| focused.get_untracked())
                .flatten()
                .filter(showing)
                .or_else(|| picked_here().then(|| picked.with_untracked(|s| s.event.clone())).flatten().filter(showing))
                .or_else(|| members.iter().find(|(at, m)| shown.contains_at(Some(*at), m)).map(|(_, m)| m.clone()))
        })
    };
    // Related to the picked issue, or dimmed while another is picked, as a marker is.
    let is_related = {
        let (index, picked_issue) = (index.clone(), shared.settled_issue.clone());
        move || {
            current.with(|id| {
                let related =
                    id.as_deref().and_then(|id| index.event(id)).map(|e| e.related.as_slice()).unwrap_or_default();
                related.iter().any(|issue| picked_issue.selected(&Some(issue.clone())))
            })
        }
    };
    let is_dimmed = {
        let (is_related, picked_issue) = (is_related.clone(), shared.settled_issue.clone());
        move || has_issue(&picked_issue) && !is_related()
    };
    let title = move || current.with(|id| id.as_deref().and_then(|id| index.event(id)).map(|e| e.title.clone()));
    let on_keydown = move |ev: KeyboardEvent| {
        let Some(id) = current.get_untracked() else { return };
        if let Some(to) = next_focus(|| shown.in_order(), Some(&id), &ev.key()) {
            ev.prevent_default();
            move_focus(focused, to);
        }
    };
    let on_click = move |_| {
        if let Some(id) = current.get_untracked() {
            focused.set(Some(id.clone()));
            selection.pick_event(&id);
        }
    };
    view! {
        <button type="button" role="tab" class="timeline-event" data-testid="timeline-event"
            id=move || current.get().map(|id| dom_ids::event_tab(&id)) data-event-id=move || current.get()
            aria-selected=move || picked_event.selected(&current.get()).to_string() aria-controls=dom_ids::EVENT_DETAIL
            tabindex=move || if tab_stop.selected(&current.get()) { "0" } else { "-1" }
            class:is-related=is_related class:is-dimmed=is_dimmed hidden=move || current.with(Option::is_none)
            on:click=on_click on:focus=move |_| focused.set(current.get_untracked()) on:keydown=on_keydown>
            {children()}
            <span class="timeline-title">{title}</span>
        </button>
    }
}
