//! The editor's page: mounts it into `edit.html` and lays out its parts, which share one
//! [`Editor`] (`state.rs`).

use leptos::prelude::*;

use super::error_list::ErrorList;
use super::help_panel::HelpPanel;
use super::id_insert::IdInsert;
use super::import_panel::ImportPanel;
use super::preview::Preview;
use super::publish_panel::PublishPanel;
use super::site_download::SiteMaker;
use super::item_form::ItemForm;
use super::outline::Outline;
use super::state::{Editor, View};
use super::view_switch::ViewSwitch;
use super::text_pane::TextPane;
use super::toolbar::Toolbar;
use super::words::{self, words};
use crate::platform;

/// The element of `edit.html` the editor mounts in.
const ROOT_ID: &str = "editor";

/// Mounts the editor into `edit.html`; `renderer` promises the renderer bundle's
/// `preview_html`, which draws the preview, and `publisher` its `site_pieces`, which renders the
/// page of a downloaded site, made with the build's `kit` (its path from the build's root).
pub fn start(renderer: js_sys::Promise, publisher: js_sys::Promise, kit: String) {
    // A bug shows in the console with its message, not as wasm's bare "unreachable".
    std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&info.to_string().into())));
    let Some(root) = platform::dom::element(ROOT_ID) else { return };
    // The loading note goes; textContent, not innerHTML, which Trusted Types rightly refuse.
    root.set_text_content(None);
    leptos::mount::mount_to(root, move || {
        provide_context(SiteMaker::new(publisher, kit));
        let editor = Editor::restored();
        editor.render_with(renderer);
        view! { <EditorPage editor/> }
    })
    .forget();
    platform::service_worker::register(words::root());
    platform::service_worker::keep_editor_files();
}

#[component]
fn EditorPage(editor: Editor) -> impl IntoView {
    let t = words();
    // Leaving with changes never exported asks first (the browser words the question).
    let guard = window_event_listener(leptos::ev::beforeunload, move |event| {
        if editor.unexported() {
            event.prevent_default();
            event.set_return_value("");
        }
    });
    on_cleanup(move || guard.remove());
    view! {
        <header class="editor-header">
            <h1>{t.title}</h1>
            <p class="editor-intro">{t.intro}</p>
            <Toolbar editor/>
            <ImportPanel editor/>
        </header>
        <main class="editor-main">
            <div class="editor-panes">
                <section class="editor-source" aria-labelledby="editor-source-heading">
                    <h2 id="editor-source-heading">{move || if editor.view.get() == View::Form { t.view_form } else { t.source_heading }}</h2>
                    <ViewSwitch editor/>
                    <TextPane editor/>
                    <div class="editor-form-view" hidden=move || editor.view.get() != View::Form>
                        <Outline editor/>
                        <ItemForm editor/>
                    </div>
                    <div hidden=move || editor.view.get() != View::Json>
                        <IdInsert editor/>
                    </div>
                    <ErrorList editor/>
                </section>
                <section class="editor-preview-pane" aria-labelledby="editor-preview-heading">
                    <h2 id="editor-preview-heading">{t.preview_heading}</h2>
                    <Preview/>
                </section>
            </div>
            <div class="editor-side">
                <PublishPanel editor/>
                <HelpPanel editor/>
            </div>
        </main>
    }
}
