//! One component per thing on screen, each with its CSS beside it. `#[island]`s are the parts
//! that respond to the reader; they alone ship in the reader's bundle. The rest renders to HTML
//! at build time (or in the editor's bundle) and is never hydrated.

mod announcer;
mod app;
mod context;
mod embed_panel;
mod event_detail;
mod header;
mod island_key;
mod issue_card;
mod issue_cards;
mod load_error;
mod notice;
mod outcome_badge;
mod positions_table;
mod selection_bar;
mod source_links;
mod sources_list;
mod stance;
mod timeline;

pub use app::{render_html, App, Loaded, Reader};
pub use context::{provide_shared, Story};
pub use load_error::{LoadError, LoadFailure};
