//! Keyboard movement through a one-tab-stop widget (WAI-ARIA tabs and listbox patterns):
//! arrows move with wrap-around, Home and End jump to the ends.

/// The id that `key` moves focus to from `current`, among the visible `ids`; `None` for other keys.
pub fn next_focus<'a>(ids: &[&'a str], current: Option<&str>, key: &str) -> Option<&'a str> {
    if ids.is_empty() {
        return None;
    }
    let last = ids.len() - 1;
    let at = current.and_then(|c| ids.iter().position(|id| *id == c));
    let to = match key {
        "ArrowRight" | "ArrowDown" => at.map_or(0, |i| if i == last { 0 } else { i + 1 }),
        "ArrowLeft" | "ArrowUp" => at.map_or(last, |i| if i == 0 { last } else { i - 1 }),
        "Home" => 0,
        "End" => last,
        _ => return None,
    };
    Some(ids[to])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_wrap_and_home_end_jump() {
        let ids = ["a", "b", "c"];
        assert_eq!(next_focus(&ids, Some("a"), "ArrowRight"), Some("b"));
        assert_eq!(next_focus(&ids, Some("c"), "ArrowRight"), Some("a"));
        assert_eq!(next_focus(&ids, Some("a"), "ArrowLeft"), Some("c"));
        assert_eq!(next_focus(&ids, Some("b"), "ArrowDown"), Some("c"));
        assert_eq!(next_focus(&ids, Some("b"), "ArrowUp"), Some("a"));
        assert_eq!(next_focus(&ids, Some("b"), "Home"), Some("a"));
        assert_eq!(next_focus(&ids, Some("b"), "End"), Some("c"));
        assert_eq!(next_focus(&ids, Some("b"), "Enter"), None, "Enter belongs to the button");
        assert_eq!(next_focus(&ids, Some("hidden"), "ArrowRight"), Some("a"));
        assert_eq!(next_focus(&[], None, "Home"), None);
    }
}
