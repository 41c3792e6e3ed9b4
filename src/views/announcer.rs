use leptos::prelude::*;

use super::context::{use_set_selection, use_shared};
use crate::platform::location::sync_selection;

/// The polite live region, one short sentence per pick. It also keeps the selection in the URL:
/// it is the last island on the page, so the URL's selection is applied once every island
/// before it has hydrated.
#[island]
pub fn Announcer() -> impl IntoView {
    let shared = use_shared();
    let (announcement, set_announcement) = signal(String::new());
    sync_selection(shared.index.clone(), shared.selection, use_set_selection(), shared.notice, set_announcement);
    view! { <p class="sr-only" aria-live="polite" data-testid="announcer">{announcement}</p> }
}
