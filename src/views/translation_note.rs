use leptos::either::Either;
use leptos::prelude::*;

use super::context::use_story;
use super::source_links::SourceLinks;
use super::words::{strings, Strings};
use crate::model::{Spoken, OUR_TRANSLATION};

/// Under a quote shown in translation: from which language, by whom, and the words as spoken,
/// one tap away in a disclosure that works without JavaScript. Words spoken in the page's own
/// language need no note, and get none. The words as spoken name their source unless it is one
/// the quote already `cited` beside them.
#[component]
pub fn TranslationNote(spoken: Option<Spoken>, cited: Vec<String>) -> impl IntoView {
    let story = use_story();
    let t = strings();
    let spoken = spoken.filter(|s| s.is_translated_for(&story.data().meta.language))?;
    let language = t.language_name(&spoken.language);
    let note = match spoken.translated_by.as_deref() {
        None | Some(OUR_TRANSLATION) => Strings::fill(t.translated_by_us, &[("language", &language)]),
        Some(id) => {
            let translator = story.data().source(id).map_or(id, |s| s.publisher.as_str());
            Strings::fill(t.translated_by_outlet, &[("language", &language), ("translator", translator)])
        }
    };
    let original = match spoken.original {
        Some(original) => Either::Left(view! {
            <details class="translation-original" data-testid="translation-original">
                <summary>{Strings::fill(t.original_words, &[("language", &language)])}</summary>
                <p>
                    <q lang=spoken.language.clone()>{original.text}</q>
                    {(!cited.contains(&original.source)).then(|| view! { " " <SourceLinks ids=vec![original.source]/> })}
                </p>
            </details>
        }),
        None => Either::Right(
            view! { <span class="translation-missing">{Strings::fill(t.original_not_found, &[("language", &language)])}</span> },
        ),
    };
    Some(view! {
        <div class="translation" data-testid="translation-note" data-spoken=spoken.language>
            <p class="translation-from">{note}</p>
            {original}
        </div>
    })
}
