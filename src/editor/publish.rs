//! The addresses an editor publishes with: the explainer showing a draft uploaded beside it
//! (`?data=`), and the embed code for that address, the reader's Embed panel's own
//! (`state::embed_snippets`).

use crate::state::{embed_snippets, query, Selection, DRAFT_PARAM};

/// The explainer's address, from the editor page's: `edit.html` sits beside `index.html`.
pub fn explainer_url(editor_url: &str) -> String {
    let base = editor_url.split(['?', '#']).next().unwrap_or(editor_url);
    base[..base.rfind('/').map_or(0, |i| i + 1)].to_string()
}

/// The explainer showing the draft at `path` (relative to the explainer, on the same site: the
/// reader refuses any other, `state::resolve_draft`).
pub fn preview_link(editor_url: &str, path: &str) -> String {
    format!("{}{}", explainer_url(editor_url), query::set("", DRAFT_PARAM, Some(path.trim())))
}

/// The Pym.js embed code for the draft at `path`, exactly as the reader's Embed panel writes it.
pub fn embed_code(editor_url: &str, path: &str, title: &str) -> String {
    // The explainer is at the build's root, where the editor page is.
    embed_snippets(&preview_link(editor_url, path), "./", &Selection::default(), title).1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preview_link_is_the_explainer_beside_the_editor_with_the_draft() {
        let editor = "https://news.example/summit/edit.html?x=1#top";
        assert_eq!(explainer_url(editor), "https://news.example/summit/");
        assert_eq!(
            preview_link(editor, " drafts/my story.json "),
            "https://news.example/summit/?data=drafts%2Fmy%20story.json"
        );
        let code = embed_code(editor, "drafts/a.json", "A & B");
        assert!(
            code.contains("data-pym-src=\"https://news.example/summit/?data=drafts%2Fa.json&amp;embed=1\""),
            "{code}"
        );
        assert!(code.contains("https://news.example/summit/pym.v1.min.js") && code.contains("A &amp; B"));
    }
}
