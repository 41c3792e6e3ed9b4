use leptos::either::Either;
use leptos::prelude::*;

use super::event_detail::EventBody;
use super::story::use_story;
use crate::model::DateSpan;

/// Every source, linkable by `#source-<id>`; in print, followed by every event in full.
#[component]
pub fn SourcesList() -> impl IntoView {
    let story = use_story();
    let meta = &story.data.meta;
    view! {
        <section class="print-only all-events" aria-labelledby="all-events-heading">
            <h2 id="all-events-heading">"Every event"</h2>
            {story.data.events_by_date().into_iter().map(|e| view! {
                <article class="all-events-item"><EventBody event=e.clone()/></article>
            }).collect_view()}
        </section>
        <section class="sources-list" id="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">"Sources"</h2>
            <ol>
                {story.data.sources.iter().map(|s| {
                    let date = s.date.as_deref().and_then(|d| DateSpan::parse(d).ok());
                    view! {
                        <li id=format!("source-{}", s.id)>
                            {s.publisher.clone()} ", "
                            {match s.url.clone() {
                                Some(url) => Either::Left(view! { <a href=url target="_blank" rel="noopener">{s.title.clone()}</a> }),
                                None => Either::Right(view! { <cite>{s.title.clone()}</cite> }),
                            }}
                            {date.map(|d| view! { " (" <time datetime=d.iso_start()>{d.to_string()}</time> ")" })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
        <footer class="page-footer">
            <p>{meta.credits.join(" · ")}</p>
            {(!meta.corrections.is_empty()).then(|| view! {
                <h2>"Corrections"</h2>
                <ul>{meta.corrections.iter().map(|c| view! { <li>{c.date.clone()} ": " {c.text.clone()}</li> }).collect_view()}</ul>
            })}
        </footer>
    }
}
