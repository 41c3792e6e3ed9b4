//! The `<head>` a link preview, a search engine or a reader with no JavaScript sees, rendered
//! by Leptos (which escapes every text and attribute) from the dataset.

use leptos::prelude::*;
use summit_explainer::model::Dataset;
use summit_explainer::page::Edition;
use summit_explainer::views::render_html;

const MARKER: &str = "<!--head-->";

/// An Open Graph or article `<meta property=…>` (RDFa's attribute, not in HTML's own list).
fn og(property: &'static str, content: String) -> impl IntoView {
    leptos::html::meta().attr("property", property).attr("content", content)
}

/// JSON placed inside `<script>` must not be able to close the element early.
pub fn script_safe(json: &str) -> String {
    json.replace("</", "<\\/").replace("<!--", "<\\u0021--")
}

/// The head from the dataset.
/// `others` are the same story's other editions, linked as alternates both ways.
pub fn write(page: &str, data: &Dataset, edition: &Edition, others: &[&Edition]) -> Result<String, String> {
    if !page.contains(MARKER) {
        return Err(format!("index.html has no {MARKER} marker in its <head>"));
    }
    let meta = data.meta.clone();
    let canonical = meta.canonical_url.clone();
    // The build's root: absolute from the canonical address (this page's, so without its
    // edition's folder), else relative to this page.
    let root = canonical.as_deref().map_or_else(
        || edition.root().trim_start_matches("./").to_string(),
        |c| {
            let folder = &c[..c.rfind('/').map_or(c.len(), |i| i + 1)];
            folder.strip_suffix(edition.dir).unwrap_or(folder).to_string()
        },
    );
    let image = format!("{root}share.png");
    let ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": meta.title,
        "description": meta.standfirst,
        "datePublished": meta.published,
        "dateModified": meta.updated,
        "inLanguage": meta.language,
        "isAccessibleForFree": true,
        "image": [image],
        "publisher": { "@type": "Organization", "name": meta.publisher },
        "author": { "@type": "Organization", "name": meta.publisher },
    });
    let ld = script_safe(&ld.to_string());
    // Each edition's address: absolute beside a canonical address, else relative to this page.
    let address = |other: &Edition| match canonical {
        Some(_) => format!("{root}{}", other.dir),
        None => edition.link_to(other),
    };
    let (locale, alternate_locales): (String, Vec<String>) =
        (edition.og_locale.into(), others.iter().map(|e| e.og_locale.into()).collect());
    let alternates = (!others.is_empty()).then(|| {
        std::iter::once(edition)
            .chain(others.iter().copied())
            .map(|e| view! { <link rel="alternate" hreflang=e.language href=address(e)/> })
            .collect_view()
    });
    let head = render_html(move || {
        view! {
            <title>{meta.title.clone()}</title>
            <meta name="description" content=meta.standfirst.clone()/>
            {canonical.map(|url| view! {
                <link rel="canonical" href=url.clone()/>
                {og("og:url", url)}
            })}
            {alternates}
            {og("og:type", "article".into())}
            {og("og:locale", locale)}
            {alternate_locales.into_iter().map(|locale| og("og:locale:alternate", locale)).collect_view()}
            {og("og:title", meta.title.clone())}
            {og("og:description", meta.standfirst.clone())}
            {og("og:image", image.clone())}
            {og("og:image:alt", meta.title.clone())}
            {og("article:published_time", meta.published)}
            {og("article:modified_time", meta.updated)}
            <meta name="twitter:card" content="summary_large_image"/>
            <meta name="twitter:title" content=meta.title/>
            <meta name="twitter:description" content=meta.standfirst/>
            <meta name="twitter:image" content=image/>
            <script type="application/ld+json" inner_html=ld></script>
        }
    });
    // The hand-written title only serves the unrendered shell; the dataset's replaces it.
    let page = match (page.find("<title>"), page.find("</title>")) {
        (Some(start), Some(end)) if start < end => format!("{}{}", &page[..start], &page[end + "</title>".len()..]),
        _ => page.to_string(),
    };
    Ok(page.replacen(MARKER, &head, 1))
}

#[cfg(test)]
mod tests {
    use super::{script_safe, write};
    use summit_explainer::model::load;
    use summit_explainer::page::EDITIONS;

    /// Any valid story: the head is the engine's, whatever the story says.
    const SYNTHETIC: &str = include_str!("../../../tests/fixtures/synthetic.json");

    const PAGE: &str = "<head><title>Shell</title><!--head--></head>";

    #[test]
    fn the_head_comes_from_the_dataset() {
        let mut data = load(SYNTHETIC).unwrap().into_data();
        let html = write(PAGE, &data, &EDITIONS[0], &[]).unwrap();
        assert_eq!(html.matches("<title>").count(), 1, "the shell's title is replaced");
        assert!(html.contains(&format!("<title>{}</title>", data.meta.title)));
        assert!(html.contains("\"@type\":\"NewsArticle\""));
        assert!(!html.contains("rel=\"canonical\""), "no address, no canonical: a relative one is invalid");
        data.meta.canonical_url = Some("https://news.example/summit/".into());
        let html = write(PAGE, &data, &EDITIONS[0], &[]).unwrap();
        assert!(html.contains("<link rel=\"canonical\" href=\"https://news.example/summit/\">"));
        assert!(html.contains("<meta property=\"og:url\" content=\"https://news.example/summit/\">"));
        assert!(html.contains("content=\"https://news.example/summit/share.png\""), "absolute share image");
    }

    #[test]
    fn each_edition_names_the_others_and_its_language() {
        let [en, zh] = &EDITIONS;
        let mut data = load(SYNTHETIC).unwrap().into_data();
        let html = write(PAGE, &data, zh, &[en]).unwrap();
        assert!(html.contains(r#"<link rel="alternate" hreflang="zh-Hans" href="./">"#), "{html}");
        assert!(html.contains(r#"<link rel="alternate" hreflang="en" href="../">"#));
        assert!(html.contains(r#"<meta property="og:locale" content="zh_CN">"#));
        assert!(html.contains(r#"content="../share.png""#), "the shared image, from the folder");
        data.meta.canonical_url = Some("https://news.example/summit/zh-Hans/".into());
        let html = write(PAGE, &data, zh, &[en]).unwrap();
        assert!(html.contains(r#"hreflang="en" href="https://news.example/summit/""#), "{html}");
        assert!(html.contains(r#"hreflang="zh-Hans" href="https://news.example/summit/zh-Hans/""#));
        assert!(html.contains(r#"content="https://news.example/summit/share.png""#));
    }

    #[test]
    fn the_datasets_text_cannot_break_out_of_the_head() {
        let mut data = load(SYNTHETIC).unwrap().into_data();
        data.meta.title = "A \"quoted\" <script>alert(1)</script> & more".into();
        let html = write(PAGE, &data, &EDITIONS[0], &[]).unwrap();
        // Inside the JSON-LD a `<script>` is only text; what matters is that nothing closes it.
        assert!(!html.contains("alert(1)</script>"), "{html}");
        assert!(
            html.contains("content=\"A &quot;quoted&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; more\""),
            "{html}"
        );
    }

    #[test]
    fn json_cannot_close_its_script() {
        assert_eq!(script_safe(r#"{"a":"</script><!--"}"#), r#"{"a":"<\/script><\u0021--"}"#);
    }
}
