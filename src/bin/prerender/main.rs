//! Trunk's post_build hook: renders the explainer into the staged `index.html` with the same
//! components whose islands the browser hydrates, writes the story index those islands start
//! from as a file beside each edition's page, writes the head metadata, and stamps the service
//! worker with the list of files to precache.
//!
//! `cargo run -q --features ssr --bin prerender -- STAGING_DIR [EDITOR_MODULE]`
//!
//! EDITOR_MODULE is the editor bundle's script, relative to the page (scripts/post_build.sh
//! builds it); the reader bundle loads it for drafts and for pages it cannot hydrate, and the
//! story editor (`edit.html`, written only then) is made of it.

#![recursion_limit = "256"]

mod csp;
mod editions;
mod editor_page;
mod head;
mod loader;
mod precache;
mod styles;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use leptos::prelude::*;
use summit_explainer::model::Story;
use summit_explainer::page::{
    Edition, APP_END_MARKER, APP_ID, EDITOR_ATTR, EDITOR_PAGE, EDIT_LINK_CLASS, PRERENDERED_ATTR, ROOT_ATTR,
    WASM_OPT_FLAGS,
};
use summit_explainer::views::{render_html, Loaded, Page, ShownStory};

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender STAGING_DIR [EDITOR_MODULE] | prerender --wasm-opt-flags");
        return ExitCode::from(2);
    };
    // For scripts/post_build.sh, so the editor bundle is optimised as trunk does the reader's.
    if dir.as_os_str() == "--wasm-opt-flags" {
        println!("{WASM_OPT_FLAGS}");
        return ExitCode::SUCCESS;
    }
    match run(&dir, std::env::args().nth(2).as_deref()) {
        Ok(summary) => {
            println!("prerender: {summary}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Renders one page per edition from trunk's staged page, each from its staged dataset. With
/// `SUMMIT_DATASET` set to a dataset's path, that story is the build's only edition, so the whole
/// build (page, story index, "Get the data", precache) is of that story: `scripts/test.sh`
/// builds the synthetic test story this way into `dist-synthetic/`, never into `dist/`.
fn run(dir: &Path, editor: Option<&str>) -> Result<String, String> {
    const DATASET_ENV: &str = "SUMMIT_DATASET";
    let other_story = std::env::var_os(DATASET_ENV).map(PathBuf::from);
    let editions = editions::staged(dir, other_story.as_deref()).map_err(|e| format!("{DATASET_ENV}: {e}"))?;
    // The stylesheets are inlined and the bundle's start deferred once, into trunk's page, before
    // it becomes each edition's.
    let shell = loader::deferred(&loader::compact_scripts(&styles::inline(dir, &read(&dir.join("index.html"))?)?))?;
    let mut written = Vec::new();
    for (edition, data) in &editions {
        let others = editions.iter().map(|(e, _)| *e).filter(|e| e != edition).collect();
        let page = with_edit_link(editions::shell(&shell, edition)?);
        let editor = editor.map(|module| format!("{}{module}", edition.root().trim_start_matches("./")));
        let Rendered { html, index } = render_into(&page, data, edition, others, editor)?;
        let path = dir.join(edition.page());
        std::fs::create_dir_all(path.parent().unwrap_or(dir)).map_err(|e| e.to_string())?;
        std::fs::write(&path, &html).map_err(|e| e.to_string())?;
        std::fs::write(dir.join(edition.story_index()), index).map_err(|e| e.to_string())?;
        written.push(format!("{} ({} bytes)", edition.page(), html.len()));
    }
    // The story editor, beside the explainer, where the build has an editor bundle.
    if let Some(module) = editor {
        editor_page::write(dir, &shell, module)?;
        written.push(EDITOR_PAGE.to_string());
    }
    // Last of all: the policy hashes the inline scripts as they will be served.
    let pages = csp::secure_pages(dir)?;
    let files = precache::stamp(dir)?;
    Ok(format!("wrote {}; {pages} pages carry a CSP; sw.js precaches {files} files", written.join(", ")))
}

/// With `SUMMIT_EDIT_LINK=1`, the footer's link to the story editor shows without `?edit` (for a
/// newsroom's internal build; readers' builds leave it unset).
fn with_edit_link(page: String) -> String {
    const EDIT_LINK_ENV: &str = "SUMMIT_EDIT_LINK";
    if std::env::var_os(EDIT_LINK_ENV).is_some_and(|v| v == "1") {
        page.replacen("<html lang=", &format!("<html class=\"{EDIT_LINK_CLASS}\" lang="), 1)
    } else {
        page
    }
}

/// The page with the rendered app in place of the loading skeleton.
fn render_into(
    html: &str,
    data: &Story,
    edition: &Edition,
    others: Vec<&'static Edition>,
    editor: Option<String>,
) -> Result<Rendered, String> {
    let open = format!("<div id=\"{APP_ID}\">");
    let close = format!("</div>{APP_END_MARKER}");
    let start = html.find(&open).ok_or_else(|| format!("index.html has no {open}"))?;
    let end = html[start..].find(&close).ok_or_else(|| format!("index.html has no {close} closing the app"))?
        + start
        + close.len();
    // Selectors start an effect while rendering; on the server it needs an executor to exist.
    let _ = any_spawner::Executor::init_futures_executor();
    let data_url = format!("{}{}", edition.root().trim_start_matches("./"), edition.dataset);
    let story = ShownStory::edition(data.clone(), &data_url, others.clone());
    let index = story.index().to_json();
    let root = edition.root();
    let app = render_html(move || {
        leptos::html::div()
            .id(APP_ID)
            .attr(PRERENDERED_ATTR, "")
            .attr(ROOT_ATTR, root)
            .attr(EDITOR_ATTR, editor)
            .child(view! { <Page loaded=Loaded::Ready(story)/> })
    });
    let page = format!("{}{app}{APP_END_MARKER}{}", &html[..start], &html[end..]);
    Ok(Rendered { html: head::write(&without_preloads(&page), data, edition, &others)?, index })
}

/// An edition's page, and the story index its islands start from (`page::STORY_INDEX_FILE`).
struct Rendered {
    html: String,
    index: String,
}

/// The story is readable from the HTML alone, so the app's code must not compete with the
/// page's CSS for the first bytes: drop trunk's high-priority preloads of the wasm and its glue.
/// The loader (`loader.rs`) fetches them when the reader reaches for the app.
fn without_preloads(html: &str) -> String {
    html.lines()
        .filter(|line| {
            let line = line.trim_start();
            !(line.starts_with("<link rel=\"modulepreload\"") || line.starts_with("<link rel=\"preload\""))
        })
        .collect::<Vec<_>>()
        .join("\n")
}
