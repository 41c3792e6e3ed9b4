//! `edit.html`, the story editor, written beside the explainer's pages: its own small page
//! (`src/editor/edit.html`), the explainer's stylesheets (so the preview looks as readers see
//! it) and the editor's own, and the editor bundle's module. Its CSP is written with every
//! other page's (`csp.rs`), and the service worker precaches it (`precache.rs`).

use std::path::Path;

use summit_explainer::page::EDITOR_PAGE;

use super::styles::compact;

const TEMPLATE: &str = include_str!("../../editor/edit.html");
const EDITOR_CSS: &str = include_str!("../../editor/editor.css");
const STYLES_MARKER: &str = "<!--styles-->";
const MODULE_MARKER: &str = "./EDITOR_MODULE";

/// Writes `edit.html` into `dir`, taking the explainer's inlined `<style>` from `shell` (the
/// staged page, stylesheets already inlined) and loading the editor bundle from `module`.
pub fn write(dir: &Path, shell: &str, module: &str) -> Result<(), String> {
    let start = shell.find("<style>").ok_or("the shell has no inlined <style>")? + "<style>".len();
    let end = shell[start..].find("</style>").ok_or("the shell's <style> is not closed")? + start;
    let css = format!("<style>{}{}</style>", &shell[start..end], compact(EDITOR_CSS));
    let html = TEMPLATE.replacen(STYLES_MARKER, &css, 1).replacen(MODULE_MARKER, &format!("./{module}"), 1);
    if html.contains(STYLES_MARKER) || html.contains(MODULE_MARKER) {
        return Err(format!("src/editor/edit.html lacks {STYLES_MARKER} or {MODULE_MARKER}"));
    }
    std::fs::write(dir.join(EDITOR_PAGE), html).map_err(|e| format!("cannot write {EDITOR_PAGE}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_editor_page_gets_the_explainer_s_styles_and_the_editor_module() {
        let dir = std::env::temp_dir().join(format!("editor-page-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        write(&dir, "<head><style>\nbody{}\n</style></head>", "editor-0123/summit-editor.js").unwrap();
        let html = std::fs::read_to_string(dir.join(EDITOR_PAGE)).unwrap();
        assert!(html.contains("<style>\nbody{}\n.editor-body"), "{html}");
        assert!(html.contains("from \"./editor-0123/summit-editor.js\""));
        assert_eq!(html.matches("<script").count(), 1, "one inline module, hashed by the CSP");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
