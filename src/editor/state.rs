//! What the editor's parts share, and the only ways they change the text: each part reads the
//! signals it shows and changes the text through [`Editor`]'s methods, so autosave, history and
//! checking never get skipped. The parts import this; it imports none of them.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use serde_json::Value as Json;
use wasm_bindgen::JsCast;

use super::check::Checked;
use super::history::{History, Snapshot};
use super::renderer::Renderer;
use super::storage;
use super::words::{self, words};
use crate::model::{fill, Place, Story, BUNDLED_URL};
use crate::platform;

/// How long typing must stop before the text is checked and the preview redrawn: short enough
/// that the preview follows within 300 ms on the bundled story (check and render take the rest).
const SETTLE: Duration = Duration::from_millis(120);
/// Keystrokes closer together than this undo as one step.
const BURST_MS: f64 = 1000.0;

/// A place for the text area's cursor: a byte offset, and whether to focus the text there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct CursorTo {
    pub offset: usize,
    pub focus: bool,
}

/// The editor's two views of one draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum View {
    Form,
    Json,
}

impl View {
    fn name(self) -> &'static str {
        match self {
            Self::Form => "form",
            Self::Json => "json",
        }
    }

    /// The view this browser chose last; the form on a first visit.
    fn restored() -> Self {
        if storage::restore_view().as_deref() == Some(Self::Json.name()) {
            Self::Json
        } else {
            Self::Form
        }
    }
}

/// An import's report, in the page's words: what came in, each row or event left out with its
/// reason, and notes (media left out, links kept as text, what to do next).
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct ImportNote {
    pub summary: String,
    pub skipped: Vec<String>,
    pub notes: Vec<String>,
}

/// Everything the editor's parts share. Each part reads the signals it shows and changes the
/// text only through the methods below, so autosave, history and checking never get skipped.
#[derive(Clone, Copy)]
pub(super) struct Editor {
    /// The text as typed.
    pub text: RwSignal<String>,
    /// Bumped when the page, not the keyboard, replaced the text: the text area then takes it.
    pub replaced: RwSignal<u32>,
    /// Where the cursor is asked to go, and whether the text area takes the focus (an error
    /// chosen, an id inserted) or leaves it where the editor is (a file opened, undo pressed).
    pub cursor_to: RwSignal<Option<CursorTo>>,
    /// The cursor's byte offset, as the text pane last saw it.
    pub cursor: RwSignal<usize>,
    /// The latest verdict, once typing has stopped.
    pub checked: RwSignal<Option<Checked>, LocalStorage>,
    /// The last story that was valid: the preview keeps it while the text has errors.
    pub shown: RwSignal<Option<Arc<Story>>, LocalStorage>,
    /// Whether undo and redo have anywhere to go.
    pub can_undo: RwSignal<(bool, bool)>,
    /// The text last exported or opened (its fingerprint), and the name it goes by.
    exported: RwSignal<u64>,
    pub file_name: RwSignal<String>,
    /// A sentence about the last file operation (opened, saved, refused), for the status area.
    pub note: RwSignal<String>,
    /// What the last import brought in and left out; empty before one.
    pub imported: RwSignal<ImportNote>,
    /// Whether an import adds to the open story rather than starting a new one.
    pub import_adds: RwSignal<bool>,
    /// What draws the preview (the renderer bundle).
    pub(super) renderer: Renderer,
    /// The view shown: the form (the default) or the JSON text.
    pub view: RwSignal<View>,
    /// The item the form shows (`events[3]`, `meta`), chosen in the outline.
    pub open_item: RwSignal<Option<Place>>,
    /// A control for the form to focus once it is drawn (a CSS selector): a new item's first
    /// field, a problem's field.
    pub focus: RwSignal<Option<String>>,
    /// Bumped when the form's shape changes under it (an item or field added or removed): the
    /// open item's form is drawn again. Typing in a field never bumps it, so the field keeps
    /// its focus and caret.
    pub shape: RwSignal<u32>,
    /// The text as JSON, for the form's changes; parsed only when one asks for it.
    pub draft: Memo<Option<Arc<Json>>>,
    /// The same, as of the last check, for what the form shows (the outline, the ticks): typing
    /// never waits for a whole story to be parsed again, only the check does.
    pub shown_draft: Memo<Option<Arc<Json>>>,
    history: StoredValue<History, LocalStorage>,
    last_edit: StoredValue<f64>,
    pending: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

impl Editor {
    fn new(text: String, exported: u64, file_name: String) -> Self {
        let text = RwSignal::new(text);
        let checked = RwSignal::new_local(None);
        // Never equal: comparing two stories costs more than drawing the form again.
        let draft = Memo::new_with_compare(move |_| text.with(|t| serde_json::from_str(t).ok().map(Arc::new)), |_, _| true);
        Self {
            history: StoredValue::new_local(History::new(Snapshot { text: text.get_untracked(), cursor: 0 })),
            text,
            replaced: RwSignal::new(0),
            cursor_to: RwSignal::new(None),
            cursor: RwSignal::new(0),
            checked,
            shown: RwSignal::new_local(None),
            can_undo: RwSignal::new((false, false)),
            exported: RwSignal::new(exported),
            file_name: RwSignal::new(file_name),
            note: RwSignal::new(String::new()),
            last_edit: StoredValue::new(f64::NEG_INFINITY),
            pending: StoredValue::new_local(None),
            imported: RwSignal::new(ImportNote::default()),
            import_adds: RwSignal::new(false),
            renderer: Renderer::new(),
            view: RwSignal::new(View::restored()),
            open_item: RwSignal::new(None),
            focus: RwSignal::new(None),
            shape: RwSignal::new(0),
            draft,
            shown_draft: Memo::new_with_compare(
                move |_| {
                    checked.track();
                    draft.get_untracked()
                },
                |_, _| true,
            ),
        }
    }

    /// Draws the preview with the renderer `loading` promises, checking the text again once it
    /// has come.
    pub fn render_with(&self, loading: js_sys::Promise) {
        let editor = *self;
        self.renderer.arrives(loading, move || editor.check());
    }

    /// The text area's text after a keystroke.
    pub fn typed(&self, text: String, cursor: usize) {
        let now = js_sys::Date::now();
        let same_step = now - self.last_edit.get_value() < BURST_MS;
        self.last_edit.set_value(now);
        self.history.update_value(|h| h.record(Snapshot { text: text.clone(), cursor }, same_step));
        self.changed(text, SETTLE);
    }

    /// Replaces the whole text with a start point (the bundled story, the template, a file):
    /// a step of its own, so undo brings the draft back. An import's report was about the story
    /// it replaces, so it goes (an import sets its own after opening).
    pub fn open(&self, text: String, file_name: &str) {
        self.last_edit.set_value(f64::NEG_INFINITY);
        self.imported.set(ImportNote::default());
        self.history.update_value(|h| h.record(Snapshot { text: text.clone(), cursor: 0 }, false));
        self.mark_exported(&text, file_name);
        self.note.set(fill(words().opened, &[("name", file_name)]));
        self.put(text, 0);
    }

    /// A change the form made: `edit` turns the text into the new text (`json_edit`), or says
    /// it could not (the text is not JSON there). Typing in one field is one undo step, as in
    /// the text; a `step` (an item added, a reference ticked) is a step of its own.
    pub fn apply(&self, step: bool, edit: impl FnOnce(&str) -> Option<String>) -> bool {
        let Some(text) = self.text.with_untracked(|t| edit(t)) else { return false };
        if step {
            self.last_edit.set_value(f64::NEG_INFINITY);
        }
        self.typed(text, self.cursor.get_untracked());
        if step {
            self.last_edit.set_value(f64::NEG_INFINITY);
        }
        true
    }

    /// Shows `view`, and remembers it for the next visit.
    pub fn show(&self, view: View) {
        self.view.set(view);
        storage::save_view(view.name());
    }

    /// The form's shape changed: its open item is drawn again, focusing `focus` if given.
    pub fn reshaped(&self, focus: Option<String>) {
        self.focus.set(focus);
        self.shape.update(|n| *n += 1);
    }

    /// Inserts `words` at the cursor, as typing them would.
    pub fn insert(&self, words: &str) {
        let at = self.cursor.get_untracked();
        let text = self.text.with_untracked(|t| {
            let at = at.min(t.len());
            [&t[..at], words, &t[at..]].concat()
        });
        self.typed(text.clone(), at + words.len());
        self.replaced.update(|n| *n += 1);
        self.cursor_to.set(Some(CursorTo { offset: at + words.len(), focus: true }));
    }

    pub fn undo(&self) {
        let step = self.history.try_update_value(|h| h.undo().cloned()).flatten();
        self.go_to(step);
    }

    pub fn redo(&self) {
        let step = self.history.try_update_value(|h| h.redo().cloned()).flatten();
        self.go_to(step);
    }

    fn go_to(&self, step: Option<Snapshot>) {
        if let Some(Snapshot { text, cursor }) = step {
            self.last_edit.set_value(f64::NEG_INFINITY);
            self.put(text, cursor);
        }
    }

    /// Shows `text` in the text area, with the cursor at `cursor`.
    fn put(&self, text: String, cursor: usize) {
        self.changed(text, Duration::ZERO);
        self.replaced.update(|n| *n += 1);
        self.cursor_to.set(Some(CursorTo { offset: cursor, focus: false }));
    }

    /// After any change: autosave now, check once typing settles.
    fn changed(&self, text: String, settle: Duration) {
        if !storage::save(&text) {
            self.note.set(words().autosave_refused.into());
        }
        self.text.set(text);
        self.can_undo.set(self.history.with_value(|h| (h.can_undo(), h.can_redo())));
        if let Some(pending) = self.pending.get_value() {
            pending.clear();
        }
        let editor = *self;
        self.pending.set_value(set_timeout_with_handle(move || editor.check(), settle).ok());
    }

    fn check(&self) {
        let checked = self.text.with_untracked(|text| Checked::of(text));
        if let Some(story) = checked.story() {
            // The verdict is said with its preview: until the renderer is here, it waits.
            if !self.renderer.settled() {
                return;
            }
            self.text.with_untracked(|text| self.renderer.show(text));
            self.shown.set(Some(story.clone()));
        }
        self.checked.set(Some(checked));
    }

    /// The text now shown is saved outside (downloaded) or came from outside (opened).
    pub fn mark_exported(&self, text: &str, file_name: &str) {
        let fingerprint = storage::fingerprint(text);
        self.exported.set(fingerprint);
        self.file_name.set(file_name.to_string());
        storage::save_exported(fingerprint, file_name);
    }

    /// Whether leaving now would lose changes never exported.
    pub(super) fn unexported(&self) -> bool {
        self.text.with_untracked(|t| storage::fingerprint(t)) != self.exported.get_untracked()
    }
}

/// The name a story is downloaded under when it came from no file.
const DEFAULT_NAME: &str = "story.json";

impl Editor {
    /// The draft this browser saved, or, on a first visit, the bundled story: the example of
    /// every field in use.
    pub(super) fn restored() -> Self {
        let Some(saved) = storage::restore() else {
            let editor = Editor::new(String::new(), storage::fingerprint(""), DEFAULT_NAME.into());
            open_bundled(editor);
            return editor;
        };
        let name = saved.file_name.unwrap_or_else(|| DEFAULT_NAME.into());
        let editor = Editor::new(saved.text.clone(), saved.exported, name);
        editor.note.set(words().restored.into());
        editor.changed(saved.text, Duration::ZERO);
        editor
    }
}

/// Opens the story the explainer ships with, in the page's language.
pub(super) fn open_bundled(editor: Editor) {
    let dataset = words::edition().map_or(BUNDLED_URL, |e| e.dataset);
    let url = [words::root(), dataset].concat();
    wasm_bindgen_futures::spawn_local(async move {
        match platform::fetch_text(&url).await {
            Ok(text) => editor.open(text, dataset.rsplit('/').next().unwrap_or(DEFAULT_NAME)),
            Err(reason) => editor.note.set(fill(words().bundled_failed, &[("reason", &reason)])),
        }
    });
}

/// The text area's element, for the parts that move its cursor.
pub(super) fn text_area(id: &str) -> Option<web_sys::HtmlTextAreaElement> {
    platform::dom::element(id).and_then(|e| e.dyn_into().ok())
}
