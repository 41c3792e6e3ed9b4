//! Rendering a page to HTML outside a server: the pre-render at build time, the renderer bundle in
//! the browser, and the view tests.

use std::sync::Arc;

use leptos::prelude::*;

/// `view` as HTML, the way the pre-render writes it: island children need a shared context.
pub fn render_html<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> String {
    let previous = Owner::current();
    // A new root becomes the current owner; the caller's is restored for what comes next.
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    let html = owner.with(|| view().into_view().to_html());
    if let Some(previous) = previous {
        previous.set();
    }
    hydration_marks_in_islands_only(&html)
}

/// Leptos marks hydration points with `<!>`, which HTML parses as an empty comment but
/// validators flag as a bogus one; `<!---->` is the same empty comment, written validly. Only an
/// island's own markup is ever hydrated: outside every island, and in an island's
/// `<leptos-children>` (static; the walk starts the islands nested there on their own), the
/// marks are dropped. Over ~950 marks (most around each citation's links) that is 460 bytes
/// gzip of the first load.
fn hydration_marks_in_islands_only(html: &str) -> String {
    const MARK: &str = "<!>";
    // Innermost first: whether the markup here is an island's own (hydrated) or static.
    let mut hydrated = vec![false];
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with(MARK) {
            if hydrated.last() == Some(&true) {
                out.push_str("<!---->");
            }
            rest = &rest[MARK.len()..];
            continue;
        }
        if rest.starts_with("<leptos-island") {
            hydrated.push(true);
        } else if rest.starts_with("<leptos-children") {
            hydrated.push(false);
        } else if rest.starts_with("</leptos-island") || rest.starts_with("</leptos-children") {
            hydrated.pop();
        }
        out.push('<');
        rest = &rest[1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::hydration_marks_in_islands_only as marks;

    #[test]
    fn hydration_marks_stay_only_in_an_islands_own_markup() {
        let html = "<p>a<!>b</p><leptos-island><b>c<!>d</b><leptos-children>e<!>f\
            <leptos-island>g<!>h</leptos-island></leptos-children>i<!>j</leptos-island>k<!>";
        assert_eq!(
            marks(html),
            "<p>ab</p><leptos-island><b>c<!---->d</b><leptos-children>ef\
            <leptos-island>g<!---->h</leptos-island></leptos-children>i<!---->j</leptos-island>k"
        );
    }
}
