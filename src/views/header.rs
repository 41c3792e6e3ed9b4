use leptos::prelude::*;

use super::context::use_story;
use super::embed_panel::{EmbedPanel, ShareLink};
use crate::model::DateSpan;

#[component]
pub fn Header() -> impl IntoView {
    let story = use_story();
    let meta = &story.data.meta;
    let updated = DateSpan::parse(&meta.updated).ok();
    view! {
        <header class="page-header">
            <p class="kicker">{meta.publisher.clone()}</p>
            <h1>{meta.title.clone()}</h1>
            <p class="standfirst">{meta.standfirst.clone()}</p>
            <p class="page-meta">
                {updated.map(|d| view! { "Updated " <time datetime=d.iso_start()>{d.to_string()}</time> " · " })}
                <a href="#sources">"Sources"</a>
            </p>
            <div class="page-tools">
                <ShareLink/>
                <EmbedPanel/>
            </div>
        </header>
    }
}
