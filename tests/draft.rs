//! The `?data=` decision against the table of hostile values, with the `url` crate standing in
//! for the browser's parser (both implement the WHATWG URL standard; `tests/web.rs` runs the same
//! table through Chromium's).

#[path = "support/hostile_drafts.rs"]
mod hostile_drafts;

use summit_explainer::state::{ParsedUrl, Refusal};

fn parse(value: &str, base: &str) -> Option<ParsedUrl> {
    let url = url::Url::parse(base).ok()?.join(value).ok()?;
    Some(ParsedUrl {
        href: url.as_str().to_string(),
        protocol: format!("{}:", url.scheme()),
        origin: url.origin().ascii_serialization(),
    })
}

#[test]
fn no_hostile_value_leaves_the_origin() {
    let wrong = hostile_drafts::wrong_decisions(&hostile_drafts::SITES, &parse);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_backslash_link_of_the_report_is_refused() {
    let page = "https://news.example/summit/";
    let refused = summit_explainer::state::resolve_draft(page, page, "/\\evil.example/x.json", &parse);
    assert_eq!(refused, Err(Refusal::OtherSite("https://evil.example".into())));
}
