use leptos::prelude::*;

use super::context::use_story;
use super::words::strings;

/// "Source: NPR; The War Zone", each linked to its page when the dataset gives a safe URL,
/// or else to its entry in the sources list. No `title` tooltip with the source's title: the
/// sources list gives it once, and repeating it on each of the page's ~280 citations cost 2.8 KB
/// gzip of the first load (3.0 KB in Chinese), for a hint touch and keyboard readers never see.
#[component]
pub fn SourceLinks(ids: Vec<String>, #[prop(optional)] label: Option<&'static str>) -> impl IntoView {
    let story = use_story();
    let t = strings();
    let links = ids
        .iter()
        .filter_map(|id| story.data().source(id))
        .enumerate()
        .map(|(i, s)| {
            let href = s.url.clone().unwrap_or_else(|| format!("#source-{}", s.id));
            let external = s.url.is_some();
            view! {
                {(i > 0).then_some(t.source_separator)}
                <a href=href
                    target=external.then_some("_blank") rel=external.then_some("noopener")>{s.publisher.clone()}</a>
            }
        })
        .collect_view();
    let label = label.unwrap_or(t.sources_label(ids.len()));
    view! { <span class="source-links">{label}{links}</span> }
}
