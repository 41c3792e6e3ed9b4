//! Rendering a page to HTML outside a server: the pre-render at build time, the editor bundle in
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
    // Leptos marks hydration points with `<!>`, which HTML parses as an empty comment but
    // validators flag as a bogus one; `<!---->` is the same empty comment, written validly.
    html.replace("<!>", "<!---->")
}
