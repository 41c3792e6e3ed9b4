//! The rendering half of the HTML pass: a story's page body, head and story index as text, by
//! the components whose islands the browser hydrates. It needs tachys' `ssr`: the pre-render has
//! it natively (`ssr`), the renderer bundle in wasm (`render`), which hands the story editor the
//! pieces of a downloaded site's page ([`story_pieces`]).

use leptos::prelude::*;

use super::head;
use super::kit::{site_edition, Rendered};
use crate::model::{load, DataError, Story};
use crate::page::Edition;
use crate::views::{render_html, Loaded, Page, ShownStory};

/// `story` rendered as `edition`, linked to the same story's `others`.
pub fn render(story: &Story, edition: &Edition, others: &[&'static Edition]) -> Rendered {
    let data_url = format!("{}{}", edition.root().trim_start_matches("./"), edition.dataset);
    let shown = ShownStory::edition(story.clone(), &data_url, others.to_vec());
    let index = shown.index().to_json();
    // Selectors start an effect while rendering, which needs an executor to exist.
    #[cfg(not(target_arch = "wasm32"))]
    let _ = any_spawner::Executor::init_futures_executor();
    #[cfg(target_arch = "wasm32")]
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let app = render_html(move || view! { <Page loaded=Loaded::Ready(shown)/> });
    Rendered { language: edition.language.to_string(), head: head::render(story, edition, others), app, index }
}

/// Why a story cannot be a site.
#[derive(Debug)]
pub enum Refused {
    /// The validator's problems: the story is not publishable as it stands.
    Story(Vec<DataError>),
    /// No edition of the explainer is in the story's language: why, in words.
    Language(String),
}

/// The pieces of a downloaded site's page for the story `json`, which must be publishable,
/// rendered as the edition of its language at the site's root (`Rendered::language` names it).
/// No other edition: a downloaded site has one.
pub fn story_pieces(json: &str) -> Result<Rendered, Refused> {
    let story = load(json).map_err(Refused::Story)?;
    let edition = site_edition(&story.meta.language).map_err(Refused::Language)?;
    Ok(render(&story, &edition, &[]))
}
