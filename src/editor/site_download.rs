//! "Download the page": the open story as a ready-to-host site, zipped. Only a publishable story
//! makes one; a draft is refused with the problems that block it. Everything it needs is on the
//! editor's own site (the build's kit, the reader's and renderer's bundles), which the service
//! worker keeps for the editor, so it works offline too.

use leptos::prelude::*;

use super::check::Checked;
use super::files;
use super::pretty::canonical;
use super::renderer::Renderer;
use super::site_zip;
use super::state::Editor;
use super::words::{language, root, words};
use crate::model::fill;
use crate::platform::{fetch_bytes, fetch_text};
use crate::site::{site_edition, story_files, Kit, Rendered};

/// The renderer bundle's `site_pieces` (a story's page rendered), and where the build's kit is,
/// from its root.
#[derive(Clone, Copy)]
pub(super) struct SiteMaker {
    renderer: Renderer,
    kit: StoredValue<String>,
}

impl SiteMaker {
    pub fn new(loading: js_sys::Promise, kit: String) -> Self {
        let renderer = Renderer::new();
        renderer.arrives(loading, || ());
        Self { renderer, kit: StoredValue::new(kit) }
    }

    /// The zip of the site of `text`, a publishable story, and how many files it holds.
    async fn make(self, text: String) -> Result<(Vec<u8>, usize), String> {
        let kit_json = fetch_text(&format!("{}{}", root(), self.kit.get_value())).await?;
        let kit: Kit = serde_json::from_str(&kit_json).map_err(|e| format!("the site kit cannot be read: {e}"))?;
        let rendered = self.renderer.call(&[text.as_str().into()])?.as_string().unwrap_or_default();
        let rendered: Rendered = serde_json::from_str(&rendered).map_err(|e| e.to_string())?;
        let edition = site_edition(&rendered.language)?;
        let written = story_files(&kit, rendered, &edition, &text)?;
        let mut copied = Vec::with_capacity(kit.files.len());
        for path in &kit.files {
            copied.push((path.clone(), fetch_bytes(&format!("{}{path}", root())).await?));
        }
        let files = site_zip::site_files(&kit, written, copied, &edition)?;
        let today = js_sys::Date::new_0();
        let day = (today.get_full_year() as u16, today.get_month() as u8 + 1, today.get_date() as u8);
        Ok((site_zip::zip(&files, day)?, files.len()))
    }
}

/// What the last click came to.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Making,
    Said(String),
    Refused(Vec<String>),
}

#[component]
pub(super) fn SiteDownload(editor: Editor) -> impl IntoView {
    let t = words().site;
    let maker = expect_context::<SiteMaker>();
    let status = RwSignal::new(Status::Idle);
    let start = move |_| {
        // The text as it is now, checked now: the editor's own check waits for typing to stop.
        let text = editor.text.get_untracked();
        let checked = Checked::of(&text);
        if !matches!(checked, Checked::Valid(_)) {
            let lines = checked.errors().iter().map(|e| e.describe(words(), language())).collect();
            return status.set(Status::Refused(lines));
        }
        status.set(Status::Making);
        let text = canonical(&text).unwrap_or(text);
        let name = site_zip::zip_name(&editor.file_name.get_untracked());
        wasm_bindgen_futures::spawn_local(async move {
            let said = match maker.make(text).await {
                Ok((zip, count)) => match files::download_bytes(&name, &zip, "application/zip") {
                    Ok(()) => {
                        let size = zip.len().div_ceil(1024).to_string();
                        fill(t.done, &[("name", &name), ("count", &count.to_string()), ("size", &size)])
                    }
                    Err(_) => words().download_refused.into(),
                },
                Err(reason) => fill(t.failed, &[("reason", &reason)]),
            };
            status.set(Status::Said(said));
        });
    };
    let said = move || match status.get() {
        Status::Idle => String::new(),
        Status::Making => t.making.into(),
        Status::Said(said) => said,
        Status::Refused(_) => t.refused.into(),
    };
    let problems = move || match status.get() {
        Status::Refused(lines) => lines,
        _ => Vec::new(),
    };
    view! {
        <p class="editor-hint">{t.intro}</p>
        <button type="button" class="tool-button" data-testid="editor-download-site"
            disabled=move || status.get() == Status::Making on:click=start>{t.button}</button>
        <p role="status" data-testid="editor-site-status">{said}</p>
        <ul class="editor-site-problems" data-testid="editor-site-problems" hidden=move || problems().is_empty()>
            {move || problems().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
        </ul>
    }
}
