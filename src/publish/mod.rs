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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stylesheets_are_the_relative_links_in_order() {
        let shell = r#"<head><link rel="stylesheet" href="./a-1.css"><link rel="icon" href="i.svg"><link rel="stylesheet" href="https://x.org/b.css"><link rel="stylesheet" href="./c-2.css"/></head><body><p>&lt;link rel="stylesheet" href="./no.css"&gt;</p></body>"#;
        assert_eq!(stylesheets(shell).unwrap(), ["./a-1.css", "./c-2.css"]);
    }
}
