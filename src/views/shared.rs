//! The state every island reads, and the one handle that changes the selection. Islands
//! hydrate one by one, each under the owner current when it starts, so whoever hosts them
//! provides this once on that owner: the page while it renders to HTML, the reader's bundle
//! before it starts the islands.

use std::sync::Arc;

use leptos::prelude::*;

use super::timeline_state::provide_timeline_state;
use super::words::LiveStrings;
use crate::model::StoryIndex;
use crate::platform::after_paint::after_next_paint;
use crate::state::find::{shown, verdicts, FIRST_SHOWN};
use crate::state::{Found, Selection};

/// A pick shows in two steps. In the frame of the input that made it, the control picked answers
/// (`selection`: the card opens, the marker is selected and its event shown). Once that frame is
/// painted, the rest of the page follows (`settled`: the comparison's rows and caption, the
/// timeline's marks and "only related", the cards an event marks, the selection bar, the
/// announcement, the address and its history entry). One click's work in one frame was 60–170
/// ms at 4 times slower CPU (Event Timing, p50–p95); the reader's eye is on the control.
#[derive(Clone)]
pub struct Shared {
    pub index: Arc<StoryIndex>,
    pub selection: ReadSignal<Selection>,
    /// Keyed on the picked ids, so a pick wakes only the items whose state changes. One signal
    /// read by every item would make each pick cost the square of their number.
    pub picked_issue: Selector<Option<String>>,
    pub picked_event: Selector<Option<String>>,
    /// The selection once the frame of the input that changed it has been painted.
    pub settled: ReadSignal<Selection>,
    pub settled_issue: Selector<Option<String>>,
    pub settled_event: Selector<Option<String>>,
    /// Why part of the URL was ignored, shown until dismissed.
    pub notice: RwSignal<Option<String>>,
    /// What the find box holds (`?q=`).
    pub find: RwSignal<String>,
    /// What it matches, in the index's order; `None` while it is empty.
    pub found: RwSignal<Option<Found>>,
    /// The same answer item by item, for the items themselves.
    pub verdicts: Verdicts,
}

impl Shared {
    /// The islands' words, in the story's language.
    pub fn words(&self) -> &'static LiveStrings {
        LiveStrings::for_language(&self.index.language)
    }

    /// The settled issue's title (tracked), for what names the current view.
    pub fn settled_issue_title(&self) -> Option<String> {
        self.settled.with(|s| s.issue.as_deref().and_then(|id| self.index.issue(id)).map(|i| i.title.clone()))
    }

    /// Whether find shows the issue `id` among its matches, and whether it hides it (each
    /// tracked; both false without a query). Its place in the index is looked up once; each
    /// wakes only when its answer changes.
    pub fn issue_found(
        &self,
        id: &str,
    ) -> (impl Fn() -> bool + Clone + Send + Sync + 'static, impl Fn() -> bool + Clone + Send + Sync + 'static) {
        let at = self.index.issues.iter().position(|i| i.id == id);
        let found = at.and_then(|at| self.verdicts.issues_found.get(at).copied());
        let unfound = at.and_then(|at| self.verdicts.issues_unfound.get(at).copied());
        (move || found.is_some_and(|s| s.get()), move || unfound.is_some_and(|s| s.get()))
    }
}

/// Find's answer item by item, one signal each, in the index's order. A keystroke sets only the
/// ones whose answer changes, so it wakes only the cards, rows and markers it shows or hides,
/// rather than every item reading the whole answer (at 10 times the story, that was ~1,000
/// closures a keystroke). Only `bool` signals: each other type would bring its own copy of the
/// signal code into the reader's bundle.
#[derive(Clone)]
pub struct Verdicts {
    /// Whether the issue is among the matches that show (`state::find::verdicts`: `Some(true)`).
    pub issues_found: Arc<[RwSignal<bool>]>,
    /// Whether find hides the issue (`Some(false)`).
    pub issues_unfound: Arc<[RwSignal<bool>]>,
    /// Whether find leaves the event shown.
    pub events: Arc<[RwSignal<bool>]>,
}

impl Verdicts {
    fn new(index: &StoryIndex) -> Self {
        let signals = |n: usize, value: bool| (0..n).map(|_| RwSignal::new(value)).collect();
        Self {
            issues_found: signals(index.issues.len(), false),
            issues_unfound: signals(index.issues.len(), false),
            events: signals(index.events.len(), true),
        }
    }

    /// Takes `found` as the answer, diffed against the one before.
    pub fn apply(&self, found: Option<&Found>) {
        let issues = verdicts(found.map(|f| &f.issues[..]), self.issues_found.len(), FIRST_SHOWN);
        set_changed(&self.issues_found, issues.iter().map(|v| *v == Some(true)));
        set_changed(&self.issues_unfound, issues.iter().map(|v| *v == Some(false)));
        set_changed(&self.events, shown(found.map(|f| &f.events[..]), self.events.len()).into_iter());
    }
}

fn set_changed(signals: &[RwSignal<bool>], values: impl Iterator<Item = bool>) {
    for (signal, value) in signals.iter().zip(values) {
        if signal.get_untracked() != value {
            signal.set(value);
        }
    }
}

/// The only way the views change the selection, one intention per method (as the counters
/// example hands down its updater): the write half of the signal never leaves this file.
#[derive(Clone, Copy)]
pub struct SelectionWriter(WriteSignal<Selection>);

impl SelectionWriter {
    pub fn pick_event(self, id: &str) {
        self.0.update(|s| *s = s.with_event(id));
    }

    pub fn pick_issue(self, id: &str) {
        self.0.update(|s| *s = s.with_issue(id));
    }

    /// Picking the open issue again closes it, as a disclosure does.
    pub fn toggle_issue(self, id: &str) {
        self.0.update(|s| *s = s.toggle_issue(id));
    }

    pub fn close_event(self) {
        self.0.update(|s| *s = s.without_event());
    }

    pub fn clear(self) {
        self.0.set(Selection::default());
    }

    /// The whole selection at once: the address bar's, on arrival or Back and Forward.
    pub fn restore(self, selection: Selection) {
        self.0.set(selection);
    }
}

/// Whether any of `ids` is picked. Tracked through the keyed selector alone, so only a pick that
/// takes in or leaves one of them wakes the caller.
pub fn any_picked(picked: Selector<Option<String>>, ids: Vec<String>) -> impl Fn() -> bool + Clone + Send + Sync {
    let keys: Vec<Option<String>> = ids.into_iter().map(Some).collect();
    move || keys.iter().any(|key| picked.selected(key))
}

/// Whether an issue is picked (tracked), read from the keyed selector as "not none", so only a
/// pick from or to none wakes the caller. A memo of it would mark its every reader (each
/// comparison row and timeline marker) on every pick, even one from an issue to another.
pub fn has_issue(picked_issue: &Selector<Option<String>>) -> bool {
    !picked_issue.selected(&None)
}

/// Provides the shared state and the selection handle, and the timeline's own state beside
/// them, on the current owner; returns both for the host (the reader's URL sync).
pub fn provide_shared(index: Arc<StoryIndex>) -> (Shared, SelectionWriter) {
    let (selection, set_selection) = signal(Selection::default());
    let (settled, set_settled) = signal(Selection::default());
    // Effects run only in the browser: rendered to HTML, nothing is picked yet.
    Effect::new(move |_| {
        selection.track();
        after_next_paint(move || {
            let now = selection.get_untracked();
            if settled.with_untracked(|s| *s != now) {
                set_settled.set(now);
            }
        });
    });
    let shared = Shared {
        index: index.clone(),
        selection,
        picked_issue: Selector::new(move || selection.with(|s| s.issue.clone())),
        picked_event: Selector::new(move || selection.with(|s| s.event.clone())),
        settled,
        settled_issue: Selector::new(move || settled.with(|s| s.issue.clone())),
        settled_event: Selector::new(move || settled.with(|s| s.event.clone())),
        notice: RwSignal::new(None),
        find: RwSignal::new(String::new()),
        found: RwSignal::new(None),
        verdicts: Verdicts::new(&index),
    };
    let writer = SelectionWriter(set_selection);
    provide_context(shared.clone());
    provide_context(writer);
    provide_timeline_state(index, settled, shared.verdicts.events.clone());
    (shared, writer)
}

pub fn use_shared() -> Shared {
    expect_context::<Shared>()
}

pub fn use_selection_writer() -> SelectionWriter {
    expect_context::<SelectionWriter>()
}
