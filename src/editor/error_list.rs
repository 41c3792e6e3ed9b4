//! Every error at once, each as `validate` prints it with its line and column; choosing one puts
//! the cursor on it.

use leptos::prelude::*;

use super::state::{CursorTo, Editor};
use super::words;
use wasm_bindgen::JsCast;

const GO_TO: &str = "go-to-error";

fn dom_target(ev: &web_sys::Event) -> Option<web_sys::Element> {
    ev.target()?.dyn_into().ok()
}

#[component]
pub(super) fn ErrorList(editor: Editor) -> impl IntoView {
    // Choosing an error puts the cursor on it.
    editor.on("click", GO_TO, move |ev| {
        let offset = dom_target(&ev)
            .and_then(|b| b.closest("[data-offset]").ok().flatten())
            .and_then(|b| b.get_attribute("data-offset")?.parse().ok());
        if let Some(offset) = offset {
            editor.cursor_to.set(Some(CursorTo { offset, focus: true }));
        }
    });
    let errors = move || editor.checked.with(|c| c.as_ref().map(|c| c.errors().to_vec()).unwrap_or_default());
    view! {
        <section class="editor-errors" aria-labelledby="editor-errors-heading">
            <h2 id="editor-errors-heading">{words::ERRORS_HEADING}</h2>
            <p class="editor-hint" hidden=move || !errors().is_empty()>{words::NO_ERRORS}</p>
            <ol data-testid="editor-errors">
                {move || errors().into_iter().map(|located| {
                    view! {
                        <li data-testid="editor-error">
                            <button type="button" class="link-button editor-error" data-action=GO_TO
                                data-offset=located.place.offset>{located.describe()}</button>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
