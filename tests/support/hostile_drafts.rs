//! The table of hostile `?data=` values (`tests/fixtures/hostile-drafts.json`), run through
//! `state::resolve_draft` with whichever URL parser the caller has: the `url` crate natively, the
//! browser's own in Chromium. The end-to-end test reads the same file.

use summit_explainer::state::{resolve_draft, UrlParser, MAX_DRAFT_ADDRESS};

const TABLE: &str = include_str!("../fixtures/hostile-drafts.json");

/// Where the page is, and the foreign site a hostile link points at.
pub struct Sites {
    pub page: &'static str,
    pub base: &'static str,
    pub evil_host: &'static str,
    pub evil_port: u16,
}

pub const SITES: Sites = Sites {
    page: "http://127.0.0.1:8080/summit/index.html?data=x",
    base: "http://127.0.0.1:8080/summit/index.html?data=x",
    evil_host: "127.0.0.1",
    evil_port: 9090,
};

fn fullwidth(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_graphic() { char::from_u32(c as u32 + 0xFEE0).unwrap() } else { c }).collect()
}

impl Sites {
    fn origin(&self) -> &str {
        let rest = &self.page["http://".len()..];
        &self.page[..self.page.len() - rest.len() + rest.find('/').unwrap()]
    }

    fn fill(&self, value: &str) -> String {
        let origin = self.origin();
        value
            .replace("{self}", origin)
            .replace("{host}", &origin["http://".len()..])
            .replace("{evil_wide}", &format!("{}:{}", fullwidth(self.evil_host), self.evil_port))
            .replace("{evil_port}", &self.evil_port.to_string())
            .replace("{evil}", &format!("{}:{}", self.evil_host, self.evil_port))
            .replace("{long}", &format!("drafts/{}.json", "a".repeat(MAX_DRAFT_ADDRESS)))
    }
}

fn list(key: &str) -> Vec<String> {
    let table: serde_json::Value = serde_json::from_str(TABLE).unwrap();
    table[key].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect()
}

/// Every row the decision gets wrong with `parse`, as readable lines; empty when all hold.
pub fn wrong_decisions(sites: &Sites, parse: UrlParser) -> Vec<String> {
    let mut wrong = Vec::new();
    let refused = list("refused");
    let same_origin = list("same-origin");
    assert!(refused.len() + same_origin.len() >= 25, "the table is the issue's minimum of 25 hostile values");
    for value in refused.iter().map(|v| sites.fill(v)) {
        if let Ok(href) = resolve_draft(sites.page, sites.base, &value, parse) {
            wrong.push(format!("{value:?} was accepted as {href}"));
        }
    }
    for value in same_origin.iter().map(|v| sites.fill(v)) {
        match resolve_draft(sites.page, sites.base, &value, parse) {
            Ok(href) if href.starts_with(&format!("{}/", sites.origin())) => {}
            other => wrong.push(format!("{value:?} should stay on {}: {other:?}", sites.origin())),
        }
    }
    wrong
}
