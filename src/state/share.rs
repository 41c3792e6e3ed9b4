//! The link and embed code a reader copies, carrying the current selection.

use super::query;
use super::selection::Selection;

/// `base` (the explainer's own address, or the host page's inside an embed) with the selection.
pub fn share_url(base: &str, selection: &Selection) -> String {
    let (without_hash, hash) = base.split_once('#').map_or((base, ""), |(b, h)| (b, h));
    let (path, q) = without_hash.split_once('?').map_or((without_hash, ""), |(p, q)| (p, q));
    // The host page's own parameters stay; the explainer's embed plumbing does not travel.
    let q = ["embed", "childId", "initialWidth", "parentTitle", "parentUrl"]
        .into_iter()
        .fold(q.to_string(), |q, key| query::set(&q, key, None));
    let q = selection.to_query(&q);
    let hash = if hash.is_empty() { String::new() } else { format!("#{hash}") };
    format!("{path}{q}{hash}")
}

/// A plain iframe and the Pym.js form, both pointing at `page_url` in embed mode. `root` is the
/// build's root from the page ("./", or "../" for an edition in a folder), where pym's loader is.
pub fn embed_snippets(page_url: &str, root: &str, selection: &Selection, title: &str) -> (String, String) {
    let src = share_url(page_url, selection);
    let src = format!("{src}{}embed=1", if src.contains('?') { "&" } else { "?" });
    let title = title.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    let src_attr = src.replace('&', "&amp;");
    let iframe = format!(
        "<iframe src=\"{src_attr}\" title=\"{title}\" width=\"100%\" height=\"1400\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>"
    );
    let base = page_url.split(['?', '#']).next().unwrap_or(page_url);
    let mut dir = &base[..base.rfind('/').map_or(0, |i| i + 1)];
    if root == "../" {
        let parent = dir.strip_suffix('/').and_then(|d| d.rfind('/'));
        dir = parent.map_or(dir, |i| &dir[..=i]);
    }
    let pym = format!(
        "<div data-pym-src=\"{src_attr}\" data-pym-title=\"{title}\">Loading…</div>\n<script src=\"{dir}pym.v1.min.js\" type=\"text/javascript\"></script>"
    );
    (iframe, pym)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn taiwan() -> Selection {
        Selection { issue: Some("taiwan".into()), event: None }
    }

    #[test]
    fn share_url_carries_the_selection_and_drops_embed_plumbing() {
        assert_eq!(share_url("https://x.example/summit/", &taiwan()), "https://x.example/summit/?issue=taiwan");
        assert_eq!(
            share_url("https://x.example/summit/?embed=1&childId=c1&issue=iran", &taiwan()),
            "https://x.example/summit/?issue=taiwan"
        );
        assert_eq!(
            share_url("https://news.example/story?id=7#top", &Selection::default()),
            "https://news.example/story?id=7#top"
        );
    }

    #[test]
    fn snippets_embed_the_page_in_embed_mode() {
        let (iframe, pym) = embed_snippets("https://x.example/summit/index.html", "./", &taiwan(), "Biden & Xi");
        assert!(iframe.contains("src=\"https://x.example/summit/index.html?issue=taiwan&amp;embed=1\""), "{iframe}");
        assert!(iframe.contains("title=\"Biden &amp; Xi\""));
        assert!(pym.contains("data-pym-src=\"https://x.example/summit/index.html?issue=taiwan&amp;embed=1\""));
        assert!(pym.contains("src=\"https://x.example/summit/pym.v1.min.js\""));
        // An edition in a folder: its own address, the loader from the build's root.
        let (iframe, pym) = embed_snippets("https://x.example/summit/zh-Hans/", "../", &taiwan(), "T");
        assert!(iframe.contains("src=\"https://x.example/summit/zh-Hans/?issue=taiwan&amp;embed=1\""), "{iframe}");
        assert!(pym.contains("src=\"https://x.example/summit/pym.v1.min.js\""), "{pym}");
    }
}
