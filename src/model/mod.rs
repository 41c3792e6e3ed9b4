//! The dataset: its schema, loading, validation and the questions the views ask of it.
//! Pure Rust with no browser APIs, so all of it is tested natively.

mod date_span;
mod error;
mod language;
pub mod limits;
mod load;
mod place;
mod problem;
mod queries;
mod schema;
mod slug;
mod story;
mod story_dates;
mod story_index;
mod timeline_layout;
mod validate;

pub use date_span::{DateSpan, Day, Precision, Timing};
pub use error::DataError;
pub use language::{check_file_language, language_in_file_name, same_language, spaces_between_scripts};
pub use limits::MAX_BYTES;
pub use load::{load, load_draft, parse};
pub use place::{Place, Step};
pub use problem::{fill, holes, Problem, Reason, LINE_COLUMN, LIST_SEPARATOR};
pub use queries::{Column, Comparison, Stand};
pub use schema::*;
pub use slug::slug;
pub use story::Story;
pub use story_dates::StoryDates;
pub use story_index::{IndexEntry, StoryIndex};
pub use timeline_layout::{
    css_fraction, css_fraction_fine, level_px, Cluster, PlacedEra, PlacedEvent, Tick, TickLabel, TimelineLayout,
    LABEL_PX, LANES, ZOOM_LEVELS,
};
pub use validate::is_web_url;

/// Where the bundled story is in `dist/`, relative to the page.
pub const BUNDLED_URL: &str = "data/summit.en.json";

/// The JSON Schema editors' tools use for completion and checks, from the same types the app reads.
#[cfg(feature = "schema")]
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Dataset);
    serde_json::to_string_pretty(&schema).expect("a schema always serialises") + "\n"
}

/// The invented stories the engine's unit tests run on (`tests/fixtures/`), so that no unit
/// test knows the bundled story by heart; checks of the bundled story are in `tests/story.rs`.
#[cfg(test)]
pub(crate) mod fixtures {
    /// Three invented parties, five issues, eight events, listed out of date order.
    pub const SYNTHETIC: &str = include_str!("../../tests/fixtures/synthetic.json");
    /// Two parties, two issues, three events; one issue with no party on record.
    pub const MINIMAL: &str = include_str!("../../tests/fixtures/minimal.json");
    /// No issues, no parties, no key date: seven events from the year 800 to 2019.
    pub const TIMELINE_ONLY: &str = include_str!("../../tests/fixtures/timeline-only.json");
}
