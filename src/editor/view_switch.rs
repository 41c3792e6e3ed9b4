//! The two views of one draft: the form (the default) and the JSON text.

use leptos::prelude::*;

use super::state::{Editor, View};
use super::words::words;

#[component]
pub(super) fn ViewSwitch(editor: Editor) -> impl IntoView {
    let t = words();
    let button = move |view: View, testid: &'static str, label: &'static str| {
        view! {
            <button type="button" class="tool-button editor-view-button" data-testid=testid
                aria-pressed=move || (editor.view.get() == view).to_string()
                on:click=move |_| editor.show(view)>{label}</button>
        }
    };
    view! {
        <div class="editor-views" role="group" aria-label=t.views>
            {button(View::Form, "editor-view-form", t.view_form)}
            {button(View::Json, "editor-view-json", t.view_json)}
        </div>
    }
}
