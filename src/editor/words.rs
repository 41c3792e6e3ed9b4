//! The editor page's words (English: the tool is for the newsroom, not readers).
//!
//! They are consts used as `{words::X}`, never string literals in `view!`: an element whose
//! content and attributes are all literals is built by Leptos from an HTML template through
//! `innerHTML`, which the page's Trusted Types policy refuses (and should). Keep it so: the
//! end-to-end tests fail on the CSP violation if a literal-only element slips in.

pub const TITLE: &str = "Story editor";
pub const INTRO: &str = "Write the explainer's story as JSON on the left; the explainer it makes appears on the right as soon as the story is valid. Your draft stays in this browser; download it to publish.";
pub const SOURCE_HEADING: &str = "The story as JSON";
pub const PREVIEW_HEADING: &str = "Preview";
pub const PREVIEW_FAILED: &str = "The preview cannot be drawn: ";
pub const ERRORS_HEADING: &str = "Problems";
pub const NO_ERRORS: &str = "None found.";
pub const PUBLISH_HEADING: &str = "Publish";
pub const PUBLISH_INTRO: &str = "Upload the downloaded file to the explainer's site, then share:";
pub const PUBLISH_PATH: &str = "The file's path beside the explainer";
pub const PREVIEW_LINK: &str = "Preview link: ";
pub const EMBED_CODE: &str = "Embed code";
pub const COPY_EMBED: &str = "Copy embed code";
pub const EMBED_COPIED: &str = "Embed code copied.";
pub const EMBED_COPY_REFUSED: &str = "Copying was refused: select the code above and copy it.";
pub const HELP_HEADING: &str = "Field help";
pub const HELP_AT_CURSOR: &str = "At the cursor: ";
pub const HELP_TOP_LEVEL: &str = "the top level";
pub const HELP_EVERY_TYPE: &str = "Every object and its fields";
pub const INSERT_ID: &str = "Insert a known id at the cursor";
pub const INSERT: &str = "Insert";
pub const OPEN_BUNDLED: &str = "Open the bundled story";
pub const START_TEMPLATE: &str = "Start from the template";
pub const OPEN_FILE: &str = "Open a file…";
pub const UNDO: &str = "Undo";
pub const REDO: &str = "Redo";
pub const DOWNLOAD: &str = "Download JSON";
