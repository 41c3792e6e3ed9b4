//! The start points (the bundled story, the template, a local file), undo and redo, and the
//! download.

use leptos::html::Input;
use leptos::prelude::*;

use super::state::{open_bundled, Editor};
use super::files;
use super::pretty::canonical;
use super::{words, TEMPLATE};

/// Opens a picked or dropped file.
pub(super) fn open_file(editor: Editor, file: web_sys::File) {
    let name = file.name();
    wasm_bindgen_futures::spawn_local(async move {
        match files::read(file).await {
            Ok(text) => editor.open(text, &name),
            Err(reason) => editor.note.set(reason),
        }
    });
}

/// Saves the story under the name it came with, in the schema's field order.
fn download(editor: Editor) {
    let text = editor.text.get_untracked();
    let name = editor.file_name.get_untracked();
    let out = canonical(&text).unwrap_or_else(|| text.clone());
    match files::download(&name, &out) {
        Ok(()) => {
            editor.mark_exported(&text, &name);
            editor.note.set(format!("Downloaded {name}."));
        }
        Err(_) => editor.note.set("The browser refused the download.".into()),
    }
}

#[component]
pub(super) fn Toolbar(editor: Editor) -> impl IntoView {
    let picker = NodeRef::<Input>::new();
    editor.on("click", "open-bundled", move |_| open_bundled(editor));
    editor.on("click", "template", move |_| editor.open(TEMPLATE.to_string(), "story.json"));
    editor.on("click", "open-file", move |_| {
        if let Some(input) = picker.get_untracked() {
            input.click()
        }
    });
    editor.on("click", "undo", move |_| editor.undo());
    editor.on("click", "redo", move |_| editor.redo());
    editor.on("click", "download", move |_| download(editor));
    editor.on("change", "file-picked", move |_| {
        let Some(input) = picker.get_untracked() else { return };
        if let Some(file) = files::chosen(&input) {
            open_file(editor, file);
        }
        // The same file picked again is a change too.
        input.set_value("");
    });
    view! {
        <div class="editor-toolbar">
            <button type="button" class="tool-button" data-testid="editor-open-bundled" data-action="open-bundled">{words::OPEN_BUNDLED}</button>
            <button type="button" class="tool-button" data-testid="editor-template" data-action="template">{words::START_TEMPLATE}</button>
            <button type="button" class="tool-button" data-testid="editor-open-file" data-action="open-file">{words::OPEN_FILE}</button>
            <input type="file" accept=".json,application/json" class="editor-file-input" tabindex="-1" aria-hidden="true"
                data-testid="editor-file" node_ref=picker data-action="file-picked"/>
            <button type="button" class="tool-button" data-testid="editor-undo" aria-keyshortcuts="Control+Z"
                disabled=move || !editor.can_undo.get().0 data-action="undo">{words::UNDO}</button>
            <button type="button" class="tool-button" data-testid="editor-redo" aria-keyshortcuts="Control+Y"
                disabled=move || !editor.can_undo.get().1 data-action="redo">{words::REDO}</button>
            <button type="button" class="tool-button" data-testid="editor-download" data-action="download">{words::DOWNLOAD}</button>
            <span class="editor-note" role="status" data-testid="editor-note">{move || editor.note.get()}</span>
        </div>
    }
}
