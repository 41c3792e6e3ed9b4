use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use super::announcer::Announcer;
use super::context::ShownStory;
use super::embed_panel::EmbedCredit;
use super::find::Find;
use super::header::Header;
use super::issue_cards::IssueCards;
use super::load_error::{LoadError, LoadFailure};
use super::notice::Notice;
use super::positions_table::PositionsTable;
use super::selection_bar::SelectionBar;
use super::shared::provide_shared;
use super::sources_list::SourcesList;
use super::timeline::Timeline;
use super::words::{strings, Strings};
use crate::model::{load, StoryIndex};
use crate::page::Edition;

/// What the page starts from: a story that validated, or the reasons it did not.
#[derive(Clone)]
pub enum Loaded {
    Ready(Arc<ShownStory>),
    Failed(LoadFailure),
}

impl Loaded {
    /// Loads dataset text, naming `what` it came from in any error.
    pub fn from_json(text: &str, what: &str) -> Self {
        match load(text) {
            Ok(data) => Self::Ready(ShownStory::new(data, what)),
            Err(errors) => Self::Failed(LoadFailure::new(what, errors)),
        }
    }

    /// The story as one edition of several, linked to the `others`.
    pub fn with_editions(self, others: Vec<&'static Edition>) -> Self {
        match self {
            Self::Ready(story) => Self::Ready(story.with_editions(others)),
            failed => failed,
        }
    }

    /// What the page's islands start from: nothing to pick on a failed page.
    pub fn index(&self) -> Arc<StoryIndex> {
        match self {
            Self::Ready(story) => story.index().clone(),
            Self::Failed(_) => Default::default(),
        }
    }
}

/// The page, wherever it is rendered: by the pre-render (the bundled story), by the editor
/// bundle (an editor's draft, whose failure is reported above the bundled story, or a build
/// that was not pre-rendered), and by the tests. Its islands then start in the reader's bundle.
#[component]
pub fn Page(loaded: Loaded, #[prop(default = None)] draft_failure: Option<LoadFailure>) -> impl IntoView {
    provide_shared(loaded.index());
    // The credit stands outside the story's context, so it is told the story's language.
    let words = match &loaded {
        Loaded::Ready(story) => Strings::for_language(&story.data().meta.language),
        Loaded::Failed(_) => strings(),
    };
    view! {
        <EmbedCredit words/>
        {draft_failure.map(|failure| view! { <LoadError failure/> })}
        {match loaded {
            Loaded::Ready(story) => Either::Left(view! { <Explainer story/> }),
            Loaded::Failed(failure) => Either::Right(view! { <LoadError failure/> }),
        }}
    }
}

/// The three views over one story, with the selection kept in the URL; a story that is only a
/// timeline (no issues) shows the timeline alone, with no empty sections beside it.
#[component]
fn Explainer(story: Arc<ShownStory>) -> impl IntoView {
    let compares = !story.data().issues.is_empty();
    provide_context(story);
    view! {
        <Header/>
        <main id="main">
            <Notice/>
            <SelectionBar/>
            <Find/>
            {compares.then(|| view! { <IssueCards/> })}
            <div class="views-pair">
                {compares.then(|| view! { <PositionsTable/> })}
                <Timeline/>
            </div>
            <SourcesList/>
        </main>
        <Announcer/>
    }
}
