//! What an import did: how much it brought in, and each row or event it could not hold, with
//! where it was and why. The editor words it (`EditorStrings`) in the page's language.

/// Where in the file an item was: a sheet's row as a spreadsheet numbers it (the column names
/// are row 1), or a TimelineJS JSON list's index from 0, as the file has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Where {
    Row(usize),
    Event(usize),
    Era(usize),
}

/// Why an item was not imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    NoYear,
    /// A year, month or day that is not a whole number, as written.
    NotANumber(String),
    /// ISO 8601's four-digit years start at 1; older dates cannot be held yet.
    BeforeYearOne(i64),
    AfterYear9999(i64),
    NoSuchMonth(i64),
    /// The date as far as it was read (`2023-02-30`), or the day as written.
    NoSuchDay(String),
    DayWithoutMonth,
    EndsBeforeStart,
    NoHeadline,
    /// An era is a span: it needs an end date.
    EraWithoutEnd,
}

/// What TimelineJS has and the explainer does not show yet: left out, and counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unshown {
    /// An image, a video, an embed (and its credit, caption and thumbnail).
    Media,
    /// A date written for display ("Spring 1951"): the explainer words dates itself.
    DisplayDate,
    Group,
    /// A time of day: dates are kept to the day.
    Time,
    Background,
}

impl Unshown {
    pub const ALL: [Self; 5] = [Self::Media, Self::DisplayDate, Self::Group, Self::Time, Self::Background];
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub at: Where,
    pub reason: Reason,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub events: usize,
    pub eras: usize,
    /// New sources, one per link address (de-duplicated).
    pub sources: usize,
    /// Whether a title row (or TimelineJS's `title`) named the story.
    pub titled: bool,
    pub skipped: Vec<Skipped>,
    /// How many items had each thing the explainer does not show yet, in [`Unshown`]'s order.
    pub left_out: [usize; Unshown::ALL.len()],
    /// Links whose address is not a web address (`javascript:`, `mailto:`): their words stay
    /// as text, and they become no source.
    pub links_not_kept: usize,
}
