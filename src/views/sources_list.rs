use leptos::either::Either;
use leptos::prelude::*;

use super::context::use_story;
use super::source_links::source_id;
use super::words::strings;
use crate::page::{Edition, EDITOR_PAGE};

/// Every source, linkable by `#source-<id>`.
#[component]
pub fn SourcesList() -> impl IntoView {
    let story = use_story();
    let meta = &story.data().meta;
    let t = strings();
    let root = Edition::for_language(&meta.language).map_or("./", Edition::root);
    let editor_url = format!("{}{EDITOR_PAGE}", root.trim_start_matches("./"));
    view! {
        <section class="sources-list" id="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{t.sources_heading}</h2>
            <ol>
                {story.data().sources.iter().map(|s| {
                    let date = story.dates().source(&s.id);
                    view! {
                        <li id=source_id(&s.id)>
                            {s.publisher.clone()} {t.source_title_separator}
                            {match s.url.clone() {
                                Some(url) => Either::Left(view! {
                                    <a href=url target="_blank" rel="noopener" lang=s.language.clone()>{s.title.clone()}</a>
                                }),
                                None => Either::Right(view! { <cite lang=s.language.clone()>{s.title.clone()}</cite> }),
                            }}
                            {date.map(|d| view! {
                                {t.source_date_open} <time datetime=d.iso_start()>{t.date(&d)}</time> {t.source_date_close}
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
        <footer class="page-footer">
            <p>{meta.credits.join(" · ")}</p>
            <p><a href=story.data_url.clone() data-testid="get-the-data">{t.get_the_data}</a>
                {t.get_the_data_note}</p>
            // For the newsroom, not readers: shown only when the address asks (`?edit`) or the
            // build does (`SUMMIT_EDIT_LINK=1`), through the `edit` class on <html> (base.css).
            <p class="edit-link"><a href=editor_url data-testid="edit-link">{t.edit_story}</a></p>
            {(!meta.corrections.is_empty()).then(|| view! {
                <h2>{t.corrections_heading}</h2>
                <ul>{meta.corrections.iter().map(|c| view! { <li>{c.date.clone()} {t.correction_separator} {c.text.clone()}</li> }).collect_view()}</ul>
            })}
        </footer>
    }
}
