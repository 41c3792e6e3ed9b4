//! The HTML pass: one edition's page of one story, from trunk's shell. The pre-render runs it for
//! every edition of a build; the renderer bundle runs it for the story editor's downloaded site.

use leptos::prelude::*;

use super::head;
use super::kit::{at_root, Kit, Shell};
use crate::model::{load, DataError, Story};
use crate::page::{Edition, HEADERS_FILE};
use crate::publish::{self, Inline, Pieces, Published};
use crate::views::{render_html, Loaded, Page, ShownStory, Strings};

/// One edition's files, as text.
pub struct EditionPage {
    /// The page (`edition.page()`), with its head, JSON-LD and Content Security Policy.
    pub html: String,
    /// Its story index (`edition.story_index()`).
    pub index: String,
    /// The page's inline code, for the host's policy (`_headers`).
    pub inline: Inline,
}

/// `story`'s page as `edition`, linked to the same story's `others`; `edit_link` shows the
/// footer's link to the story editor.
pub fn edition_page(
    shell: &Shell,
    story: &Story,
    edition: &Edition,
    others: &[&'static Edition],
    edit_link: bool,
) -> Result<EditionPage, String> {
    let root = edition.root();
    let from_root = |path: &str| format!("{}{path}", root.trim_start_matches("./"));
    let shown = ShownStory::edition(story.clone(), &from_root(edition.dataset), others.to_vec());
    let index = shown.index().to_json();
    // Selectors start an effect while rendering, which needs an executor to exist.
    #[cfg(not(target_arch = "wasm32"))]
    let _ = any_spawner::Executor::init_futures_executor();
    #[cfg(target_arch = "wasm32")]
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let app = render_html(move || view! { <Page loaded=Loaded::Ready(shown)/> });
    let head = head::render(story, edition, others);
    let renderer = shell.renderer.as_deref().map(from_root);
    let t = Strings::for_language(edition.language);
    let Published { html, inline } = publish::page(
        &shell.html,
        &Pieces {
            language: edition.language,
            root,
            edit_link,
            css: &shell.css,
            skip_link: t.skip_link,
            start_failed: t.start_failed,
            head: &head,
            app: &app,
            renderer: renderer.as_deref(),
        },
    )?;
    Ok(EditionPage { html, index, inline })
}

/// Why a story cannot be a site.
#[derive(Debug)]
pub enum Refused {
    /// The validator's problems: the story is not publishable as it stands.
    Story(Vec<DataError>),
    /// The story is, but no edition is in its language, or the page could not be made.
    Site(String),
}

/// The files a site of the story `json` writes anew, as (path, text): its page (`index.html`,
/// whatever the language), dataset, story index and `_headers`. The rest of the site is the
/// kit's files as they are, and `sw.js`, which lists them all ([`super::precache::stamp`]). No
/// link to the story editor: the site has none.
pub fn story_site(kit: &Kit, json: &str) -> Result<(Edition, Vec<(String, String)>), Refused> {
    let story = load(json).map_err(Refused::Story)?;
    let language = &story.meta.language;
    let edition = Edition::for_language(language)
        .map(at_root)
        .ok_or_else(|| Refused::Site(format!("no edition of the explainer is in \"{language}\"")))?;
    let page = edition_page(&kit.shell, &story, &edition, &[], false).map_err(Refused::Site)?;
    let files = vec![
        (edition.page(), page.html),
        (edition.dataset.to_string(), json.to_string()),
        (edition.story_index(), page.index),
        (HEADERS_FILE.to_string(), page.inline.headers()),
    ];
    Ok((edition, files))
}
