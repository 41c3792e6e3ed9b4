//! Every error at once, each as `validate` prints it with its line and column; choosing one puts
//! the cursor on it.

use leptos::prelude::*;

use super::state::{CursorTo, Editor};
use super::words::{language, words};

#[component]
pub(super) fn ErrorList(editor: Editor) -> impl IntoView {
    let t = words();
    let errors = move || editor.checked.with(|c| c.as_ref().map(|c| c.errors().to_vec()).unwrap_or_default());
    view! {
        <section class="editor-errors" aria-labelledby="editor-errors-heading">
            <h2 id="editor-errors-heading">{t.errors_heading}</h2>
            <p class="editor-hint" hidden=move || !errors().is_empty()>{t.no_errors}</p>
            <ol data-testid="editor-errors">
                {move || errors().into_iter().map(|located| {
                    // Choosing an error puts the cursor on it.
                    let offset = located.place.offset;
                    let go_to = move |_| editor.cursor_to.set(Some(CursorTo { offset, focus: true }));
                    view! {
                        <li data-testid="editor-error">
                            <button type="button" class="link-button editor-error" on:click=go_to>{located.describe(t, language())}</button>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
