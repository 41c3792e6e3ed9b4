//! How the page starts, decided from its URL and what the HTML carries.

use super::draft::Refusal;

#[derive(Debug, PartialEq, Eq)]
pub enum Boot {
    /// The page was pre-rendered from the bundled dataset: hydrate it.
    Hydrate,
    /// An editor's draft (`?data=`): fetch it and render it on the client.
    Draft(String),
    /// `?data=` named something that may not be loaded: say why over the bundled story.
    DraftRefused(Refusal),
    /// No pre-render (a plain trunk build): fetch the bundled dataset and render on the client.
    Fetch,
}

impl Boot {
    /// `draft` is the `?data=` decision (`state::resolve_draft`), if the page asks for a draft.
    pub fn plan(draft: Option<Result<String, Refusal>>, prerendered: bool) -> Self {
        match draft {
            Some(Ok(url)) => Self::Draft(url),
            Some(Err(reason)) => Self::DraftRefused(reason),
            None if prerendered => Self::Hydrate,
            None => Self::Fetch,
        }
    }

    /// What the renderer bundle needs of the plan, as the two values a JavaScript call can carry:
    /// the draft to fetch, or why one was refused ([`Refusal::encode`]). Neither: render the
    /// bundled story.
    pub fn draft_parts(&self) -> (Option<String>, Option<String>) {
        match self {
            Self::Draft(url) => (Some(url.clone()), None),
            Self::DraftRefused(refusal) => (None, Some(refusal.encode())),
            Self::Hydrate | Self::Fetch => (None, None),
        }
    }

    /// The plan the reader made, back from [`Boot::draft_parts`], in the renderer bundle.
    pub fn from_draft_parts(draft: Option<String>, refused: Option<String>) -> Self {
        match (draft, refused) {
            (Some(url), _) => Self::Draft(url),
            // A refusal the reader wrote always reads back; anything else is still no draft.
            (None, Some(line)) => {
                Refusal::decode(&line).map_or(Self::DraftRefused(Refusal::NotAnAddress), Self::DraftRefused)
            }
            (None, None) => Self::Fetch,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans() {
        assert_eq!(Boot::plan(None, true), Boot::Hydrate);
        assert_eq!(Boot::plan(None, false), Boot::Fetch);
        assert_eq!(
            Boot::plan(Some(Ok("https://s.example/a.json".into())), true),
            Boot::Draft("https://s.example/a.json".into())
        );
        assert_eq!(Boot::plan(Some(Err(Refusal::Empty)), true), Boot::DraftRefused(Refusal::Empty));
    }

    #[test]
    fn the_plan_crosses_to_the_editor_bundle_intact() {
        let other_site = Boot::DraftRefused(Refusal::OtherSite("https://evil.example".into()));
        for boot in [Boot::Draft("https://s.example/a.json".into()), other_site, Boot::Fetch] {
            let (draft, refused) = boot.draft_parts();
            assert_eq!(Boot::from_draft_parts(draft, refused), boot);
        }
    }
}
