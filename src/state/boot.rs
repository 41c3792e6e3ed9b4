//! How the page starts, decided from its URL and what the HTML carries.

use super::draft_url;

#[derive(Debug, PartialEq, Eq)]
pub enum Boot {
    /// The page was pre-rendered with the bundled dataset inline: hydrate it.
    Hydrate,
    /// An editor's draft (`?data=`): fetch it and render it on the client.
    Draft(String),
    /// `?data=` named something that may not be loaded: say why over the bundled story.
    DraftRefused(String),
    /// No pre-render (a plain trunk build): fetch the bundled dataset and render on the client.
    Fetch,
}

impl Boot {
    pub fn plan(query: &str, prerendered: bool) -> Self {
        match draft_url(query) {
            Some(Ok(url)) => Self::Draft(url),
            Some(Err(reason)) => Self::DraftRefused(reason),
            None if prerendered => Self::Hydrate,
            None => Self::Fetch,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans() {
        assert_eq!(Boot::plan("?issue=taiwan", true), Boot::Hydrate);
        assert_eq!(Boot::plan("", false), Boot::Fetch);
        assert_eq!(Boot::plan("?data=drafts/a.json", true), Boot::Draft("drafts/a.json".into()));
        assert!(matches!(Boot::plan("?data=https://evil.example/a.json", true), Boot::DraftRefused(_)));
    }
}
