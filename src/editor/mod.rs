//! The story editor (`edit.html`): the dataset as text on the left, the explainer it makes on the
//! right, every error below. Its logic is plain Rust tested natively (the ordered JSON tree, the
//! place of a JSON path, the download's field order, undo history, schema help); the page itself
//! is built only into the editor bundle (`--features editor`), never into the reader's.

pub mod check;
pub mod history;
pub mod json_tree;
pub mod locate;
pub mod pretty;
pub mod publish;
pub mod schema_help;

#[cfg(feature = "editor")]
mod app;
#[cfg(feature = "editor")]
mod error_list;
#[cfg(feature = "editor")]
mod events;
#[cfg(feature = "editor")]
mod files;
#[cfg(feature = "editor")]
mod help_panel;
#[cfg(feature = "editor")]
mod id_insert;
#[cfg(feature = "editor")]
mod preview;
#[cfg(feature = "editor")]
mod publish_panel;
#[cfg(feature = "editor")]
mod storage;
#[cfg(feature = "editor")]
mod text_pane;
#[cfg(feature = "editor")]
mod toolbar;
#[cfg(feature = "editor")]
mod words;

#[cfg(feature = "editor")]
pub use app::start;

/// The minimal story an editor can start from: two parties, one issue, one event, one source,
/// valid as it stands (`check::tests`).
pub const TEMPLATE: &str = include_str!("template.json");
