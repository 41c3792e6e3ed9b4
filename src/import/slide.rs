//! A TimelineJS slide, as both of its file forms give it (a sheet's row, a JSON object): the one
//! shape the story is built from.

use super::dates::DateParts;
use super::report::{Unshown, Where};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlideKind {
    /// The title slide: the story's title and standfirst.
    Title,
    Era,
    Event,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slide {
    pub at: Where,
    pub kind: SlideKind,
    pub start: DateParts,
    pub end: DateParts,
    /// HTML, as TimelineJS allows.
    pub headline: String,
    pub text: String,
    /// TimelineJS's `unique_id`, which its links (`#event-…`) use: kept as the event's id.
    pub unique_id: String,
    /// What it has that the explainer does not show yet.
    pub unshown: Vec<Unshown>,
}
