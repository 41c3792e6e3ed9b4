use leptos::either::Either;
use leptos::prelude::*;

use super::source_links::SourceLinks;
use crate::model::{DateSpan, Position};

/// One side's position: its exact words in quotation marks, any paraphrase, and who said it when.
/// Without a position, says plainly that the sources hold none.
#[component]
pub fn Stance(position: Option<Position>) -> impl IntoView {
    let Some(Position { quote, paraphrase, speaker, date, sources, .. }) = position else {
        return Either::Right(
            view! { <p class="stance-none">"No statement on record in this explainer's sources."</p> },
        );
    };
    let when = date.as_deref().and_then(|d| DateSpan::parse(d).ok()).map(|span| {
        view! { ", " <time datetime=span.iso_start()>{span.to_string()}</time> }
    });
    Either::Left(view! {
        <div class="stance">
            {quote.map(|q| view! { <p class="stance-quote"><q>{q}</q></p> })}
            {paraphrase.map(|p| view! { <p class="stance-paraphrase">{p}</p> })}
            <p class="stance-attribution">"— " {speaker} {when}". " <SourceLinks ids=sources/></p>
        </div>
    })
}
