//! Every error at once, each as `validate` prints it with its line and column; choosing one puts
//! the cursor on it.

use leptos::prelude::*;

use super::app::Editor;

#[component]
pub(super) fn ErrorList(editor: Editor) -> impl IntoView {
    let errors = move || editor.checked.with(|c| c.as_ref().map(|c| c.errors().to_vec()).unwrap_or_default());
    view! {
        <section class="editor-errors" aria-labelledby="editor-errors-heading">
            <h2 id="editor-errors-heading">"Problems"</h2>
            <p class="editor-hint" hidden=move || !errors().is_empty()>"None found."</p>
            <ol data-testid="editor-errors">
                {move || errors().into_iter().map(|located| {
                    let offset = located.place.offset;
                    view! {
                        <li data-testid="editor-error">
                            <button type="button" class="link-button editor-error"
                                on:click=move |_| editor.cursor_to.set(Some(offset))>{located.describe()}</button>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
