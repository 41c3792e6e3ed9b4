use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use super::embed_panel::EmbedCredit;
use super::header::Header;
use super::issue_cards::IssueCards;
use super::load_error::{LoadError, LoadFailure};
use super::positions_table::PositionsTable;
use super::sources_list::SourcesList;
use super::story::Story;
use super::timeline::Timeline;
use crate::model::load;
use crate::platform;
use crate::state::Selection;

/// What the page starts from: a story that validated, or the reasons it did not.
#[derive(Clone)]
pub enum Loaded {
    Ready(Arc<Story>),
    Failed(LoadFailure),
}

impl Loaded {
    /// Loads dataset text, naming `what` it came from in any error.
    pub fn from_json(text: &str, what: &str) -> Self {
        match load(text) {
            Ok(data) => Self::Ready(Story::new(data)),
            Err(errors) => Self::Failed(LoadFailure::new(what, errors)),
        }
    }
}

/// The reader's page: the story the build checked and pre-rendered, hydrated in place. It takes
/// no failure, so the reader's wasm carries no error panel.
#[component]
pub fn Reader(story: Arc<Story>) -> impl IntoView {
    provide_selection();
    view! {
        <EmbedCredit/>
        <Explainer story/>
    }
}

/// The client-rendered page of the editor bundle: an editor's draft (`?data=`), whose failure is
/// reported above the bundled story, or a build that was not pre-rendered. The story never
/// changes after mounting: a new one is mounted afresh, which keeps the wasm free of code to
/// diff one story into another.
#[component]
pub fn App(loaded: Loaded, #[prop(default = None)] draft_failure: Option<LoadFailure>) -> impl IntoView {
    provide_selection();
    view! {
        <EmbedCredit/>
        {draft_failure.map(|failure| view! { <LoadError failure/> })}
        {match loaded {
            Loaded::Ready(story) => Either::Left(view! { <Explainer story/> }),
            Loaded::Failed(failure) => Either::Right(view! { <LoadError failure/> }),
        }}
    }
}

fn provide_selection() {
    let (selection, set_selection) = signal(Selection::default());
    provide_context(selection);
    provide_context(set_selection);
}

/// The three views over one story, with the selection kept in the URL.
#[component]
fn Explainer(story: Arc<Story>) -> impl IntoView {
    provide_context(story.clone());
    let selection = super::story::use_selection();
    let set_selection = super::story::use_set_selection();
    let (notice, set_notice) = signal(None::<String>);
    let (announcement, set_announcement) = signal(String::new());
    platform::location::sync_selection(story.clone(), selection, set_selection, set_notice, set_announcement);

    view! {
        <Header/>
        <main id="main">
            {move || notice.get().map(|text| view! {
                <p class="notice" role="status" data-testid="notice">
                    {text}
                    <button type="button" class="link-button" on:click=move |_| set_notice.set(None)>"Dismiss"</button>
                </p>
            })}
            <SelectionBar/>
            <IssueCards/>
            <div class="views-pair">
                <PositionsTable/>
                <Timeline/>
            </div>
            <SourcesList/>
        </main>
        <p class="sr-only" aria-live="polite" data-testid="announcer">{announcement}</p>
    }
}

/// Always says what is selected, and clears it.
#[component]
fn SelectionBar() -> impl IntoView {
    let story = super::story::use_story();
    let selection = super::story::use_selection();
    let set_selection = super::story::use_set_selection();
    let label = move || {
        let s = selection.get();
        let issue = s.issue.as_deref().and_then(|id| story.data.issue(id)).map(|i| format!("Issue: {}", i.title));
        let event = s.event.as_deref().and_then(|id| story.data.event(id)).map(|e| format!("Event: {}", e.title));
        [issue, event].into_iter().flatten().collect::<Vec<_>>().join(" · ")
    };
    view! {
        <div class="selection-bar" data-testid="selection-bar" hidden=move || selection.get().is_empty()>
            <span>"Selected — " {label}</span>
            <button type="button" class="link-button" data-testid="clear-selection"
                on:click=move |_| set_selection.set(Selection::default())>"Clear selection"</button>
        </div>
    }
}
