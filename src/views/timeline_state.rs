//! The timeline's own state, apart from the page's: which events it shows, where its one tab
//! stop is (the WAI-ARIA tabs pattern), and its zoom level.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::StoryIndex;
use crate::state::Selection;

/// The zoom level the page is rendered at (an axis 940 px wide), before the reader's bundle
/// picks the one that fits the screen.
pub const DEFAULT_ZOOM: usize = 1;

/// Which events the timeline shows: all, unless the reader asked for the picked issue's only,
/// or find narrows them.
#[derive(Clone)]
pub struct ShownEvents {
    index: Arc<StoryIndex>,
    selection: ReadSignal<Selection>,
    pub only_related: RwSignal<bool>,
    /// Whether find leaves each event shown (`Verdicts::events`).
    found: Arc<[RwSignal<bool>]>,
}

impl ShownEvents {
    /// Whether `event` is shown (tracked).
    pub fn contains(&self, event: &str) -> bool {
        self.contains_at(self.index.events.iter().position(|e| e.id == event), event)
    }

    /// Whether `event`, at `at` in date order, is shown (tracked).
    pub fn contains_at(&self, at: Option<usize>, event: &str) -> bool {
        let related = !self.only_related.get()
            || self.selection.with(|s| s.issue.as_deref().is_none_or(|issue| self.index.are_related(issue, event)));
        related && at.and_then(|at| self.found.get(at)).is_none_or(|found| found.get())
    }

    /// Whether each event is shown, in date order (tracked), for what counts them (a cluster's
    /// label).
    pub fn all(&self) -> Vec<bool> {
        self.index.events.iter().enumerate().map(|(at, e)| self.contains_at(Some(at), &e.id)).collect()
    }

    /// The shown events in date order (untracked, for keyboard handlers).
    pub fn in_order(&self) -> Vec<&str> {
        untrack(|| {
            self.index
                .events
                .iter()
                .enumerate()
                .filter(|(at, e)| self.contains_at(Some(*at), &e.id))
                .map(|(_, e)| e.id.as_str())
                .collect()
        })
    }
}

#[derive(Clone)]
pub struct TimelineState {
    pub shown: ShownEvents,
    /// The marker that last had the focus.
    pub focused: RwSignal<Option<String>>,
    /// The same, keyed on it, so a move wakes only what it comes to or leaves.
    pub focus: Selector<Option<String>>,
    /// The one tab stop: the focused event, else the picked one, else the first shown.
    pub tab_stop: Selector<Option<String>>,
    /// The zoom level, 0 to `ZOOM_LEVELS - 1` (`?zoom=`).
    pub zoom: RwSignal<usize>,
}

pub fn provide_timeline_state(index: Arc<StoryIndex>, selection: ReadSignal<Selection>, found: Arc<[RwSignal<bool>]>) {
    let shown = ShownEvents { index, selection, only_related: RwSignal::new(false), found };
    let focused = RwSignal::new(None::<String>);
    let tab_stop = {
        let shown = shown.clone();
        move || {
            let is_shown = |id: &String| shown.contains(id);
            focused.get().filter(is_shown).or_else(|| selection.with(|s| s.event.clone()).filter(is_shown)).or_else(
                || {
                    shown
                        .index
                        .events
                        .iter()
                        .enumerate()
                        .find(|(at, e)| shown.contains_at(Some(*at), &e.id))
                        .map(|(_, e)| e.id.clone())
                },
            )
        }
    };
    let zoom = RwSignal::new(DEFAULT_ZOOM);
    let focus = Selector::new(move || focused.get());
    provide_context(TimelineState { shown, focused, focus, tab_stop: Selector::new(tab_stop), zoom });
}

pub fn use_timeline_state() -> TimelineState {
    expect_context::<TimelineState>()
}
