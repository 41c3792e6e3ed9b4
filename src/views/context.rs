//! What the views share. Static components read the whole [`Story`]; islands, which also run in
//! the reader's bundle, read only [`Shared`]: the story's index and the reader's selection.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::{Dataset, StoryIndex, TimelineLayout};
use crate::state::Selection;

/// A validated dataset with what is derived from it once, not on every render.
pub struct Story {
    pub data: Dataset,
    pub layout: TimelineLayout,
    pub index: Arc<StoryIndex>,
    /// Where the dataset was read from, for readers who want the data itself.
    pub data_url: String,
}

impl Story {
    pub fn new(data: Dataset, data_url: &str) -> Arc<Self> {
        let layout = TimelineLayout::new(&data);
        let index = Arc::new(StoryIndex::new(&data, &layout));
        Arc::new(Self { data, layout, index, data_url: data_url.to_string() })
    }
}

/// Only static components ask for it: the reader's bundle never carries the dataset.
pub fn use_story() -> Arc<Story> {
    expect_context::<Arc<Story>>()
}

/// The state every island reads. Islands hydrate one by one, each under the owner current when
/// it starts, so whoever hosts them provides this once on that owner: the page while it renders
/// to HTML, and each bundle before it hydrates.
#[derive(Clone)]
pub struct Shared {
    pub index: Arc<StoryIndex>,
    pub selection: ReadSignal<Selection>,
    /// Keyed on the picked ids, so a pick wakes only the items whose state changes. One signal
    /// read by every item would make each pick cost the square of their number.
    pub picked_issue: Selector<Option<String>>,
    pub picked_event: Selector<Option<String>>,
    pub has_issue: Memo<bool>,
    /// Why part of the URL was ignored, shown until dismissed.
    pub notice: RwSignal<Option<String>>,
    /// The timeline shows only the events related to the picked issue.
    pub only_related: RwSignal<bool>,
    /// The timeline marker that last had the focus.
    pub focused: RwSignal<Option<String>>,
    /// The timeline's one tab stop: the focused event, else the picked one, else the first shown.
    pub tab_stop: Selector<Option<String>>,
}

impl Shared {
    /// Whether the timeline shows `event` (tracked): all are shown unless the reader asked for
    /// only the picked issue's events.
    pub fn is_shown(&self, event: &str) -> bool {
        is_shown(&self.index, self.selection, self.only_related, event)
    }

    /// The events the timeline shows, in date order (untracked, for keyboard handlers).
    pub fn shown_events(&self) -> Vec<&str> {
        untrack(|| self.index.events.iter().filter(|e| self.is_shown(&e.id)).map(|e| e.id.as_str()).collect())
    }

    /// The picked issue's title (tracked), for what names the current view.
    pub fn picked_issue_title(&self) -> Option<String> {
        self.selection.with(|s| s.issue.as_deref().and_then(|id| self.index.issue(id)).map(|i| i.title.clone()))
    }
}

/// Whether any of `ids` is picked. Tracked through the keyed selector alone, so only a pick that
/// takes in or leaves one of them wakes the caller.
pub fn any_picked(picked: Selector<Option<String>>, ids: Vec<String>) -> impl Fn() -> bool + Clone + Send + Sync {
    let keys: Vec<Option<String>> = ids.into_iter().map(Some).collect();
    move || keys.iter().any(|key| picked.selected(key))
}

fn is_shown(index: &StoryIndex, selection: ReadSignal<Selection>, only_related: RwSignal<bool>, event: &str) -> bool {
    !only_related.get() || selection.with(|s| s.issue.as_deref().is_none_or(|issue| index.are_related(issue, event)))
}

pub fn provide_shared(index: Arc<StoryIndex>) {
    let (selection, set_selection) = signal(Selection::default());
    let focused = RwSignal::new(None::<String>);
    let only_related = RwSignal::new(false);
    let tab_stop = {
        let index = index.clone();
        move || {
            let shown = |id: &String| is_shown(&index, selection, only_related, id);
            focused
                .get()
                .filter(shown)
                .or_else(|| selection.with(|s| s.event.clone()).filter(shown))
                .or_else(|| index.events.iter().map(|e| e.id.clone()).find(shown))
        }
    };
    provide_context(Shared {
        index,
        selection,
        picked_issue: Selector::new(move || selection.with(|s| s.issue.clone())),
        picked_event: Selector::new(move || selection.with(|s| s.event.clone())),
        has_issue: Memo::new(move |_| selection.with(|s| s.issue.is_some())),
        notice: RwSignal::new(None),
        only_related,
        focused,
        tab_stop: Selector::new(tab_stop),
    });
    provide_context(set_selection);
}

pub fn use_shared() -> Shared {
    expect_context::<Shared>()
}

pub fn use_set_selection() -> WriteSignal<Selection> {
    expect_context::<WriteSignal<Selection>>()
}
