//! Keyboard movement through a one-tab-stop widget (WAI-ARIA tabs and listbox patterns):
//! arrows move with wrap-around, Home and End jump to the ends.

/// The id that `key` moves focus to from `current`, among the visible `ids`; `None` for other keys.
/// The ids are asked for only when `key` moves the focus: listing them walks every event, and
/// most keys (Enter, Tab, letters) do not move it.
pub fn next_focus<'a>(ids: impl FnOnce() -> Vec<&'a str>, current: Option<&str>, key: &str) -> Option<&'a str> {
    enum Move {
        On,
        Back,
        First,
        Last,
    }
    let step = match key {
        "ArrowRight" | "ArrowDown" => Move::On,
        "ArrowLeft" | "ArrowUp" => Move::Back,
        "Home" => Move::First,
        "End" => Move::Last,
        _ => return None,
    };
    let ids = ids();
    let last = ids.len().checked_sub(1)?;
    let at = current.and_then(|c| ids.iter().position(|id| *id == c));
    let to = match step {
        Move::On => at.map_or(0, |i| if i == last { 0 } else { i + 1 }),
        Move::Back => at.map_or(last, |i| if i == 0 { last } else { i - 1 }),
        Move::First => 0,
        Move::Last => last,
    };
    Some(ids[to])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_wrap_and_home_end_jump() {
        let ids = ["a", "b", "c"];
        assert_eq!(next_focus(|| ids.to_vec(), Some("a"), "ArrowRight"), Some("b"));
        assert_eq!(next_focus(|| ids.to_vec(), Some("c"), "ArrowRight"), Some("a"));
        assert_eq!(next_focus(|| ids.to_vec(), Some("a"), "ArrowLeft"), Some("c"));
        assert_eq!(next_focus(|| ids.to_vec(), Some("b"), "ArrowDown"), Some("c"));
        assert_eq!(next_focus(|| ids.to_vec(), Some("b"), "ArrowUp"), Some("a"));
        assert_eq!(next_focus(|| ids.to_vec(), Some("b"), "Home"), Some("a"));
        assert_eq!(next_focus(|| ids.to_vec(), Some("b"), "End"), Some("c"));
        assert_eq!(next_focus(|| ids.to_vec(), Some("b"), "Enter"), None, "Enter belongs to the button");
        assert_eq!(next_focus(|| ids.to_vec(), Some("hidden"), "ArrowRight"), Some("a"));
        assert_eq!(next_focus(Vec::new, None, "Home"), None);
        let never = || -> Vec<&str> { panic!("no key but a move lists the ids") };
        assert_eq!(next_focus(never, Some("a"), "Enter"), None);
    }
}
