//! `?data=<relative-url>` lets an editor preview a draft dataset. Only same-origin paths are
//! accepted, so a link cannot make the explainer show someone else's content.

use super::query;

/// The draft's URL to fetch, if the page asks for one, or why it was refused.
pub fn draft_url(q: &str) -> Option<Result<String, String>> {
    let url = query::get(q, "data")?;
    let trimmed = url.trim();
    let refused = trimmed.is_empty()
        || trimmed.contains("://")
        || trimmed.starts_with("//")
        || trimmed.starts_with('\\')
        || trimmed.contains(':')
        || trimmed.chars().any(char::is_control);
    Some(if refused {
        Err(format!("?data={url} was ignored: only a relative address on this site can be previewed"))
    } else {
        Ok(trimmed.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_relative_paths_only() {
        assert_eq!(draft_url("?issue=x"), None);
        assert_eq!(draft_url("?data=data/draft.json"), Some(Ok("data/draft.json".into())));
        assert_eq!(draft_url("?data=%2Fdrafts%2Fa.json"), Some(Ok("/drafts/a.json".into())));
        for bad in [
            "https://evil.example/x.json",
            "//evil.example/x.json",
            "javascript:alert(1)",
            "data:application/json,{}",
            "",
        ] {
            let q = format!("?data={}", query::encode(bad));
            assert!(matches!(draft_url(&q), Some(Err(_))), "{bad} must be refused");
        }
    }
}
