//! The pass that turns trunk's shell into one edition's page. Each change is a handler on what
//! the parser found (an element, a comment, a script's text), so the changes do not depend on
//! one another's order, and what a handler inserts (the rendered head and app) is written as it
//! is, never searched or rewritten by another handler.

use std::cell::RefCell;
use std::rc::Rc;

use lol_html::html_content::{ContentType, TextType};
use lol_html::{comments, element, end_tag, text};

use super::loader::{compact_script, deferred};
use super::pass::{is_relative, relocate, rewrite, Handler};
use crate::page::{APP_ID, EDIT_LINK_CLASS, FAILED_NOTE_ID, PRERENDERED_ATTR, RENDERER_ATTR, ROOT_ATTR};

/// The shell's comment in `<head>` where the rendered metadata goes (`<!--head-->`).
const HEAD_MARKER: &str = "head";
/// The shell's skip link, whose words are the edition's.
const SKIP_LINK: &str = "a.skip-link";

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
    /// The rules of every stylesheet trunk linked, in order ([`super::stylesheets`]), inlined as one
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
    /// The renderer bundle's module, from this page (`page::RENDERER_ATTR`), where the build has one.
    pub renderer: Option<&'a str>,
}

/// What the handlers found and are in the middle of; shared, because a script's replacement is
/// written by its end tag's handler, which lol_html requires to own what it uses.
#[derive(Default)]
struct State {
    /// The text of the inline script being read: replaced as a whole once it has all been read.
    script: String,
    reading_script: bool,
    /// The shell writes one element a line in `<head>`: a removed element takes its line along.
    /// White space there is held until what follows shows whether it stays: the next element
    /// (unless removed), a comment, other text, or `</head>` writes it back.
    held_white_space: String,
    /// The element at hand is being removed, with the white space before it.
    removing: bool,
    styles_inlined: bool,
    loader_written: bool,
    head_written: bool,
    title_removed: bool,
    app_written: bool,
    skip_link_worded: bool,
    note_worded: bool,
}

/// Trunk's `shell` as the page of one edition, without its policy.
pub fn page(shell: &str, pieces: &Pieces) -> Result<String, String> {
    // Browsers end a <style> at `</style` in any case: one in the rules would end it early.
    if pieces.css.to_ascii_lowercase().contains("</style") {
        return Err("a stylesheet contains </style".into());
    }
    let state = Rc::new(RefCell::new(State::default()));
    let style = format!("<style>\n{}</style>", pieces.css);
    let root = pieces.root.to_string();
    let handlers = vec![
        element!("html", |el| {
            el.set_attribute("lang", &attribute_value(pieces.language))?;
            if pieces.edit_link {
                let classes =
                    el.get_attribute("class").map_or(EDIT_LINK_CLASS.to_string(), |c| format!("{c} {EDIT_LINK_CLASS}"));
                el.set_attribute("class", &classes)?;
            }
            Ok(())
        }),
        // The shell's hand-written title only serves the unrendered shell; the head has the story's.
        element!("head > title", |el| {
            let mut state = state.borrow_mut();
            if !state.title_removed {
                // The element only: its line's white space stays, before the rendered head,
                // which is written at the comment on the next line.
                el.remove();
                state.title_removed = true;
            }
            Ok(())
        }),
        comments!("head", |comment| {
            let mut state = state.borrow_mut();
            if comment.text() == HEAD_MARKER && !state.head_written {
                comment.replace(pieces.head, ContentType::Html);
                state.head_written = true;
            }
            Ok(())
        }),
        // Seven render-blocking requests before first paint become one <style> in the HTML the
        // browser already has (150–250 ms of mobile first paint); see the pre-render's styles.rs.
        element!("link[rel=stylesheet][href]", |el| {
            if !is_relative(&el.get_attribute("href").unwrap_or_default()) {
                return Ok(());
            }
            let mut state = state.borrow_mut();
            if state.styles_inlined {
                el.remove();
                state.removing = true;
            } else {
                el.replace(&style, ContentType::Html);
                state.styles_inlined = true;
            }
            Ok(())
        }),
        // The story is readable from the HTML alone, so the app's code must not compete with the
        // page's CSS for the first bytes: trunk's high-priority preloads of the wasm and its glue
        // go, and the loader fetches them when the reader reaches for the app.
        element!("link[rel=preload], link[rel=modulepreload]", |el| {
            el.remove();
            state.borrow_mut().removing = true;
            Ok(())
        }),
        // Trunk's module script is replaced by the loader; the shell's own inline scripts lose
        // their comment lines. Data blocks and scripts with a `src` are left as they are.
        element!("script:not([src])", |el| {
            let kind = el.get_attribute("type").unwrap_or_default().to_ascii_lowercase();
            let trunks = kind == "module" && !state.borrow().loader_written;
            if !(trunks || kind.is_empty() || kind == "text/javascript") {
                return Ok(());
            }
            {
                let mut state = state.borrow_mut();
                state.script.clear();
                state.reading_script = true;
                state.loader_written |= trunks;
            }
            let (state, root) = (Rc::clone(&state), root.clone());
            el.on_end_tag(end_tag!(move |end| {
                let mut state = state.borrow_mut();
                state.reading_script = false;
                let text = std::mem::take(&mut state.script);
                let script = if trunks { deferred(&text, &root)? } else { compact_script(&text) };
                end.before(&script, ContentType::Html);
                Ok(())
            }))
        }),
        text!("script", |chunk| {
            let mut state = state.borrow_mut();
            if state.reading_script {
                state.script.push_str(chunk.as_str());
                chunk.remove();
            }
            Ok(())
        }),
        element!(SKIP_LINK, |el| {
            el.set_inner_content(pieces.skip_link, ContentType::Text);
            state.borrow_mut().skip_link_worded = true;
            Ok(())
        }),
        element!(format!("#{FAILED_NOTE_ID}"), |el| {
            el.set_inner_content(pieces.start_failed, ContentType::Text);
            state.borrow_mut().note_worded = true;
            Ok(())
        }),
        // The rendered story in place of the loading skeleton, and what the bundles read from
        // the page: that it is pre-rendered, where the build's root is, where the renderer bundle is.
        element!(format!("#{APP_ID}"), |el| {
            el.set_attribute(PRERENDERED_ATTR, "")?;
            el.set_attribute(ROOT_ATTR, &attribute_value(pieces.root))?;
            if let Some(renderer) = pieces.renderer {
                el.set_attribute(RENDERER_ATTR, &attribute_value(renderer))?;
            }
            el.set_inner_content(pieces.app, ContentType::Html);
            state.borrow_mut().app_written = true;
            Ok(())
        }),
        // An edition in a folder reaches the shared bundles, icons and manifest through `../`.
        // Only the shell's own addresses: the rendered pieces already are from their page.
        element!("[href], [src]", |el| {
            for name in ["href", "src"] {
                if let Some(address) = el.get_attribute(name) {
                    let moved = relocate(&address, pieces.root);
                    if moved != address {
                        el.set_attribute(name, &moved)?;
                    }
                }
            }
            Ok(())
        }),
    ];
    let html = rewrite_with_white_space(shell, handlers, &state)?;
    let state = state.borrow();
    let missing = [
        (state.styles_inlined, "a stylesheet link to inline"),
        (state.loader_written, "trunk's module script to defer"),
        (state.head_written, "a <!--head--> comment in its <head>"),
        (state.app_written, "an element #app"),
        (state.skip_link_worded, "a skip link (a.skip-link)"),
        (state.note_worded, "the start failure note"),
    ];
    match missing.iter().find(|(found, _)| !found) {
        Some((_, what)) => Err(format!("the shell has no {what}")),
        None => Ok(html),
    }
}

/// [`rewrite`], with each removed element's line removed too (see [`State::held_white_space`]):
/// these handlers run after the others, so they see what those did.
fn rewrite_with_white_space<'h>(
    html: &str,
    mut handlers: Vec<Handler<'h>>,
    state: &'h Rc<RefCell<State>>,
) -> Result<String, String> {
    handlers.extend([
        text!("head", |chunk| {
            // Only the head's own text: a script's or a style's is code, not layout.
            if chunk.text_type() != TextType::Data {
                return Ok(());
            }
            if chunk.as_str().trim().is_empty() {
                state.borrow_mut().held_white_space.push_str(chunk.as_str());
                chunk.remove();
            } else {
                chunk.before(&release(state), ContentType::Html);
            }
            Ok(())
        }),
        element!("head *", |el| {
            let held = release(state);
            if !std::mem::take(&mut state.borrow_mut().removing) {
                el.before(&held, ContentType::Html);
            }
            Ok(())
        }),
        comments!("head", |comment| {
            comment.before(&release(state), ContentType::Html);
            Ok(())
        }),
        element!("head", |el| {
            let state = Rc::clone(state);
            el.on_end_tag(end_tag!(move |end| {
                end.before(&release(&state), ContentType::Html);
                Ok(())
            }))
        }),
    ]);
    rewrite(html, handlers)
}

/// The white space held so far, to write back or drop.
fn release(state: &RefCell<State>) -> String {
    std::mem::take(&mut state.borrow_mut().held_white_space)
}

/// `value` for lol_html's `set_attribute`, which escapes `"` but writes `&` as it is.
fn attribute_value(value: &str) -> String {
    value.replace('&', "&amp;")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Trunk's page, as trunk writes it (trimmed): its stylesheets, preloads and module script.
    pub const TRUNK: &str = "<!doctype html>
<html lang=\"en\">
<head>
  <meta charset=\"utf-8\">
  <title>Shell</title>
  <!--head-->
  <link rel=\"manifest\" href=\"manifest.webmanifest\">
  <script>
    // Why, for engineers.
    window.a = 1;
  </script>
  <link rel=\"stylesheet\" href=\"./a-1.css\" data-integrity=\"none\"/>
  <link rel=\"stylesheet\" href=\"./b-2.css\" data-integrity=\"none\"/>
<link rel=\"modulepreload\" href=\"./app-1.js\" crossorigin=\"anonymous\">
<link rel=\"preload\" href=\"./app-1_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\">
<script type=\"module\">
import init, * as bindings from './app-1.js';
const wasm = await init({ module_or_path: './app-1_bg.wasm' });
window.wasmBindings = bindings;
</script>
</head>
<body>
  <a class=\"skip-link\" href=\"#main\">Skip</a>
  <p id=\"app-failed\" class=\"app-failed-note\" role=\"alert\" hidden>
    Could not start.
  </p>
  <div id=\"app\">
    <div class=\"skeleton\"><div></div></div>
  </div><!--/app-->
</body>
</html>";

    pub fn pieces(root: &'static str) -> Pieces<'static> {
        Pieces {
            language: "zh-Hans",
            root,
            edit_link: false,
            css: "a{}\nb{}\n",
            skip_link: "跳到正文",
            start_failed: "无法启动。",
            head: "<title>Story</title><script type=\"application/ld+json\">{}</script>",
            app: "<main id=\"main\">story</main>",
            renderer: Some("editor-1/summit-render.js"),
        }
    }

    #[test]
    fn the_shell_becomes_the_editions_page() {
        let html = page(TRUNK, &pieces("./")).unwrap();
        assert!(html.starts_with("<!doctype html>\n<html lang=\"zh-Hans\">\n<head>\n  <meta charset=\"utf-8\">\n  \n  <title>Story</title><script type=\"application/ld+json\">{}</script>\n  <link rel=\"manifest\" href=\"manifest.webmanifest\">\n"), "{html}");
        assert!(html.contains("<script>\nwindow.a = 1;\n  </script>\n  <style>\na{}\nb{}\n</style>\n<script type=\"module\">\nsummitWhenWanted("), "{html}");
        assert!(!html.contains("preload") && !html.contains("import init"), "{html}");
        assert!(html.contains("<a class=\"skip-link\" href=\"#main\">跳到正文</a>"));
        assert!(html.contains("<p id=\"app-failed\" class=\"app-failed-note\" role=\"alert\" hidden>无法启动。</p>"));
        assert!(html.contains("<div id=\"app\" data-prerendered=\"\" data-root=\"./\" data-renderer=\"editor-1/summit-render.js\"><main id=\"main\">story</main></div><!--/app-->"), "{html}");
        assert_eq!(html.matches("<title>").count(), 1);
    }

    #[test]
    fn an_edition_in_a_folder_reaches_the_root_and_its_pieces_are_left_as_rendered() {
        let mut folder = pieces("../");
        folder.app = "<a href=\"./\">here</a><img src=\"x.png\">";
        let html = page(TRUNK, &folder).unwrap();
        assert!(html.contains("href=\"../manifest.webmanifest\""), "{html}");
        assert!(
            html.contains("await import('../app-1.js')") && html.contains("module_or_path: '../app-1_bg.wasm'"),
            "{html}"
        );
        assert!(html.contains("href=\"#main\""));
        assert!(html.contains("<a href=\"./\">here</a><img src=\"x.png\">"), "the rendered app is not relocated again");
        assert!(html.contains("data-root=\"../\""));
    }

    #[test]
    fn the_edit_link_class_goes_on_the_root_element() {
        let html = page(TRUNK, &Pieces { edit_link: true, ..pieces("./") }).unwrap();
        assert!(html.contains("<html lang=\"zh-Hans\" class=\"edit\">"), "{html}");
    }

    #[test]
    fn a_shell_trunk_did_not_write_is_an_error() {
        for (cut, what) in [
            ("<!--head-->", "<!--head-->"),
            ("<script type=\"module\">", "module script"),
            ("<div id=\"app\">", "#app"),
            ("<link rel=\"stylesheet\" href=\"./a-1.css\" data-integrity=\"none\"/>\n  <link rel=\"stylesheet\" href=\"./b-2.css\" data-integrity=\"none\"/>", "stylesheet"),
        ] {
            let error = page(&TRUNK.replace(cut, ""), &pieces("./")).unwrap_err();
            assert!(error.contains(what), "{cut}: {error}");
        }
        let error = page(TRUNK, &Pieces { css: "a{}</STYLE>", ..pieces("./") }).unwrap_err();
        assert!(error.contains("</style"), "{error}");
    }

    #[test]
    fn markup_in_a_comment_or_in_text_is_not_the_shells() {
        let shell = TRUNK.replace("<body>", "<body>\n  <!-- <div id=\"app\"> <link rel=\"stylesheet\" href=\"./x.css\"> -->\n  <p>&lt;!--head--&gt;</p>");
        let html = page(&shell, &pieces("./")).unwrap();
        assert!(html.contains("<!-- <div id=\"app\"> <link rel=\"stylesheet\" href=\"./x.css\"> -->"), "{html}");
        assert!(html.contains("<p>&lt;!--head--&gt;</p>"));
        assert_eq!(html.matches("<style>").count(), 1);
    }
}
