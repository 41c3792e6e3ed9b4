//! The timeline's own state, apart from the page's: which events it shows, and where its one
//! tab stop is (the WAI-ARIA tabs pattern).

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::StoryIndex;
use crate::state::Selection;

/// Which events the timeline shows: all, unless the reader asked for the picked issue's only.
#[derive(Clone)]
pub struct ShownEvents {
    index: Arc<StoryIndex>,
    selection: ReadSignal<Selection>,
    pub only_related: RwSignal<bool>,
}

impl ShownEvents {
    /// Whether `event` is shown (tracked).
    pub fn contains(&self, event: &str) -> bool {
        !self.only_related.get()
            || self.selection.with(|s| s.issue.as_deref().is_none_or(|issue| self.index.are_related(issue, event)))
    }

    /// The shown events in date order (untracked, for keyboard handlers).
    pub fn in_order(&self) -> Vec<&str> {
        untrack(|| self.index.events.iter().filter(|e| self.contains(&e.id)).map(|e| e.id.as_str()).collect())
    }
}

#[derive(Clone)]
pub struct TimelineState {
    pub shown: ShownEvents,
    /// The marker that last had the focus.
    pub focused: RwSignal<Option<String>>,
    /// The one tab stop: the focused event, else the picked one, else the first shown.
    pub tab_stop: Selector<Option<String>>,
}

pub fn provide_timeline_state(index: Arc<StoryIndex>, selection: ReadSignal<Selection>) {
    let shown = ShownEvents { index, selection, only_related: RwSignal::new(false) };
    let focused = RwSignal::new(None::<String>);
    let tab_stop = {
        let shown = shown.clone();
        move || {
            let is_shown = |id: &String| shown.contains(id);
            focused
                .get()
                .filter(is_shown)
                .or_else(|| selection.with(|s| s.event.clone()).filter(is_shown))
                .or_else(|| shown.index.events.iter().map(|e| e.id.clone()).find(is_shown))
        }
    };
    provide_context(TimelineState { shown, focused, tab_stop: Selector::new(tab_stop) });
}

pub fn use_timeline_state() -> TimelineState {
    expect_context::<TimelineState>()
}
