//! A site: one story's explainer as files a static host serves. The build writes one per edition
//! (`src/bin/prerender/`); the story editor's "Download the page" writes one for the open story,
//! in the browser, with the same code. The HTML pass has two halves:
//!
//! - `render` (features `ssr` or `render`: tachys' `ssr`): a story's page body, `<head>` and
//!   story index as text ([`Rendered`]); natively in the pre-render, in wasm in the renderer
//!   bundle ([`story_pieces`]);
//! - `page` (feature `publish`: lol_html): trunk's [`Shell`] and those pieces made into the
//!   page and its policy; natively in the pre-render ([`edition_page`] is both halves), in wasm
//!   in the story editor's bundle ([`story_files`]), which keeps the renderer bundle, which
//!   `?data=` drafts load, free of the HTML rewriter;
//! - [`Kit`]: what the build leaves beside its bundles for the editor: the shell, the files every
//!   site copies as they are, and the service worker before its list is stamped;
//! - [`precache`]: the service worker's lists and version, stamped from the site's files.
//!
//! The pre-render and the editor call the same functions, so the build's page and the zip's
//! cannot drift (`e2e/site-download.test.mjs` compares them byte for byte).

#[cfg(any(feature = "ssr", feature = "render"))]
mod head;
mod kit;
#[cfg(feature = "publish")]
mod page;
pub mod precache;
#[cfg(any(feature = "ssr", feature = "render"))]
mod render;

pub use kit::{at_root, kit_files, site_edition, Kit, Rendered, Shell, KIT_STEM};
#[cfg(feature = "ssr")]
pub use page::edition_page;
#[cfg(feature = "publish")]
pub use page::{compose, story_files, EditionPage};
#[cfg(any(feature = "ssr", feature = "render"))]
pub use render::{render, story_pieces, Refused};
