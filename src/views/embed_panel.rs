use leptos::prelude::*;

use super::context::use_shared;
use crate::platform;
use crate::state::{embed_snippets, share_url};

/// Copies the current view's link: the host page's address inside an embed, else our own.
#[island]
pub fn ShareLink() -> impl IntoView {
    let selection = use_shared().selection;
    let (status, set_status) = signal(String::new());
    let copy = move |_| {
        let base = platform::embed::parent_url().unwrap_or_else(platform::location::href);
        let url = share_url(&base, &selection.get_untracked());
        leptos::task::spawn_local(async move {
            set_status.set(match platform::clipboard::copy(&url).await {
                Ok(()) => "Link copied.".into(),
                Err(_) => format!("Copy this link: {url}"),
            });
        });
    };
    view! {
        <button type="button" class="tool-button" data-testid="copy-link" on:click=copy>"Copy link"</button>
        <span class="tool-status" role="status" data-testid="copy-status">{status}</span>
    }
}

/// A disclosure with ready-to-paste embed code: a plain iframe, and the Pym.js form.
#[island]
pub fn EmbedPanel(title: String) -> impl IntoView {
    let selection = use_shared().selection;
    let (open, set_open) = signal(false);
    let (copied, set_copied) = signal(String::new());
    let snippets = move || embed_snippets(&platform::location::href(), &selection.get(), &title);
    let copy = move |text: String| {
        leptos::task::spawn_local(async move {
            set_copied.set(match platform::clipboard::copy(&text).await {
                Ok(()) => "Embed code copied.".into(),
                Err(_) => "Copying is blocked here: select the code and copy it.".into(),
            });
        });
    };
    view! {
        <button type="button" class="tool-button" data-testid="embed-toggle" aria-expanded=move || open.get().to_string()
            aria-controls="embed-panel" on:click=move |_| set_open.update(|o| *o = !*o)>"Embed"</button>
        <div class="embed-panel" id="embed-panel" data-testid="embed-panel" hidden=move || !open.get()>
            <Show when=move || open.get()>
                {
                    let (iframe, pym) = snippets();
                    let (copy_iframe, copy_pym) = (copy, copy);
                    let (iframe_text, pym_text) = (iframe.clone(), pym.clone());
                    view! {
                        <p>"Paste one of these into your page. The frame sizes itself, and the selection shown now is kept."</p>
                        <label for="embed-iframe">"Plain iframe"</label>
                        <textarea id="embed-iframe" readonly rows="4" data-testid="embed-iframe">{iframe}</textarea>
                        <button type="button" class="tool-button" on:click=move |_| copy_iframe(iframe_text.clone())>"Copy iframe code"</button>
                        <label for="embed-pym">"Pym.js (resizes with the content)"</label>
                        <textarea id="embed-pym" readonly rows="4" data-testid="embed-pym">{pym}</textarea>
                        <button type="button" class="tool-button" on:click=move |_| copy_pym(pym_text.clone())>"Copy Pym.js code"</button>
                        <p role="status">{copied}</p>
                    }
                }
            </Show>
        </div>
    }
}

/// In embed mode the page chrome goes; this one line keeps the credit and the way to the full page.
#[component]
pub fn EmbedCredit() -> impl IntoView {
    view! {
        <p class="embed-credit" data-testid="embed-credit">
            <a href="./" target="_blank" rel="noopener" data-testid="full-page-link">"Open the full explainer"</a>
        </p>
    }
}
