//! Publishing a page: trunk's shell and the rendered pieces in, the page and its Content Security
//! Policy out. Every step parses the HTML (lol_html, a streaming rewriter) instead of searching
//! its text, so a story's words (in the JSON-LD, in the rendered app) cannot be mistaken for the
//! page's own markup, whatever they contain: `<style>`, `</script>`, `<!--`.
//!
//! - [`page`]: one rewriting pass over trunk's `index.html` that writes an edition's page
//!   (`compose.rs`), then its policy ([`secure`]);
//! - [`stylesheets`]: the stylesheets trunk linked, which the caller reads and hands back as
//!   [`Pieces::css`];
//! - [`editor_page()`]: the story editor's page for one edition (`editor_page.rs`);
//! - [`script_json`]: JSON made safe to embed in a `<script>`.
//!
//! No filesystem and no Leptos: the pre-render reads and writes the files and renders the pieces,
//! and the editor bundle can publish a page the same way in the browser (lol_html builds for
//! wasm). Only the `publish` feature brings it in; the reader's and editor's bundles leave it out.

mod compose;
mod editor_page;
mod loader;
mod pass;
mod policy;

use std::cell::RefCell;

use lol_html::element;

pub use compose::Pieces;
pub use editor_page::EditorPage;
use pass::{is_relative, rewrite};
pub use policy::{secure, Inline, Published};

/// One edition's page from trunk's shell (its staged `index.html`) and the rendered `pieces`.
pub fn page(shell: &str, pieces: &Pieces) -> Result<Published, String> {
    secure(&compose::page(shell, pieces)?)
}

/// The story editor's page for one edition, from its template, with its policy.
pub fn editor_page(template: &str, page: &EditorPage) -> Result<Published, String> {
    secure(&editor_page::compose(template, page)?)
}

/// The addresses, as written, of the stylesheets trunk linked in `shell` and [`page`] inlines:
/// relative `<link rel="stylesheet">`s, in order.
pub fn stylesheets(shell: &str) -> Result<Vec<String>, String> {
    let found = RefCell::new(Vec::new());
    rewrite(
        shell,
        vec![element!("link[rel=stylesheet][href]", |el| {
            let href = el.get_attribute("href").unwrap_or_default();
            if is_relative(&href) {
                found.borrow_mut().push(href);
            }
            Ok(())
        })],
    )?;
    Ok(found.into_inner())
}

/// `json` as the text of a `<script>` (JSON-LD): every `<` as `\u003c`, which a JSON reader reads
/// back as `<`. Inside a script, only a `<` starts what the HTML parser acts on (`</script` ends
/// the element, `<!--` and `<script` change how it looks for that end), so with none of them
/// nothing in the data can end or hide the element. Outside JSON strings, JSON has no `<`.
pub fn script_json(json: &str) -> String {
    json.replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_in_a_script_has_no_less_than_sign_and_reads_back_the_same() {
        let json = serde_json::json!({ "headline": "</script><!--<script><style>]]>\u{2028}" }).to_string();
        let safe = script_json(&json);
        assert!(!safe.contains('<'), "{safe}");
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&safe).unwrap(),
            serde_json::from_str::<serde_json::Value>(&json).unwrap()
        );
    }

    #[test]
    fn the_stylesheets_are_the_relative_links_in_order() {
        let shell = r#"<head><link rel="stylesheet" href="./a-1.css"><link rel="icon" href="i.svg"><link rel="stylesheet" href="https://x.org/b.css"><link rel="stylesheet" href="./c-2.css"/></head><body><p>&lt;link rel="stylesheet" href="./no.css"&gt;</p></body>"#;
        assert_eq!(stylesheets(shell).unwrap(), ["./a-1.css", "./c-2.css"]);
    }
}
