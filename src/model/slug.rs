//! Ids from titles. Ids travel in URLs (`?event=…`), so they are kept to a URL-safe slug.

/// Long enough to tell titles apart, short enough for an address.
const MAX_LEN: usize = 60;

/// An id from `title`: lower-case ASCII letters, digits and hyphens, cut at a word within
/// 60 characters, and not `taken` (`-2`, `-3`… when it is). A title with no such
/// letter (`台湾`) gives `item`.
pub fn slug(title: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut base = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            base.push(c);
        } else if !base.is_empty() && !base.ends_with('-') {
            base.push('-');
        }
    }
    if base.len() > MAX_LEN {
        let cut = base[..MAX_LEN].rfind('-').unwrap_or(MAX_LEN);
        base.truncate(cut);
    }
    let base = base.trim_end_matches('-');
    let base = if base.is_empty() { "item" } else { base };
    (1..)
        .map(|n| if n == 1 { base.to_string() } else { format!("{base}-{n}") })
        .find(|id| !taken(id))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_a_unique_slug_of_its_title() {
        let taken = |list: &'static [&'static str]| move |id: &str| list.contains(&id);
        assert_eq!(slug("Blinken's visit to Beijing", taken(&[])), "blinken-s-visit-to-beijing");
        assert_eq!(slug("Taiwan", taken(&["taiwan"])), "taiwan-2");
        assert_eq!(slug("Taiwan", taken(&["taiwan", "taiwan-2"])), "taiwan-3");
        assert_eq!(slug("台湾", taken(&[])), "item");
        let long = slug(&"word ".repeat(30), taken(&[]));
        assert!(long.len() <= MAX_LEN && long.ends_with("word"), "{long}");
    }
}
