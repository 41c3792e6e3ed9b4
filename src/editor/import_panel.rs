//! The import's controls: a file to pick (or drop here), the choice to add to the open story,
//! rows to paste; and the report of the last import (`import_file.rs` makes it).

use leptos::html::Textarea;
use leptos::prelude::*;

use super::file_button::FileButton;
use super::files;
use super::import_file::{bring_in, import_into};
use super::state::Editor;
use super::words::words;

/// What the import input takes: TimelineJS's sheets and files, and stories of ours.
const ACCEPTS: &str = ".csv,.tsv,.xlsx,.json,text/csv,text/tab-separated-values,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[component]
pub(super) fn ImportPanel(editor: Editor) -> impl IntoView {
    let t = words().import;
    let pasted = NodeRef::<Textarea>::new();
    let paste = move |_| {
        let Some(area) = pasted.get_untracked() else { return };
        import_into(editor, area.value().as_bytes(), t.pasted);
    };
    let drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        if let Some(file) = files::dropped(&ev) {
            bring_in(editor, file);
        }
    };
    let note = editor.imported;
    view! {
        <div class="editor-import" on:dragover=|ev| ev.prevent_default() on:drop=drop>
            <FileButton editor label=t.button accept=ACCEPTS button_id="editor-import-button" input_id="editor-import"/>
            <label class="editor-import-add">
                <input type="checkbox" data-testid="editor-import-add"
                    prop:checked=move || editor.import_adds.get()
                    on:change=move |ev| editor.import_adds.set(event_target_checked(&ev))/>
                {t.add_to_story}
            </label>
            <details class="editor-import-paste">
                <summary>{t.paste_label}</summary>
                <textarea rows="4" spellcheck="false" aria-label=t.paste_label data-testid="editor-import-paste" node_ref=pasted></textarea>
                <button type="button" class="tool-button" data-testid="editor-import-paste-button" on:click=paste>{t.paste_button}</button>
            </details>
        </div>
        <div class="editor-import-report" data-testid="editor-import-report" role="status"
            hidden=move || note.with(|n| n.summary.is_empty())>
            <p>{move || note.with(|n| n.summary.clone())}</p>
            <p>{move || note.with(|n| n.skipped.first().cloned())}</p>
            <ul>{move || note.with(|n| n.skipped.iter().skip(1).map(|line| view! { <li>{line.clone()}</li> }).collect_view())}</ul>
            {move || note.with(|n| n.notes.iter().map(|line| view! { <p>{line.clone()}</p> }).collect_view())}
        </div>
    }
}
