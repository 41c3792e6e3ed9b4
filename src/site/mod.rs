//! A site: one story's explainer as files a static host serves. The build writes one per edition
//! (`src/bin/prerender/`); the story editor's "Download the page" writes one for the open story,
//! in the browser, with the same code:
//!
//! - [`Shell`] and [`edition_page`] (feature `publish`): the HTML pass, trunk's shell and a story
//!   in, the edition's page, story index and inline code out. The pre-render runs it natively,
//!   the renderer bundle in wasm ([`story_site`]), so the two cannot drift;
//! - [`Kit`]: what the build leaves beside its bundles for the editor: the shell, the files every
//!   site copies as they are, and the service worker before its list is stamped;
//! - [`precache`]: the service worker's lists and version, stamped from the site's files.

#[cfg(feature = "publish")]
mod head;
mod kit;
#[cfg(feature = "publish")]
mod pass;
pub mod precache;

pub use kit::{at_root, kit_files, Kit, Shell, KIT_STEM};
#[cfg(feature = "publish")]
pub use pass::{edition_page, story_site, EditionPage, Refused};
