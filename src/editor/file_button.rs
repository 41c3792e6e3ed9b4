//! A button that picks a file through a hidden file input, and hands the file to
//! [`bring_in`](super::import_file::bring_in): the toolbar's "Open a file…" and the import's.

use leptos::html::Input;
use leptos::prelude::*;

use super::files;
use super::import_file::bring_in;
use super::state::Editor;

#[component]
pub(super) fn FileButton(
    editor: Editor,
    label: &'static str,
    /// The input's `accept`: which files the picker offers.
    accept: &'static str,
    /// The `data-testid`s of the button and of the input.
    button_id: &'static str,
    input_id: &'static str,
) -> impl IntoView {
    let picker = NodeRef::<Input>::new();
    let pick = move |_| {
        if let Some(input) = picker.get_untracked() {
            input.click()
        }
    };
    let picked = move |_| {
        let Some(input) = picker.get_untracked() else { return };
        if let Some(file) = files::chosen(&input) {
            bring_in(editor, file);
        }
        // The same file picked again is a change too.
        input.set_value("");
    };
    view! {
        <button type="button" class="tool-button" data-testid=button_id on:click=pick>{label}</button>
        <input type="file" accept=accept class="editor-file-input" tabindex="-1" aria-hidden="true"
            data-testid=input_id node_ref=picker on:change=picked/>
    }
}
