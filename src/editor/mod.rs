//! The story editor (`edit.html`): the dataset as text on the left, the explainer it makes on the
//! right, every error below. Its logic is plain Rust tested natively (the ordered JSON tree, the
//! place of a JSON path, the download's field order, undo history, schema help); the page itself
//! is built only into the editor bundle (`--features editor`), never into the reader's.

pub mod check;
pub mod form_schema;
pub mod history;
pub mod json_edit;
pub mod json_tree;
pub mod locate;
pub mod pretty;
pub mod publish;
pub mod schema_help;
/// The downloaded site's files and zip: the editor's (the zip writer is in no other bundle).
#[cfg(feature = "import")]
pub mod site_zip;

/// The page's own modules, built only into the editor bundle: each one declared once.
macro_rules! editor_page {
    ($($module:ident),* $(,)?) => {
        $(#[cfg(feature = "editor")] mod $module;)*
    };
}

editor_page!(
    app,
    error_list,
    field,
    file_button,
    files,
    help_panel,
    id_insert,
    import_file,
    import_panel,
    item_form,
    outline,
    preview,
    publish_panel,
    renderer,
    site_download,
    state,
    storage,
    text_pane,
    toolbar,
    view_switch,
    words,
);

#[cfg(feature = "editor")]
pub use app::start;

/// Where the preview's story says it came from; its "Get the data" link points there.
pub const PREVIEW_DATA_URL: &str = crate::model::BUNDLED_URL;

/// The minimal story an editor can start from: two parties, one issue, one event, one source,
/// valid as it stands (`check::tests`).
pub const TEMPLATE: &str = include_str!("template.json");
