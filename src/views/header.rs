use leptos::prelude::*;

use super::context::use_story;
use super::embed_panel::{EmbedPanel, ShareLink};
use super::strings::strings;

#[component]
pub fn Header() -> impl IntoView {
    let story = use_story();
    let meta = &story.data.meta;
    let updated = story.dates.updated;
    let t = strings();
    view! {
        <header class="page-header">
            <p class="kicker">{meta.publisher.clone()}</p>
            <h1>{meta.title.clone()}</h1>
            <p class="standfirst">{meta.standfirst.clone()}</p>
            <p class="page-meta">
                {t.updated} <time datetime=updated.iso_start()>{t.date(&updated)}</time> {t.meta_separator}
                <a href="#sources">{t.sources_link}</a>
            </p>
            <div class="page-tools">
                <ShareLink/>
                <EmbedPanel/>
            </div>
        </header>
    }
}
