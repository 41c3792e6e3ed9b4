use leptos::prelude::*;

use super::context::use_story;
use super::embed_panel::{EmbedPanel, ShareLink};
use super::words::strings;
use crate::page::{Edition, EDITION_LINK_ID};

#[component]
pub fn Header() -> impl IntoView {
    let story = use_story();
    let meta = &story.data().meta;
    let updated = story.dates().updated;
    let t = strings();
    // The page's own edition, and a link to each other one: its name in its own language.
    let this = Edition::for_language(&meta.language);
    let editions = this.filter(|_| !story.editions.is_empty()).map(|this| {
        let links = story
            .editions
            .iter()
            .enumerate()
            .map(|(i, other)| {
                view! {
                    <a id=(i == 0).then_some(EDITION_LINK_ID) href=this.link_to(other) hreflang=other.language
                        lang=other.language data-testid="language-switch">{other.autonym}</a>
                }
            })
            .collect_view();
        view! { <nav class="editions" aria-label=t.languages>{links}</nav> }
    });
    view! {
        <header class="page-header">
            <p class="kicker" lang=meta.publisher_language.clone()>{meta.publisher.clone()}</p>
            <h1>{meta.title.clone()}</h1>
            <p class="standfirst">{meta.standfirst.clone()}</p>
            <p class="page-meta">
                {t.updated} <time datetime=updated.iso_start()>{t.date(&updated)}</time> {t.meta_separator}
                <a href="#sources">{t.sources_link}</a>
            </p>
            {editions}
            <div class="page-tools">
                <ShareLink/>
                <EmbedPanel/>
            </div>
        </header>
    }
}
