//! Every error at once, each as `validate` prints it with its line and column; choosing one puts
//! the cursor on it, or, in the form, opens its item and focuses its field.

use leptos::prelude::*;

use super::check::Located;
use super::outline::field_selector;
use super::state::{CursorTo, Editor, View};
use super::words::{language, words};
use crate::model::{Place, Step};

/// Goes to a problem: its field in the form (the list it is an item of, for a reference), or its
/// place in the text.
fn go_to(editor: Editor, located: &Located) {
    let steps = located.error.place.steps();
    let item = match steps {
        [Step::Field(list), Step::Index(i), ..] if list != "meta" => Some(Place::file().field(list).index(*i)),
        [Step::Field(meta), ..] if meta == "meta" => Some(Place::file().field("meta")),
        _ => None,
    };
    match item.filter(|_| editor.view.get_untracked() == View::Form) {
        Some(item) => {
            let field = steps.iter().rposition(|s| matches!(s, Step::Field(_))).map_or(0, |at| at + 1);
            editor.open_item.set(Some(item));
            editor.reshaped(Some(field_selector(&Place::Path(steps[..field].to_vec()))));
        }
        None => editor.cursor_to.set(Some(CursorTo { offset: located.place.offset, focus: true })),
    }
}

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
                    let go = located.clone();
                    view! {
                        <li data-testid="editor-error">
                            <button type="button" class="link-button editor-error" on:click=move |_| go_to(editor, &go)>{located.describe(t, language())}</button>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
