//! The reader's state as plain values and transitions; the views and the URL both derive from it.

mod boot;
mod draft;
pub mod find;
mod pinch;
pub mod query;
mod roving;
mod selection;
mod share;
mod url_sync;

pub use boot::Boot;
pub use draft::{draft_param, resolve_draft, ParsedUrl, Refusal, UrlParser, DRAFT_PARAM, MAX_DRAFT_ADDRESS};
pub use find::Found;
pub use pinch::Pinch;
pub use roving::next_focus;
pub use selection::{Selection, UnknownId};
pub use share::{embed_snippets, share_url};
pub use url_sync::{
    arrive, find_in, follow, opening_zoom, with_find, with_zoom, zoom_in, Arrival, FIND_PARAM, LEVEL_NAMES, ZOOM_PARAM,
};
