//! Trunk's post_build hook: renders the explainer into the staged `index.html` with the same
//! components whose islands the browser hydrates, writes each edition's page (its head metadata,
//! its Content Security Policy) and the story index beside it, and stamps the service worker with
//! the list of files to precache.
//!
//! `cargo run -q --features ssr --bin prerender -- STAGING_DIR [BUNDLES_DIR]`, or `-- --test-words`
//! for the page's words the end-to-end tests expect, as JSON.
//!
//! BUNDLES_DIR is the folder, under STAGING_DIR, of the renderer and editor bundles
//! (`page::RENDERER_BUNDLE`, `page::EDITOR_BUNDLE`; scripts/post_build.sh builds them): the
//! reader bundle loads the renderer for drafts and for pages it cannot hydrate, and the story
//! editor (`edit.html`, written only then) is made of both, with the kit it makes a site of any
//! story from (`summit_explainer::site::Kit`).
//!
//! This bin reads and writes the files; each page is made by `summit_explainer::site`, the same
//! HTML pass the renderer bundle runs for the editor's downloaded site.

#![recursion_limit = "256"]

mod editions;
mod editor_page;
mod precache;
mod styles;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use summit_explainer::page::{HEADERS_FILE, RENDERER_BUNDLE, WASM_OPT_FLAGS};
use summit_explainer::platform::trusted_types::SERVICE_WORKER_URL;
use summit_explainer::publish::Inline;
use summit_explainer::site::{self, kit_files, Kit, Shell};
use summit_explainer::views::test_words;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender STAGING_DIR [BUNDLES_DIR] | prerender --wasm-opt-flags | prerender --test-words");
        return ExitCode::from(2);
    };
    // For scripts/post_build.sh, so its bundles are optimised as trunk does the reader's.
    if dir.as_os_str() == "--wasm-opt-flags" {
        println!("{WASM_OPT_FLAGS}");
        return ExitCode::SUCCESS;
    }
    // For the end-to-end tests (e2e/lib/story.mjs): the page's words they expect.
    if dir.as_os_str() == "--test-words" {
        println!("{}", test_words());
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

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::create_dir_all(path.parent().unwrap_or(Path::new("."))).map_err(|e| e.to_string())?;
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Renders one page per edition from trunk's staged page, each from its staged dataset. With
/// `SUMMIT_DATASET` set to a dataset's path, that story is the build's only edition, so the whole
/// build (page, story index, "Get the data", precache) is of that story: `scripts/test.sh`
/// builds the synthetic test story this way into `dist-synthetic/`, never into `dist/`.
fn run(dir: &Path, bundles: Option<&str>) -> Result<String, String> {
    const DATASET_ENV: &str = "SUMMIT_DATASET";
    let other_story = std::env::var_os(DATASET_ENV).map(PathBuf::from);
    let editions = editions::staged(dir, other_story.as_deref()).map_err(|e| format!("{DATASET_ENV}: {e}"))?;
    let html = read(&dir.join("index.html"))?;
    let css = styles::inline(dir, &html)?;
    let shell = Shell { html, css, renderer: bundles.map(|b| format!("{b}/{RENDERER_BUNDLE}.js")) };
    // One policy for the host's headers: every page's inline code.
    let mut all = Inline::default();
    let mut written = Vec::new();
    for (edition, data) in &editions {
        let others: Vec<_> = editions.iter().map(|(e, _)| *e).filter(|e| e != edition).collect();
        let page = site::edition_page(&shell, data, edition, &others, with_edit_link())?;
        write(&dir.join(edition.page()), &page.html)?;
        write(&dir.join(edition.story_index()), &page.index)?;
        all.extend(&page.inline);
        written.push(format!("{} ({} bytes)", edition.page(), page.html.len()));
    }
    // The story editor in each edition's language, with what it needs to make a site of any
    // story, where the build has its bundles.
    if let Some(folder) = bundles {
        let explainer_css = shell.css.clone();
        let kit = Kit {
            service_worker: read(&dir.join(SERVICE_WORKER_URL))?,
            files: kit_files(&precache::list(dir)?, folder),
            shell,
        };
        let kit = serde_json::to_string(&kit).map_err(|e| e.to_string())?;
        let kit = editor_page::beside(dir, folder, site::KIT_STEM, "json", &kit)?;
        let editions: Vec<_> = editions.iter().map(|(e, _)| *e).collect();
        let (pages, inline) = editor_page::write(dir, &explainer_css, folder, &kit, &editions)?;
        all.extend(&inline);
        written.extend(pages);
    }
    write(&dir.join(HEADERS_FILE), &all.headers())?;
    let files = precache::stamp(dir)?;
    Ok(format!("wrote {}, each with its CSP, and {HEADERS_FILE}; sw.js precaches {files} files", written.join(", ")))
}

/// With `SUMMIT_EDIT_LINK=1`, the footer's link to the story editor shows without `?edit` (for a
/// newsroom's internal build; readers' builds leave it unset).
fn with_edit_link() -> bool {
    std::env::var_os("SUMMIT_EDIT_LINK").is_some_and(|v| v == "1")
}
