//! Trunk's post_build hook: renders the explainer into the staged `index.html` with the same
//! components whose islands the browser hydrates, inlines the story index those islands start
//! from, writes the head metadata, and stamps the service worker with the list of files to precache.
//!
//! `cargo run -q --features ssr --bin prerender -- STAGING_DIR [EDITOR_MODULE]`
//!
//! EDITOR_MODULE is the editor bundle's script, relative to the page (scripts/post_build.sh
//! builds it); the reader bundle loads it for drafts and for pages it cannot hydrate.

#![recursion_limit = "256"]

mod csp;
mod head;
mod precache;
mod styles;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use leptos::prelude::*;
use summit_explainer::model::{load, Dataset, BUNDLED_URL};
use summit_explainer::page::{APP_END_MARKER, APP_ID, EDITOR_ATTR, PRERENDERED_ATTR, WASM_OPT_FLAGS};
use summit_explainer::views::{render_html, Loaded, Page, Story};

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

/// Renders the staged page from the staged story. With `SUMMIT_DATASET` set to a dataset's path,
/// that file replaces the staged story first, so the whole build (page, story index, "Get the
/// data", precache) is of that story: `scripts/test.sh` builds the synthetic test story this way
/// into `dist-synthetic/`, never into `dist/`.
fn run(dir: &Path, editor: Option<&str>) -> Result<String, String> {
    const DATASET_ENV: &str = "SUMMIT_DATASET";
    let staged = dir.join(BUNDLED_URL);
    if let Some(dataset) = std::env::var_os(DATASET_ENV) {
        std::fs::copy(&dataset, &staged).map_err(|e| {
            format!("{DATASET_ENV}: cannot copy {} to {}: {e}", Path::new(&dataset).display(), staged.display())
        })?;
    }
    let json = read(&staged)?;
    let data = load(&json).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        format!("{BUNDLED_URL} is not valid:\n{}", lines.join("\n"))
    })?;
    let index_path = dir.join("index.html");
    let html = read(&index_path)?;
    let html = styles::inline(dir, &render_into(&html, &data, editor)?)?;
    std::fs::write(&index_path, &html).map_err(|e| e.to_string())?;
    // Last of all: the policy hashes the inline scripts as they will be served.
    let pages = csp::secure_pages(dir)?;
    let files = precache::stamp(dir)?;
    Ok(format!("index.html is {} bytes; {pages} pages carry a CSP; sw.js precaches {files} files", html.len()))
}

/// The page with the rendered app in place of the loading skeleton.
fn render_into(html: &str, data: &Dataset, editor: Option<&str>) -> Result<String, String> {
    let open = format!("<div id=\"{APP_ID}\">");
    let close = format!("</div>{APP_END_MARKER}");
    let start = html.find(&open).ok_or_else(|| format!("index.html has no {open}"))?;
    let end = html[start..].find(&close).ok_or_else(|| format!("index.html has no {close} closing the app"))?
        + start
        + close.len();
    // Selectors start an effect while rendering; on the server it needs an executor to exist.
    let _ = any_spawner::Executor::init_futures_executor();
    let story = Story::new(data.clone(), BUNDLED_URL);
    let index = story.index.clone();
    let editor = editor.map(str::to_string);
    let app = render_html(move || {
        leptos::html::div()
            .id(APP_ID)
            .attr(PRERENDERED_ATTR, "")
            .attr(EDITOR_ATTR, editor)
            .child(view! { <Page loaded=Loaded::Ready(story)/> })
    });
    let page = format!("{}{app}{APP_END_MARKER}{}", &html[..start], &html[end..]);
    head::write(&without_preloads(&page), data, &index)
}

/// The story is readable from the HTML alone, so the app's code must not compete with the
/// page's CSS for the first bytes: drop trunk's high-priority preloads of the wasm and its glue.
/// The module script still starts loading them as soon as the HTML is parsed.
fn without_preloads(html: &str) -> String {
    html.lines()
        .filter(|line| {
            let line = line.trim_start();
            !(line.starts_with("<link rel=\"modulepreload\"") || line.starts_with("<link rel=\"preload\""))
        })
        .collect::<Vec<_>>()
        .join("\n")
}
