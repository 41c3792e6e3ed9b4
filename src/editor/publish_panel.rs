//! Publishing a draft without a rebuild: upload the downloaded file beside the explainer, then
//! share the preview link, or paste the embed code (the reader's Embed panel's own snippet).

use leptos::prelude::*;

use super::site_download::SiteDownload;
use super::state::Editor;
use super::publish::{embed_code, preview_link};
use super::words::words;
use crate::platform::{self, location};

#[component]
pub(super) fn PublishPanel(editor: Editor) -> impl IntoView {
    let t = words();
    let path = RwSignal::new(String::new());
    let copied = RwSignal::new(String::new());
    // Until the editor names a path, suggest drafts/ and the file's own name.
    let file = move || {
        let typed = path.get();
        if typed.trim().is_empty() {
            format!("drafts/{}", editor.file_name.get())
        } else {
            typed
        }
    };
    let link = move || preview_link(&location::href(), &file());
    let title = move || editor.shown.with(|s| s.as_ref().map(|s| s.data().meta.title.clone()).unwrap_or_default());
    let code = move || embed_code(&location::href(), &file(), &title());
    let copy = move |_| {
        platform::clipboard::copy(&code(), move |done| {
            copied.set(if done { t.embed_copied } else { t.embed_copy_refused }.into())
        })
    };
    view! {
        <section class="editor-publish" aria-labelledby="editor-publish-heading">
            <h2 id="editor-publish-heading">{t.publish_heading}</h2>
            <SiteDownload editor/>
            <p class="editor-hint">{t.publish_intro}</p>
            <label for="editor-path">{t.publish_path}</label>
            <input id="editor-path" type="text" spellcheck="false" autocomplete="off" placeholder=file
                on:input=move |ev| path.set(event_target_value(&ev))/>
            <p>{t.preview_link}<a href=link data-testid="editor-preview-link" target="_blank" rel="noopener">{link}</a></p>
            <label for="editor-embed">{t.embed_code}</label>
            <textarea id="editor-embed" readonly rows="3" data-testid="editor-embed">{code}</textarea>
            <button type="button" class="tool-button" data-testid="editor-copy-embed" on:click=copy>{t.copy_embed}</button>
            <p role="status">{move || copied.get()}</p>
        </section>
    }
}
