//! The story's text: a plain `<textarea>` with a line-number gutter whose error lines are
//! marked. A textarea is what every screen reader, spell-checker-off setting, IME and keyboard
//! already handle; the gutter is drawn beside it (hidden from assistive technology, which
//! reads the error list instead). The README records why not CodeMirror.

use std::collections::BTreeSet;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::{text_area, CursorTo, Editor, View};
use super::files;
use super::locate::Caret;
use super::import_file::bring_in;
use super::words::words;

pub(super) const TEXT_ID: &str = "editor-text";
pub(super) const STATUS_ID: &str = "editor-status";

#[component]
pub(super) fn TextPane(editor: Editor) -> impl IntoView {
    let t = words();
    let scrolled = RwSignal::new(0);
    // The gutter's numbers change only when the number of lines does.
    let lines = Memo::new(move |_| editor.text.with(|t| t.split('\n').count()));
    let numbers = Memo::new(move |_| (1..=lines.get()).map(|n| n.to_string()).collect::<Vec<_>>().join("\n"));
    let error_lines = Memo::new(move |_| {
        editor.checked.with(|c| c.as_ref().map(|c| c.errors().iter().map(|e| e.place.line).collect::<BTreeSet<_>>()))
    });
    // The page replaced the text (a start point, undo), or the form changed it (the text area,
    // hidden then, follows at each check, not at each keystroke): the text area takes it.
    Effect::new(move |_| {
        editor.replaced.track();
        if editor.view.get() == View::Form {
            editor.checked.track();
        }
        if let Some(area) = text_area(TEXT_ID) {
            area.set_value(&editor.text.get_untracked());
        }
    });
    // Asked to go somewhere (an error clicked, undo): the cursor goes there, and into view.
    Effect::new(move |_| {
        let Some(CursorTo { offset, focus }) = editor.cursor_to.get() else { return };
        let Some(area) = text_area(TEXT_ID) else { return };
        let (utf16, line) = editor.text.with_untracked(|t| {
            let offset = offset.min(t.len());
            (t[..offset].encode_utf16().count() as u32, Caret::of_offset(t, offset).line)
        });
        if focus {
            let _ = area.focus();
        }
        let _ = area.set_selection_range(utf16, utf16);
        let line_height = f64::from(area.scroll_height()) / lines.get_untracked().max(1) as f64;
        let top = (line as f64 - 1.0) * line_height - f64::from(area.client_height()) / 2.0;
        area.set_scroll_top(top.max(0.0) as i32);
        editor.cursor.set(offset);
    });
    let area_of = |ev: &web_sys::Event| ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    let cursor_of = |area: &web_sys::HtmlTextAreaElement| {
        let utf16 = area.selection_start().ok().flatten().unwrap_or(0) as usize;
        byte_offset(&area.value(), utf16)
    };
    let typed = move |ev: web_sys::Event| {
        let Some(area) = area_of(&ev) else { return };
        let cursor = cursor_of(&area);
        editor.cursor.set(cursor);
        editor.typed(area.value(), cursor);
    };
    let shortcut = move |ev: web_sys::KeyboardEvent| {
        if !(ev.ctrl_key() || ev.meta_key()) {
            return;
        }
        let key = ev.key().to_lowercase();
        let redo = key == "y" || (key == "z" && ev.shift_key());
        if redo || key == "z" {
            ev.prevent_default();
            if redo {
                editor.redo()
            } else {
                editor.undo()
            }
        }
    };
    // The cursor moved without typing (keys, a click, a selection): the help follows it.
    let moved = move |ev: &web_sys::Event| {
        if let Some(area) = area_of(ev) {
            editor.cursor.set(cursor_of(&area));
        }
    };
    let scroll = move |ev: web_sys::Event| {
        if let Some(area) = area_of(&ev) {
            scrolled.set(area.scroll_top());
        }
    };
    // A file dropped on the text opens (or is imported), as the picker would.
    let drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        if let Some(file) = files::dropped(&ev) {
            bring_in(editor, file);
        }
    };
    view! {
        <p id=STATUS_ID class="editor-status" data-testid="editor-status" role="status"
            class:editor-status-error=move || editor.checked.with(|c| c.as_ref().is_some_and(|c| !c.errors().is_empty()))>
            {move || editor.checked.with(|c| c.as_ref().map_or_else(|| t.checking.to_string(), |c| c.status(t)))}
        </p>
        <div class="editor-text-wrap" hidden=move || editor.view.get() != View::Json on:dragover=|ev| ev.prevent_default() on:drop=drop>
            <div class="editor-gutter" aria-hidden="true">
                <div class="editor-gutter-lines" style=move || format!("transform:translateY({}px)", -scrolled.get())>
                    <pre class="editor-numbers">{numbers}</pre>
                    {move || error_lines.get().unwrap_or_default().into_iter().map(|line| view! {
                        <span class="editor-mark" style=format!("--line:{}", line - 1)>"●"</span>
                    }).collect_view()}
                </div>
            </div>
            <label for=TEXT_ID class="sr-only">{t.source_heading}</label>
            <textarea id=TEXT_ID class="editor-text" data-testid="editor-text" wrap="off" spellcheck="false"
                autocomplete="off" autocapitalize="off" aria-describedby=STATUS_ID
                on:input=typed on:keydown=shortcut on:scroll=scroll
                on:keyup=move |ev| moved(&ev) on:click=move |ev| moved(&ev) on:select=move |ev| moved(&ev)></textarea>
        </div>
    }
}

/// The byte offset in `text` of the textarea's `utf16` offset (the DOM counts UTF-16 units).
fn byte_offset(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= utf16 {
            return i;
        }
        units += c.len_utf16();
    }
    text.len()
}
