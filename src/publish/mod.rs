//! Publishing a page: trunk's shell and the rendered pieces in, the page and its Content Security
//! Policy out. Every step parses the HTML (lol_html, a streaming rewriter) instead of searching
//! its text, so a story's words (in the JSON-LD, in the rendered app) cannot be mistaken for the
//! page's own markup, whatever they contain: `<style>`, `</script>`, `<!--`.
//!
//! - [`page`]: one rewriting pass over trunk's `index.html` that writes an edition's page
//!   (`compose.rs`), then its policy ([`policy::secure`]);
//! - [`stylesheets`]: the stylesheets trunk linked, which the caller reads and hands back as
//!   [`Pieces::css`];
//! - [`script_json`]: JSON made safe to embed in a `<script>`.
//!
//! No filesystem and no Leptos: the pre-render reads and writes the files and renders the pieces,
//! and the editor bundle can publish a page the same way in the browser (lol_html builds for
//! wasm). Only the `publish` feature brings it in; the reader's and editor's bundles leave it out.

mod compose;
mod loader;
pub mod policy;

use std::cell::RefCell;

use lol_html::{element, rewrite_str, RewriteStrSettings};

pub use policy::{secure, Inline};

/// What the build puts into trunk's shell to make one edition's page.
#[derive(Clone, Copy, Debug)]
pub struct Pieces<'a> {
    /// The edition's BCP 47 tag, for `<html lang>`.
    pub language: &'a str,
    /// The build's root from this page (`./`, or `../` for an edition in a folder): the shell's
    /// relative addresses and the bundle's are reached through it.
    pub root: &'a str,
    /// Show the footer's link to the story editor (`page::EDIT_LINK_CLASS` on `<html>`).
    pub edit_link: bool,
    /// The rules of every stylesheet trunk linked, in order ([`stylesheets`]), inlined as one
    /// `<style>` where the first link was.
    pub css: &'a str,
    /// The skip link's words, and the "could not start" note's, in the edition's language.
    pub skip_link: &'a str,
    pub start_failed: &'a str,
    /// The rendered `<head>` metadata (title, Open Graph, JSON-LD), where the shell's `<!--head-->`
    /// comment is; it replaces the shell's own `<title>`.
    pub head: &'a str,
    /// The rendered story, the content of `#app`.
    pub app: &'a str,
    /// The editor bundle's module, from this page (`page::EDITOR_ATTR`), where the build has one.
    pub editor: Option<&'a str>,
}

/// A page ready to serve, and the inline code its policy allows.
#[derive(Clone, Debug)]
pub struct Published {
    pub html: String,
    pub inline: Inline,
}

/// One edition's page from trunk's shell (its staged `index.html`) and the rendered `pieces`.
pub fn page(shell: &str, pieces: &Pieces) -> Result<Published, String> {
    secure(&compose::page(shell, pieces)?)
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

/// Whether an address in the shell is relative to the page, so an edition in a folder reaches
/// it through `../`: not a scheme (`https:`), not absolute (`/`), not in-page (`#`, `?`), not empty.
fn is_relative(address: &str) -> bool {
    let scheme = address.split(['/', '?', '#']).next().is_some_and(|first| first.contains(':'));
    !scheme && !address.is_empty() && !address.starts_with(['#', '/', '?'])
}

/// `address` from a page whose build root is `root`: `./x` and `x` become `../x` from `../`.
fn relocate(address: &str, root: &str) -> String {
    if root == "./" || !is_relative(address) {
        return address.to_string();
    }
    format!("{root}{}", address.strip_prefix("./").unwrap_or(address))
}

/// lol_html's element handler type for one pass, with handlers that may borrow the pass's state.
type Handler<'h> = (std::borrow::Cow<'static, lol_html::Selector>, lol_html::ElementContentHandlers<'h>);

/// `html` through `handlers`, in order; a handler's error, or lol_html's, as text.
fn rewrite<'h>(html: &str, handlers: Vec<Handler<'h>>) -> Result<String, String> {
    let mut settings = RewriteStrSettings::new().with_enable_esi_tags(false);
    for handler in handlers {
        settings = settings.append_element_content_handler(handler);
    }
    rewrite_str(html, settings).map_err(|e| e.to_string())
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
    fn relative_addresses_move_with_the_page_and_others_stay() {
        for (address, from_folder) in [
            ("manifest.webmanifest", "../manifest.webmanifest"),
            ("./app-1.js", "../app-1.js"),
            ("icons/a.png", "../icons/a.png"),
            ("#main", "#main"),
            ("?issue=x", "?issue=x"),
            ("/abs", "/abs"),
            ("https://x.org/a", "https://x.org/a"),
            ("mailto:a@b.org", "mailto:a@b.org"),
            ("", ""),
        ] {
            assert_eq!(relocate(address, "../"), from_folder, "{address}");
            assert_eq!(relocate(address, "./"), address, "{address}");
        }
    }

    #[test]
    fn the_stylesheets_are_the_relative_links_in_order() {
        let shell = r#"<head><link rel="stylesheet" href="./a-1.css"><link rel="icon" href="i.svg"><link rel="stylesheet" href="https://x.org/b.css"><link rel="stylesheet" href="./c-2.css"/></head><body><p>&lt;link rel="stylesheet" href="./no.css"&gt;</p></body>"#;
        assert_eq!(stylesheets(shell).unwrap(), ["./a-1.css", "./c-2.css"]);
    }
}
