use leptos::prelude::*;

use super::shared::{use_shared, Shared};
use super::words::Strings;
use crate::platform;
use crate::state::{embed_snippets, share_url};

/// Copies the current view's link: the host page's address inside an embed, else our own.
#[island]
pub fn ShareLink() -> impl IntoView {
    let shared = use_shared();
    let (selection, words) = (shared.selection, shared.words());
    let (status, set_status) = signal(String::new());
    let copy = move |_| {
        let base = platform::embed::parent_url().unwrap_or_else(platform::location::href);
        let url = share_url(&base, &selection.get_untracked());
        platform::clipboard::copy(&url.clone(), move |copied| {
            set_status.set(if copied {
                words.link_copied.into()
            } else {
                Strings::fill(words.copy_this_link, &[("url", &url)])
            })
        });
    };
    view! {
        <button type="button" class="tool-button" data-testid="copy-link" on:click=copy>{words.copy_link}</button>
        <span class="tool-status" role="status" data-testid="copy-status">{status}</span>
    }
}

/// A disclosure with ready-to-paste embed code: a plain iframe, and the Pym.js form. The code is
/// written when the panel opens, for the selection shown then.
#[island]
pub fn EmbedPanel() -> impl IntoView {
    let shared = use_shared();
    let words = shared.words();
    let Shared { selection, index, .. } = shared;
    let (open, set_open) = signal(false);
    let (snippets, set_snippets) = signal((String::new(), String::new()));
    let (copied, set_copied) = signal(String::new());
    let toggle = move |_| {
        if !open.get_untracked() {
            set_snippets.set(embed_snippets(
                &platform::location::href(),
                platform::dom::page_root(),
                &selection.get_untracked(),
                &index.title,
            ));
        }
        set_open.update(|o| *o = !*o);
    };
    let copy = move |pick: fn(&(String, String)) -> &String| {
        platform::clipboard::copy(&snippets.with_untracked(|s| pick(s).clone()), move |done| {
            set_copied.set(if done { words.embed_copied } else { words.embed_copy_blocked }.into())
        });
    };
    view! {
        <button type="button" class="tool-button" data-testid="embed-toggle" aria-expanded=move || open.get().to_string()
            aria-controls="embed-panel" on:click=toggle>{words.embed}</button>
        <div class="embed-panel" id="embed-panel" data-testid="embed-panel" hidden=move || !open.get()>
            <p>{words.embed_intro}</p>
            <label for="embed-iframe">{words.embed_iframe}</label>
            <textarea id="embed-iframe" readonly rows="4" data-testid="embed-iframe" prop:value=move || snippets.with(|s| s.0.clone())></textarea>
            <button type="button" class="tool-button" on:click=move |_| copy(|s| &s.0)>{words.embed_copy_iframe}</button>
            <label for="embed-pym">{words.embed_pym}</label>
            <textarea id="embed-pym" readonly rows="4" data-testid="embed-pym" prop:value=move || snippets.with(|s| s.1.clone())></textarea>
            <button type="button" class="tool-button" on:click=move |_| copy(|s| &s.1)>{words.embed_copy_pym}</button>
            <p role="status">{copied}</p>
        </div>
    }
}

/// In embed mode the page chrome goes; this one line keeps the credit and the way to the full page.
#[component]
pub fn EmbedCredit(words: &'static Strings) -> impl IntoView {
    view! {
        <p class="embed-credit" data-testid="embed-credit">
            <a href="./" target="_blank" rel="noopener" data-testid="full-page-link">{words.embed_full_page}</a>
        </p>
    }
}
