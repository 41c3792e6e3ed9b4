//! How the page starts, decided from its URL and what the HTML carries.

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
    /// `draft` is the `?data=` decision (`state::resolve_draft`), if the page asks for a draft.
    pub fn plan(draft: Option<Result<String, String>>, prerendered: bool) -> Self {
        match draft {
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
        assert_eq!(Boot::plan(None, true), Boot::Hydrate);
        assert_eq!(Boot::plan(None, false), Boot::Fetch);
        assert_eq!(
            Boot::plan(Some(Ok("https://s.example/a.json".into())), true),
            Boot::Draft("https://s.example/a.json".into())
        );
        assert_eq!(Boot::plan(Some(Err("no".into())), true), Boot::DraftRefused("no".into()));
    }
}
