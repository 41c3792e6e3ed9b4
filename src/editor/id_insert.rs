//! Completion of known ids: a textarea has no completion of its own, so the ids of the last
//! valid story (parties, issues, events, eras, sources) are offered in a `<datalist>` beside it,
//! and the one chosen is inserted at the cursor, quoted.

use leptos::prelude::*;

use super::state::Editor;
use super::words::words;

/// A const, not a literal: an element all of literals would be built through `innerHTML`
/// (see `words.rs`).
const ID_INPUT: &str = "editor-id";

#[component]
pub(super) fn IdInsert(editor: Editor) -> impl IntoView {
    let t = words();
    let chosen = RwSignal::new(String::new());
    let ids = move || {
        editor.shown.with(|story| {
            let Some(story) = story else { return Vec::new() };
            let d = story.data();
            let [party, issue, event, era, source] = t.id_kinds;
            let named =
                |kind: &'static str| move |(id, name): (&String, &String)| (id.clone(), format!("{kind}: {name}"));
            let mut ids: Vec<(String, String)> = Vec::new();
            ids.extend(d.parties.iter().map(|p| (&p.id, &p.name)).map(named(party)));
            ids.extend(d.issues.iter().map(|i| (&i.id, &i.title)).map(named(issue)));
            ids.extend(d.events.iter().map(|e| (&e.id, &e.title)).map(named(event)));
            ids.extend(d.eras.iter().map(|e| (&e.id, &e.label)).map(named(era)));
            ids.extend(d.sources.iter().map(|s| (&s.id, &s.title)).map(named(source)));
            ids
        })
    };
    let insert = move |_| {
        let id = chosen.get_untracked();
        if !id.trim().is_empty() {
            editor.insert(&format!("\"{}\"", id.trim()));
        }
    };
    view! {
        <div class="editor-ids">
            <label for=ID_INPUT>{t.insert_id}</label>
            <input id=ID_INPUT list="editor-id-list" spellcheck="false" autocomplete="off" data-testid="editor-id"
                on:input=move |ev| chosen.set(event_target_value(&ev))/>
            <datalist id="editor-id-list">
                {move || ids().into_iter().map(|(id, label)| view! { <option value=id label=label></option> }).collect_view()}
            </datalist>
            <button type="button" class="tool-button" on:click=insert>{t.insert}</button>
        </div>
    }
}
