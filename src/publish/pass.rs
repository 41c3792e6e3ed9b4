//! What every pass over a page shares: lol_html with this project's settings, and the rule for
//! which addresses an edition in a folder must reach through `../`.

use lol_html::{rewrite_str, RewriteStrSettings};

/// Whether an address in the shell is relative to the page, so an edition in a folder reaches
/// it through `../`: not a scheme (`https:`), not absolute (`/`), not in-page (`#`, `?`), not empty.
pub fn is_relative(address: &str) -> bool {
    let scheme = address.split(['/', '?', '#']).next().is_some_and(|first| first.contains(':'));
    !scheme && !address.is_empty() && !address.starts_with(['#', '/', '?'])
}

/// `address` from a page whose build root is `root`: `./x` and `x` become `../x` from `../`.
pub fn relocate(address: &str, root: &str) -> String {
    if root == "./" || !is_relative(address) {
        return address.to_string();
    }
    format!("{root}{}", address.strip_prefix("./").unwrap_or(address))
}

/// lol_html's element handler type for one pass, with handlers that may borrow the pass's state.
pub type Handler<'h> = (std::borrow::Cow<'static, lol_html::Selector>, lol_html::ElementContentHandlers<'h>);

/// `html` through `handlers`, in order; a handler's error, or lol_html's, as text.
pub fn rewrite<'h>(html: &str, handlers: Vec<Handler<'h>>) -> Result<String, String> {
    let mut settings = RewriteStrSettings::new().with_enable_esi_tags(false);
    for handler in handlers {
        settings = settings.append_element_content_handler(handler);
    }
    rewrite_str(html, settings).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_addresses_move_with_the_page_and_others_stay() {
        for (address, from_folder) in [
            ("manifest.webmanifest", "../manifest.webmanifest"),
            ("./app-1.js", "../app-1.js"),
            ("icons/a.png", "../icons/a.png"),
            ("#main", "#main"),
            ("?issue=x", "?issue=x"),
            ("/abs", "/abs"),
            ("https://x.org/a", "https://x.org/a"),
            ("mailto:a@b.org", "mailto:a@b.org"),
            ("", ""),
        ] {
            assert_eq!(relocate(address, "../"), from_folder, "{address}");
            assert_eq!(relocate(address, "./"), address, "{address}");
        }
    }
}
