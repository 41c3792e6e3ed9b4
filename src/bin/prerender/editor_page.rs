//! `edit.html`, the story editor, written beside the explainer's pages: its own small page
//! (`src/editor/edit.html`), a stylesheet of the explainer's rules (so the preview looks as
//! readers see it) and the editor's own, and a script that starts the editor bundle with the
//! renderer bundle beside it, which draws the preview.
//!
//! Both are files beside the bundle, not inline: the page then needs no hash in its policy, and
//! the host's `_headers` policy (the union of every page's hashes) stays the reader's page's
//! own. Their names carry their content's fingerprint, so a host may cache them for ever. The
//! service worker precaches them with the editor (`precache.rs`).

use std::path::Path;

use summit_explainer::page::{EDITOR_BUNDLE, EDITOR_PAGE, RENDERER_BUNDLE};
use summit_explainer::publish::{self, Inline};

use super::precache::{fnv1a, FNV_OFFSET};
use super::styles::compact;

const TEMPLATE: &str = include_str!("../../editor/edit.html");
const EDITOR_CSS: &str = include_str!("../../editor/editor.css");
const STYLES_MARKER: &str = "./EDITOR_STYLES";
const START_MARKER: &str = "./EDITOR_START";

/// Writes `edit.html` into `dir`, its stylesheet (`explainer_css`, the rules the explainer's
/// pages inline, then the editor's) and its start script into `folder`, where the bundles are.
/// Returns the page's inline code (none), for the host's policy.
pub fn write(dir: &Path, explainer_css: &str, folder: &str) -> Result<Inline, String> {
    let css = format!("\n{explainer_css}{}", compact(EDITOR_CSS));
    // Both bundles' downloads start at once; the editor starts without waiting for the renderer.
    let script = format!(
        "import init, {{ start_editor }} from \"./{EDITOR_BUNDLE}.js\";\n\
         import render, {{ preview_html }} from \"./{RENDERER_BUNDLE}.js\";\n\
         const renderer = render().then(() => preview_html);\n\
         init().then(() => start_editor(renderer));\n"
    );
    let styles = beside(dir, folder, "edit", "css", &css)?;
    let start_script = beside(dir, folder, "start", "js", &script)?;
    let html = TEMPLATE.replacen(STYLES_MARKER, &format!("./{styles}"), 1).replacen(
        START_MARKER,
        &format!("./{start_script}"),
        1,
    );
    if html.contains(STYLES_MARKER) || html.contains(START_MARKER) {
        return Err(format!("src/editor/edit.html lacks {STYLES_MARKER} or {START_MARKER}"));
    }
    // Its policy is the reader's page's, with no inline code of its own.
    let page = publish::secure(&html)?;
    std::fs::write(dir.join(EDITOR_PAGE), page.html).map_err(|e| format!("cannot write {EDITOR_PAGE}: {e}"))?;
    Ok(page.inline)
}

/// Writes `text` as `folder/stem-FINGERPRINT.ext` under `dir`; returns its path from `dir`.
fn beside(dir: &Path, folder: &str, stem: &str, ext: &str, text: &str) -> Result<String, String> {
    let name = format!("{stem}-{:016x}.{ext}", fnv1a(FNV_OFFSET, text.as_bytes()));
    let path = if folder.is_empty() { name } else { format!("{folder}/{name}") };
    std::fs::write(dir.join(&path), text).map_err(|e| format!("cannot write {path}: {e}"))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_editor_page_links_its_styles_and_start_script_and_has_nothing_inline() {
        let dir = std::env::temp_dir().join(format!("editor-page-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("editor-0123")).unwrap();
        let inline = write(&dir, "body{}\n", "editor-0123").unwrap();
        assert_eq!(inline, Inline::default());
        let html = std::fs::read_to_string(dir.join(EDITOR_PAGE)).unwrap();
        assert!(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval';"));
        assert!(
            !html.contains("<style")
                && html.matches("<script").count() == 1
                && html.contains("<script type=\"module\" src=\"./editor-0123/start-"),
            "{html}"
        );
        let href = html.split("href=\"./").nth(1).and_then(|rest| rest.split('"').next()).unwrap();
        assert!(href.starts_with("editor-0123/edit-") && href.ends_with(".css"), "{href}");
        let css = std::fs::read_to_string(dir.join(href)).unwrap();
        assert!(css.starts_with("\nbody{}\n.editor-body"), "{css}");
        let start = html.split("src=\"./").nth(1).and_then(|rest| rest.split('"').next()).unwrap();
        let script = std::fs::read_to_string(dir.join(start)).unwrap();
        assert!(
            script.contains("from \"./summit-editor.js\"") && script.contains("from \"./summit-render.js\""),
            "{script}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
