//! The Biden–Xi summit explainer.
//!
//! - [`model`]: the dataset's schema, loading and validation; pure Rust, tested natively.
//! - [`state`]: the reader's selection and its URL form, as plain transitions.
//! - [`views`]: one Leptos component per thing on screen; rendered at build time and hydrated.
//! - [`page`]: the names the shell, the pre-render and both bundles share.
//! - [`platform`]: browser glue: URL history, embed messaging, service worker.
//! - [`editor`]: the story editor (`edit.html`): its logic here, its page in the editor bundle.
//! - `import` (feature `import`): TimelineJS sheets and files made into a dataset; the editor's.
//! - `publish` (feature `publish`): trunk's shell and the rendered pieces made into a page and
//!   its Content Security Policy, by parsing the HTML; no filesystem.
//! - [`site`]: one story's explainer as a static site: the HTML pass the build and the story
//!   editor's "Download the page" share (its rendering half with `ssr` or `render`, its
//!   composing half with `publish`), the kit the editor makes a site from, and the service
//!   worker's lists.

#![recursion_limit = "256"]

pub mod editor;
#[cfg(feature = "import")]
pub mod import;
pub mod model;
pub mod page;
pub mod platform;
#[cfg(feature = "publish")]
pub mod publish;
pub mod site;
pub mod state;
pub mod views;

pub use views::Page;
