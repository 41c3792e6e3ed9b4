//! The `<head>` a link preview, a search engine or a reader with no JavaScript sees.

use summit_explainer::model::{Dataset, StoryIndex};

const MARKER: &str = "<!--head-->";

pub fn attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// JSON placed inside `<script>` must not be able to close the element early.
pub fn script_safe(json: &str) -> String {
    json.replace("</", "<\\/").replace("<!--", "<\\u0021--")
}

/// The head from the dataset, with the story index inline for the reader's bundle.
pub fn write(page: &str, data: &Dataset, index: &StoryIndex) -> Result<String, String> {
    if !page.contains(MARKER) {
        return Err(format!("index.html has no {MARKER} marker in its <head>"));
    }
    let meta = &data.meta;
    let canonical = meta.canonical_url.as_deref();
    let image = canonical.map_or_else(
        || "share.png".to_string(),
        |c| format!("{}share.png", &c[..c.rfind('/').map_or(c.len(), |i| i + 1)]),
    );
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
    let mut head = vec![
        format!("<title>{}</title>", attr(&meta.title)),
        format!("<meta name=\"description\" content=\"{}\">", attr(&meta.standfirst)),
        format!("<meta property=\"og:type\" content=\"article\">"),
        format!("<meta property=\"og:title\" content=\"{}\">", attr(&meta.title)),
        format!("<meta property=\"og:description\" content=\"{}\">", attr(&meta.standfirst)),
        format!("<meta property=\"og:image\" content=\"{}\">", attr(&image)),
        format!("<meta property=\"og:image:alt\" content=\"{}\">", attr(&meta.title)),
        format!("<meta property=\"article:published_time\" content=\"{}\">", attr(&meta.published)),
        format!("<meta property=\"article:modified_time\" content=\"{}\">", attr(&meta.updated)),
        "<meta name=\"twitter:card\" content=\"summary_large_image\">".to_string(),
        format!("<meta name=\"twitter:title\" content=\"{}\">", attr(&meta.title)),
        format!("<meta name=\"twitter:description\" content=\"{}\">", attr(&meta.standfirst)),
        format!("<meta name=\"twitter:image\" content=\"{}\">", attr(&image)),
        format!("<script type=\"application/ld+json\">{}</script>", script_safe(&ld.to_string())),
        format!("<script type=\"application/json\" id=\"story-index\">{}</script>", script_safe(&index.to_json())),
    ];
    if let Some(url) = canonical {
        head.insert(2, format!("<link rel=\"canonical\" href=\"{}\">", attr(url)));
        head.insert(3, format!("<meta property=\"og:url\" content=\"{}\">", attr(url)));
    }
    // The hand-written title only serves the unrendered shell; the dataset's replaces it.
    let page = match (page.find("<title>"), page.find("</title>")) {
        (Some(start), Some(end)) if start < end => format!("{}{}", &page[..start], &page[end + "</title>".len()..]),
        _ => page.to_string(),
    };
    Ok(page.replacen(MARKER, &head.join("\n"), 1))
}

#[cfg(test)]
mod tests {
    use super::{script_safe, write};
    use summit_explainer::model::{load, StoryIndex, TimelineLayout, BUNDLED_JSON};

    const PAGE: &str = "<head><title>Shell</title><!--head--></head>";

    #[test]
    fn the_head_comes_from_the_dataset() {
        let mut data = load(BUNDLED_JSON).unwrap();
        let index = StoryIndex::new(&data, &TimelineLayout::new(&data));
        let html = write(PAGE, &data, &index).unwrap();
        assert_eq!(html.matches("<title>").count(), 1, "the shell's title is replaced");
        assert!(html.contains(&format!("<title>{}</title>", data.meta.title)));
        assert!(html.contains("\"@type\":\"NewsArticle\""));
        assert!(!html.contains("rel=\"canonical\""), "no address, no canonical: a relative one is invalid");
        data.meta.canonical_url = Some("https://news.example/summit/".into());
        let html = write(PAGE, &data, &index).unwrap();
        assert!(html.contains("<link rel=\"canonical\" href=\"https://news.example/summit/\">"));
        assert!(html.contains("<meta property=\"og:url\" content=\"https://news.example/summit/\">"));
        assert!(html.contains("content=\"https://news.example/summit/share.png\""), "absolute share image");
    }

    #[test]
    fn json_cannot_close_its_script() {
        assert_eq!(script_safe(r#"{"a":"</script><!--"}"#), r#"{"a":"<\/script><\u0021--"}"#);
    }
}
