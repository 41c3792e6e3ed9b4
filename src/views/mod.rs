//! One component per thing on screen, each with its CSS beside it. `#[island]`s are the parts
//! that respond to the reader; they alone ship in the reader's bundle. The rest renders to HTML
//! at build time (or in the editor's bundle) and is never hydrated.

mod address;
mod announcer;
mod app;
mod card_stances;
mod cluster_counts;
mod context;
mod dom_ids;
mod embed_panel;
mod event_detail;
mod find;
mod header;
mod island_key;
mod issue_card;
mod issue_cards;
mod load_error;
mod notice;
mod outcome_badge;
mod positions_table;
mod render;
mod selection_bar;
mod shared;
mod source_links;
mod sources_list;
mod stance;
mod timeline;
mod timeline_state;
mod translation_note;
mod words;

pub use app::{Loaded, Page};

/// Keyed islands and their wrapper, for the browser tests that mount them over HTML as the
/// counters example mounts its components (`tests/web.rs`).
pub mod islands {
    pub use super::island_key::keyed;
    pub use super::issue_card::IssueCard;
    pub use super::timeline::Marker;
}
pub use address::sync_url;
pub use context::ShownStory;
pub use find::search;
pub use load_error::{LoadError, LoadFailure};
pub use render::render_html;
pub use shared::{provide_shared, SelectionWriter, Shared};
pub use words::{problem_line, set_page_language, test_words, EditorStrings, ImportStrings, Strings};
