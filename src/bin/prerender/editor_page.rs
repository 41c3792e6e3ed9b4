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

use summit_explainer::page::{Edition, EDITOR_BUNDLE, EDITOR_PAGE, RENDERER_BUNDLE};
use summit_explainer::publish::{self, EditorPage, Inline};
use summit_explainer::views::EditorStrings;

use super::styles::compact;
use summit_explainer::site::precache::{fnv1a, FNV_OFFSET};

const TEMPLATE: &str = include_str!("../../editor/edit.html");
const EDITOR_CSS: &str = include_str!("../../editor/editor.css");

/// Writes each edition's editor page (`edit.html`, `zh-Hans/edit.html`) into `dir`, with one
/// stylesheet (`explainer_css`, the rules the explainer's pages inline, then the editor's) and
/// one start script in `folder`, where the bundles and the site kit (`kit`, from `dir`) are.
/// Returns the pages' paths and their inline code (none), for the host's policy.
pub fn write(
    dir: &Path,
    explainer_css: &str,
    folder: &str,
    kit: &str,
    editions: &[&Edition],
) -> Result<(Vec<String>, Inline), String> {
    let css = format!("\n{explainer_css}{}", compact(EDITOR_CSS));
    // Both bundles' downloads start at once; the editor starts without waiting for the renderer.
    // The kit's path is from the build's root, which the editor knows from its page's edition.
    let script = format!(
        "import init, {{ start_editor }} from \"./{EDITOR_BUNDLE}.js\";\n\
         import render, {{ preview_html, site_pieces }} from \"./{RENDERER_BUNDLE}.js\";\n\
         const loaded = render();\n\
         const renderer = loaded.then(() => preview_html);\n\
         const publisher = loaded.then(() => site_pieces);\n\
         init().then(() => start_editor(renderer, publisher, \"{kit}\"));\n"
    );
    let styles = beside(dir, folder, "edit", "css", &css)?;
    let start = beside(dir, folder, "start", "js", &script)?;
    let mut inline = Inline::default();
    let mut pages = Vec::new();
    for edition in editions {
        let t = EditorStrings::for_language(edition.language);
        let page = EditorPage {
            language: edition.language,
            root: edition.root(),
            title: t.title,
            loading: t.loading,
            styles: &styles,
            start: &start,
        };
        let published = publish::editor_page(TEMPLATE, &page)?;
        let path = format!("{}{EDITOR_PAGE}", edition.dir);
        std::fs::write(dir.join(&path), published.html).map_err(|e| format!("cannot write {path}: {e}"))?;
        inline.extend(&published.inline);
        pages.push(path);
    }
    Ok((pages, inline))
}

/// Writes `text` as `folder/stem-FINGERPRINT.ext` under `dir`; returns its path from `dir`.
pub fn beside(dir: &Path, folder: &str, stem: &str, ext: &str, text: &str) -> Result<String, String> {
    let name = format!("{stem}-{:016x}.{ext}", fnv1a(FNV_OFFSET, text.as_bytes()));
    let path = if folder.is_empty() { name } else { format!("{folder}/{name}") };
    std::fs::write(dir.join(&path), text).map_err(|e| format!("cannot write {path}: {e}"))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_edition_has_an_editor_page_linking_its_styles_and_start_script_with_nothing_inline() {
        let dir = std::env::temp_dir().join(format!("editor-page-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("editor-0123")).unwrap();
        std::fs::create_dir_all(dir.join("zh-Hans")).unwrap();
        let editions: Vec<&Edition> = summit_explainer::page::EDITIONS.iter().collect();
        let (pages, inline) = write(&dir, "body{}\n", "editor-0123", "editor-0123/site-1.json", &editions).unwrap();
        assert_eq!(pages, ["edit.html", "zh-Hans/edit.html"]);
        assert_eq!(inline, Inline::default());
        let html = std::fs::read_to_string(dir.join(EDITOR_PAGE)).unwrap();
        assert!(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval';"));
        assert!(
            !html.contains("<style")
                && html.matches("<script").count() == 1
                && html.contains("<script type=\"module\" src=\"./editor-0123/start-"),
            "{html}"
        );
        let href = html.split("rel=\"stylesheet\" href=\"./").nth(1).and_then(|rest| rest.split('"').next()).unwrap();
        assert!(href.starts_with("editor-0123/edit-") && href.ends_with(".css"), "{href}");
        let css = std::fs::read_to_string(dir.join(href)).unwrap();
        assert!(css.starts_with("\nbody{}\n.editor-body"), "{css}");
        let start = html.split("src=\"./").nth(1).and_then(|rest| rest.split('"').next()).unwrap();
        let script = std::fs::read_to_string(dir.join(start)).unwrap();
        assert!(
            script.contains("from \"./summit-editor.js\"")
                && script.contains("from \"./summit-render.js\"")
                && script.contains("start_editor(renderer, publisher, \"editor-0123/site-1.json\")"),
            "{script}"
        );
        let zh = std::fs::read_to_string(dir.join("zh-Hans").join(EDITOR_PAGE)).unwrap();
        assert!(zh.contains("<html lang=\"zh-Hans\">") && zh.contains("<title>报道编辑器</title>"), "{zh}");
        assert!(zh.contains(&format!("href=\"../{href}\"")) && zh.contains(&format!("src=\"../{start}\"")), "{zh}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
