//! The composing half of the HTML pass: trunk's shell and the rendered pieces made into an
//! edition's page with its policy (`crate::publish`, lol_html). The pre-render runs it after
//! rendering; the story editor runs it on the pieces the renderer bundle hands it, for a
//! downloaded site ([`story_files`]). Either way, one pass.

use super::kit::{Kit, Rendered, Shell};
use crate::page::{Edition, HEADERS_FILE};
use crate::publish::{self, Inline, Pieces, Published};
use crate::views::Strings;

/// One edition's files, as text.
pub struct EditionPage {
    /// The page (`edition.page()`), with its head, JSON-LD and Content Security Policy.
    pub html: String,
    /// Its story index (`edition.story_index()`).
    pub index: String,
    /// The page's inline code, for the host's policy (`_headers`).
    pub inline: Inline,
}

/// The page of `rendered` as `edition`, from `shell`; `edit_link` shows the footer's link to the
/// story editor.
pub fn compose(shell: &Shell, rendered: Rendered, edition: &Edition, edit_link: bool) -> Result<EditionPage, String> {
    let root = edition.root();
    let renderer = shell.renderer.as_deref().map(|path| format!("{}{path}", root.trim_start_matches("./")));
    let t = Strings::for_language(edition.language);
    let Published { html, inline } = publish::page(
        &shell.html,
        &Pieces {
            language: edition.language,
            root,
            edit_link,
            css: &shell.css,
            skip_link: t.skip_link,
            start_failed: t.start_failed,
            head: &rendered.head,
            app: &rendered.app,
            renderer: renderer.as_deref(),
        },
    )?;
    Ok(EditionPage { html, index: rendered.index, inline })
}

/// The files a downloaded site of the story `json` writes anew, as (path, text), from its
/// `rendered` pieces as `edition` (`super::story_pieces`): its page (`index.html`, whatever the
/// language), dataset, story index and `_headers`. The rest of the site is the kit's files as
/// they are, and `sw.js`, which lists them all. The footer's link to the story editor is not
/// switched on (`edit_link`): the site has no editor.
pub fn story_files(
    kit: &Kit,
    rendered: Rendered,
    edition: &Edition,
    json: &str,
) -> Result<Vec<(String, String)>, String> {
    let page = compose(&kit.shell, rendered, edition, false)?;
    Ok(vec![
        (edition.page(), page.html),
        (edition.dataset.to_string(), json.to_string()),
        (edition.story_index(), page.index),
        (HEADERS_FILE.to_string(), page.inline.headers()),
    ])
}

/// `story`'s page as `edition`, linked to the same story's `others`, rendered and composed: the
/// pre-render's whole pass.
#[cfg(feature = "ssr")]
pub fn edition_page(
    shell: &Shell,
    story: &crate::model::Story,
    edition: &Edition,
    others: &[&'static Edition],
    edit_link: bool,
) -> Result<EditionPage, String> {
    compose(shell, super::render::render(story, edition, others), edition, edit_link)
}
