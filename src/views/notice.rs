use leptos::prelude::*;

use super::shared::use_shared;

/// Says why part of the URL was ignored, until the reader dismisses it.
#[island]
pub fn Notice() -> impl IntoView {
    let shared = use_shared();
    let (notice, words) = (shared.notice, shared.words());
    view! {
        <p class="notice" role="status" data-testid="notice" hidden=move || notice.with(Option::is_none)>
            {move || notice.get()}
            <button type="button" class="link-button" on:click=move |_| notice.set(None)>{words.dismiss}</button>
        </p>
    }
}
