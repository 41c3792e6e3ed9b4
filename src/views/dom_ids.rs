//! The ids one view gives an element and another points at (`aria-controls`, `aria-labelledby`,
//! a scroll target): a leaf module, so the views that share them need not import each other.

/// A timeline marker (a tab).
pub fn event_tab(event_id: &str) -> String {
    format!("event-tab-{event_id}")
}

/// The panel the timeline's tabs control.
pub const EVENT_DETAIL: &str = "event-detail";

/// An issue card, the target of a deep link to its issue.
pub fn issue_card(issue_id: &str) -> String {
    format!("card-{issue_id}")
}

/// An issue card's details, which its title button discloses.
pub fn issue_details(issue_id: &str) -> String {
    format!("issue-{issue_id}-details")
}

/// The timeline's scrolled row, kept in place around the picked event when it zooms.
pub const TIMELINE_SCROLLER: &str = "timeline-scroller";

/// The find box.
pub const FIND_INPUT: &str = "find-input";
