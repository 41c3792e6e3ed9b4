use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use super::announcer::Announcer;
use super::context::{provide_shared, Story};
use super::embed_panel::EmbedCredit;
use super::header::Header;
use super::issue_cards::IssueCards;
use super::load_error::{LoadError, LoadFailure};
use super::notice::Notice;
use super::positions_table::PositionsTable;
use super::selection_bar::SelectionBar;
use super::sources_list::SourcesList;
use super::timeline::Timeline;
use crate::model::{load, StoryIndex};

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
            Ok(data) => Self::Ready(Story::new(data, what)),
            Err(errors) => Self::Failed(LoadFailure::new(what, errors)),
        }
    }

    /// What the page's islands start from: nothing to pick on a failed page.
    pub fn index(&self) -> Arc<StoryIndex> {
        match self {
            Self::Ready(story) => story.index.clone(),
            Self::Failed(_) => Default::default(),
        }
    }
}

/// The page the build pre-renders: the story as static HTML, with islands where it responds.
#[component]
pub fn Reader(story: Arc<Story>) -> impl IntoView {
    provide_shared(story.index.clone());
    view! {
        <EmbedCredit/>
        <Explainer story/>
    }
}

/// The editor bundle's page: an editor's draft (`?data=`), whose failure is reported above the
/// bundled story, or a build that was not pre-rendered. Rendered to HTML in the browser, then
/// its islands hydrate as the reader's do.
#[component]
pub fn App(loaded: Loaded, #[prop(default = None)] draft_failure: Option<LoadFailure>) -> impl IntoView {
    provide_shared(loaded.index());
    view! {
        <EmbedCredit/>
        {draft_failure.map(|failure| view! { <LoadError failure/> })}
        {match loaded {
            Loaded::Ready(story) => Either::Left(view! { <Explainer story/> }),
            Loaded::Failed(failure) => Either::Right(view! { <LoadError failure/> }),
        }}
    }
}

/// The three views over one story, with the selection kept in the URL.
#[component]
fn Explainer(story: Arc<Story>) -> impl IntoView {
    provide_context(story);
    view! {
        <Header/>
        <main id="main">
            <Notice/>
            <SelectionBar/>
            <IssueCards/>
            <div class="views-pair">
                <PositionsTable/>
                <Timeline/>
            </div>
            <SourcesList/>
        </main>
        <Announcer/>
    }
}

/// `view` as HTML, the way the pre-render writes it: island children need a shared context.
pub fn render_html<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> String {
    let previous = Owner::current();
    // A new root becomes the current owner; the caller's is restored for what comes next.
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    let html = owner.with(|| view().into_view().to_html());
    if let Some(previous) = previous {
        previous.set();
    }
    // Leptos marks hydration points with `<!>`, which HTML parses as an empty comment but
    // validators flag as a bogus one; `<!---->` is the same empty comment, written validly.
    html.replace("<!>", "<!---->")
}
