use leptos::prelude::*;

use super::shared::use_shared;
use super::strings::EN;

/// Says why part of the URL was ignored, until the reader dismisses it.
#[island]
pub fn Notice() -> impl IntoView {
    let notice = use_shared().notice;
    view! {
        <p class="notice" role="status" data-testid="notice" hidden=move || notice.with(Option::is_none)>
            {move || notice.get()}
            <button type="button" class="link-button" on:click=move |_| notice.set(None)>{EN.dismiss}</button>
        </p>
    }
}
