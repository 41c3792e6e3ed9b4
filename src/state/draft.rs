//! `?data=<address>` lets an editor preview a draft dataset. Only an address on the page's own
//! origin is ever fetched, so a link cannot make the explainer show someone else's content under
//! the newsroom's name.
//!
//! The decision is made on what a URL parser makes of the value, never on its spelling: the URL
//! standard reads `/\evil.example` as `//evil.example`, strips tabs and newlines from a scheme,
//! and folds case and IDN hosts, so a pattern test on the text can always be walked around. The
//! parser is a parameter: the browser's own (`web_sys::Url`) in the page, the `url` crate (the
//! same WHATWG standard) in native tests, and both answer the same table
//! (`tests/fixtures/hostile-drafts.json`).

use super::query;

/// The query parameter that names a draft.
pub const DRAFT_PARAM: &str = "data";

/// Longer than any real path to a draft; a longer value is refused before it is parsed.
pub const MAX_DRAFT_ADDRESS: usize = 2048;

/// What a WHATWG URL parser says of an address: its serialisation, scheme and origin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedUrl {
    pub href: String,
    /// With its colon, as the URL standard serialises it: `"https:"`.
    pub protocol: String,
    /// `"null"` for an opaque origin (`data:`, `file:`, a sandboxed document's own URL).
    pub origin: String,
}

/// Parses `value` against `base` by the URL standard; `None` if it is not a URL.
pub type UrlParser<'a> = &'a dyn Fn(&str, &str) -> Option<ParsedUrl>;

/// Why a `?data=` address was refused. The page words it, in its language
/// (`Strings::draft_refusal`), and names the value that decided it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    /// Longer than [`MAX_DRAFT_ADDRESS`]: how many characters it has.
    TooLong(usize),
    /// The page's own URL has an opaque origin (`data:`, a sandboxed frame), equal to none.
    NoOrigin,
    NotAnAddress,
    /// Not `http:` or `https:`: the scheme, with its colon.
    NotWeb(String),
    /// On another origin: that origin.
    OtherSite(String),
}

impl Refusal {
    /// One line for the call into the renderer bundle, which words it: the kind, a space, the
    /// value (URL origins and schemes hold no spaces; the value is the rest of the line anyway).
    pub fn encode(&self) -> String {
        let (kind, value) = match self {
            Self::Empty => ("empty", String::new()),
            Self::TooLong(length) => ("too-long", length.to_string()),
            Self::NoOrigin => ("no-origin", String::new()),
            Self::NotAnAddress => ("not-an-address", String::new()),
            Self::NotWeb(scheme) => ("not-web", scheme.clone()),
            Self::OtherSite(origin) => ("other-site", origin.clone()),
        };
        format!("{kind} {value}")
    }

    /// One refusal of each kind, for the tests of what reads or words them.
    #[cfg(test)]
    pub(crate) fn one_of_each() -> [Self; 6] {
        [
            Self::Empty,
            Self::TooLong(4097),
            Self::NoOrigin,
            Self::NotAnAddress,
            Self::NotWeb("javascript:".into()),
            Self::OtherSite("https://evil.example".into()),
        ]
    }

    /// The refusal [`Refusal::encode`] wrote; `None` for any other text.
    pub fn decode(line: &str) -> Option<Self> {
        let (kind, value) = line.split_once(' ')?;
        Some(match kind {
            "empty" => Self::Empty,
            "too-long" => Self::TooLong(value.parse().ok()?),
            "no-origin" => Self::NoOrigin,
            "not-an-address" => Self::NotAnAddress,
            "not-web" => Self::NotWeb(value.to_string()),
            "other-site" => Self::OtherSite(value.to_string()),
            _ => return None,
        })
    }
}

/// The absolute address of the draft to fetch, if `value` (the `?data=` value, decoded) is on the
/// origin of `page` (the document's URL) once resolved against `base` (the document's base URL);
/// otherwise why it was refused.
pub fn resolve_draft(page: &str, base: &str, value: &str, parse: UrlParser) -> Result<String, Refusal> {
    if value.trim().is_empty() {
        return Err(Refusal::Empty);
    }
    if value.len() > MAX_DRAFT_ADDRESS {
        return Err(Refusal::TooLong(value.len()));
    }
    let Some(page) = parse(page, page).filter(|p| p.origin != "null") else {
        return Err(Refusal::NoOrigin);
    };
    let Some(draft) = parse(value, base) else {
        return Err(Refusal::NotAnAddress);
    };
    if draft.protocol != "http:" && draft.protocol != "https:" {
        return Err(Refusal::NotWeb(draft.protocol));
    }
    if draft.origin != page.origin {
        return Err(Refusal::OtherSite(draft.origin));
    }
    Ok(draft.href)
}

/// The decoded `?data=` value of `query`, if it has one.
pub fn draft_param(query: &str) -> Option<String> {
    query::get(query, DRAFT_PARAM)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fake(href: &str, protocol: &str, origin: &str) -> Option<ParsedUrl> {
        Some(ParsedUrl { href: href.into(), protocol: protocol.into(), origin: origin.into() })
    }

    #[test]
    fn the_decision_follows_the_parser_not_the_text() {
        // A parser that says everything is on the page's origin: the text alone decides nothing.
        let same = |v: &str, _: &str| fake(&format!("https://site.example/{v}"), "https:", "https://site.example");
        assert_eq!(
            resolve_draft("p", "b", "//looks-foreign", &same),
            Ok("https://site.example///looks-foreign".into())
        );
        let elsewhere = |v: &str, _: &str| {
            if v == "page" {
                fake("https://site.example/", "https:", "https://site.example")
            } else {
                fake("https://evil.example/a", "https:", "https://evil.example")
            }
        };
        assert_eq!(
            resolve_draft("page", "page", "drafts/a.json", &elsewhere),
            Err(Refusal::OtherSite("https://evil.example".into()))
        );
    }

    #[test]
    fn opaque_origins_never_match_each_other() {
        let opaque = |v: &str, _: &str| fake(v, "data:", "null");
        assert_eq!(resolve_draft("data:text/html,x", "data:text/html,x", "data:,{}", &opaque), Err(Refusal::NoOrigin));
    }

    #[test]
    fn over_long_and_blank_values_are_refused_before_parsing() {
        let never = |_: &str, _: &str| -> Option<ParsedUrl> { panic!("must not be parsed") };
        assert_eq!(
            resolve_draft("p", "b", &"a".repeat(MAX_DRAFT_ADDRESS + 1), &never),
            Err(Refusal::TooLong(MAX_DRAFT_ADDRESS + 1))
        );
        assert_eq!(resolve_draft("p", "b", " \t", &never), Err(Refusal::Empty));
    }

    #[test]
    fn a_refusal_crosses_to_the_editor_bundle_intact() {
        for refusal in Refusal::one_of_each() {
            assert_eq!(Refusal::decode(&refusal.encode()), Some(refusal));
        }
        assert_eq!(Refusal::decode("nonsense"), None);
        assert_eq!(Refusal::decode("too-long many"), None);
    }

    #[test]
    fn the_param_is_decoded_once() {
        assert_eq!(draft_param("?issue=x"), None);
        assert_eq!(draft_param("?data=%2F%5Cevil.example%2Fx.json").as_deref(), Some("/\\evil.example/x.json"));
    }
}
