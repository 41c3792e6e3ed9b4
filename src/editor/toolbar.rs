//! The start points (the bundled story, the template, a local file), undo and redo, and the
//! download.

use leptos::prelude::*;

use super::state::{open_bundled, Editor};
use super::files;
use super::file_button::FileButton;
use super::pretty::canonical;
use crate::model::fill;
use super::words::words;
use super::TEMPLATE;

/// Saves the story under the name it came with, in the schema's field order.
fn download(editor: Editor) {
    let text = editor.text.get_untracked();
    let name = editor.file_name.get_untracked();
    let out = canonical(&text).unwrap_or_else(|| text.clone());
    match files::download(&name, &out) {
        Ok(()) => {
            editor.mark_exported(&text, &name);
            editor.note.set(fill(words().downloaded, &[("name", &name)]));
        }
        Err(_) => editor.note.set(words().download_refused.into()),
    }
}

#[component]
pub(super) fn Toolbar(editor: Editor) -> impl IntoView {
    let t = words();
    view! {
        <div class="editor-toolbar">
            <button type="button" class="tool-button" data-testid="editor-open-bundled" on:click=move |_| open_bundled(editor)>{t.open_bundled}</button>
            <button type="button" class="tool-button" data-testid="editor-template" on:click=move |_| editor.open(TEMPLATE.to_string(), "story.json")>{t.start_template}</button>
            <FileButton editor label=t.open_file accept=".json,application/json" button_id="editor-open-file" input_id="editor-file"/>
            <button type="button" class="tool-button" data-testid="editor-undo" aria-keyshortcuts="Control+Z"
                disabled=move || !editor.can_undo.get().0 on:click=move |_| editor.undo()>{t.undo}</button>
            <button type="button" class="tool-button" data-testid="editor-redo" aria-keyshortcuts="Control+Y"
                disabled=move || !editor.can_undo.get().1 on:click=move |_| editor.redo()>{t.redo}</button>
            <button type="button" class="tool-button" data-testid="editor-download" on:click=move |_| download(editor)>{t.download}</button>
            <span class="editor-note" role="status" data-testid="editor-note">{move || editor.note.get()}</span>
        </div>
    }
}
