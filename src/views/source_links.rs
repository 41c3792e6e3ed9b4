use leptos::prelude::*;

use super::context::use_story;
use super::words::strings;

/// "Source: NPR; The War Zone", each linked to its entry in the sources list, as a footnote is:
/// the list gives each source's title, date and address once. Linking each of the page's ~190
/// citations to the outside address instead cost 3.5 KB gzip of the first view (3.6 KB in
/// Chinese), a third round trip under slow 4G, for one click fewer to a source (the README's
/// "How it starts"). No `title` tooltip either: repeating each title cost 2.8 KB gzip. In
/// `<small>`, HTML's element for attribution and small print, not a classed `<span>`: 0.4 KB
/// gzip of the Chinese page (316 citations).
#[component]
pub fn SourceLinks(ids: Vec<String>, #[prop(optional)] label: Option<&'static str>) -> impl IntoView {
    let story = use_story();
    let t = strings();
    let links = ids
        .iter()
        .filter_map(|id| story.data().source(id))
        .enumerate()
        .map(|(i, s)| {
            view! {
                {(i > 0).then_some(t.source_separator)}
                <a href=source_anchor(&s.id)>{s.publisher.clone()}</a>
            }
        })
        .collect_view();
    let label = label.unwrap_or(t.sources_label(ids.len()));
    view! { <small>{label}{links}</small> }
}

/// What selects the page's citations, for what reads the story's words without them (find).
pub const CITATIONS: &str = "small";

/// A source's entry in the sources list: its element id, and the fragment that links to it.
pub fn source_id(id: &str) -> String {
    ["source-", id].concat()
}

fn source_anchor(id: &str) -> String {
    ["#", &source_id(id)].concat()
}
