//! The ids one view gives an element and another points at (`aria-controls`, `aria-labelledby`,
//! a scroll target): a leaf module, so the views that share them need not import each other.

/// A timeline marker (a tab).
pub fn event_tab(event_id: &str) -> String {
    format!("event-tab-{event_id}")
}

/// The panel the timeline's tabs control.
pub const EVENT_DETAIL: &str = "event-detail";

/// An event's pane in the event detail (`data-event-pane`), as a selector.
pub fn event_pane(event_id: &str) -> String {
    format!("[data-event-pane=\"{event_id}\"]")
}

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

/// Where an issue card shows each side's words, copied from the comparison's row.
pub fn card_stances(issue_id: &str) -> String {
    format!("card-stances-{issue_id}")
}

/// The class of the comparison's cells that hold a party's words, or a joint text.
pub const STANCE_CELL: &str = "stance-cell";

/// A stance cell's class when it holds a joint text.
pub const JOINT_CELL: &str = "joint-cell";

/// The attribute that names a comparison cell's column (a party's name), which phones show
/// above the cell and a card as the heading of its copy. The table writes it as `data-label`.
pub const CELL_LABEL: &str = "data-label";

/// The stance cells of the comparison's row for an issue, in column order.
pub fn stance_cells(issue_id: &str) -> String {
    format!("tr[data-issue-id=\"{issue_id}\"] > td.{STANCE_CELL}")
}

/// The comparison's heading, which a card's link leads to before the islands start.
pub const POSITIONS_HEADING: &str = "positions-heading";
