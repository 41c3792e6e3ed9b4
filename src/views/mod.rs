//! One component per thing on screen, each with its CSS beside it in `style/`.

mod app;
mod embed_panel;
mod event_detail;
mod header;
mod issue_card;
mod issue_cards;
mod load_error;
mod outcome_badge;
mod positions_table;
mod source_links;
mod sources_list;
mod stance;
mod story;
mod timeline;

pub use app::{App, Loaded, Reader};
pub use load_error::{LoadError, LoadFailure};
pub use story::Story;
