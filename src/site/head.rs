//! The `<head>` a link preview, a search engine or a reader with no JavaScript sees, rendered
//! by Leptos (which escapes every text and attribute) from the dataset.

use crate::model::Dataset;
use crate::page::Edition;
use crate::views::render_html;
use leptos::prelude::*;

/// `json` as the text of a `<script>` (JSON-LD): every `<` as `\u003c`, which a JSON reader reads
/// back as `<`. Inside a script, only a `<` starts what the HTML parser acts on (`</script` ends
/// the element, `<!--` and `<script` change how it looks for that end), so with none of them
/// nothing in the data can end or hide the element. Outside JSON strings, JSON has no `<`.
pub fn script_json(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// An Open Graph or article `<meta property=…>` (RDFa's attribute, not in HTML's own list).
fn og(property: &'static str, content: String) -> impl IntoView {
    leptos::html::meta().attr("property", property).attr("content", content)
}

/// The head's metadata from the dataset, for the shell's `<!--head-->` (`publish::Pieces::head`).
/// `others` are the same story's other editions, linked as alternates both ways.
pub(super) fn render(data: &Dataset, edition: &Edition, others: &[&Edition]) -> String {
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
    // The story's words inside a <script>: none of them may end it, or hide its end.
    let ld = script_json(&ld.to_string());
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
    render_html(move || {
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
            // X reads the title, description and image from Open Graph's tags above.
            <meta name="twitter:card" content="summary_large_image"/>
            <script type="application/ld+json" inner_html=ld></script>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::{render, script_json};
    use crate::model::load;
    use crate::page::EDITIONS;
    use crate::publish::{self, Pieces};

    #[test]
    fn json_in_a_script_has_no_less_than_sign_and_reads_back_the_same() {
        let json = serde_json::json!({ "headline": "</script><!--<script><style>]]>\u{2028}" }).to_string();
        let safe = script_json(&json);
        assert!(!safe.contains('<'), "{safe}");
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&safe).unwrap(),
            serde_json::from_str::<serde_json::Value>(&json).unwrap()
        );
    }

    /// Any valid story: the head is the engine's, whatever the story says.
    const SYNTHETIC: &str = include_str!("../../tests/fixtures/synthetic.json");

    #[test]
    fn the_head_comes_from_the_dataset() {
        let mut data = load(SYNTHETIC).unwrap().into_data();
        let html = render(&data, &EDITIONS[0], &[]);
        assert!(html.contains(&format!("<title>{}</title>", data.meta.title)));
        assert!(html.contains("\"@type\":\"NewsArticle\""));
        assert!(!html.contains("rel=\"canonical\""), "no address, no canonical: a relative one is invalid");
        data.meta.canonical_url = Some("https://news.example/summit/".into());
        let html = render(&data, &EDITIONS[0], &[]);
        assert!(html.contains("<link rel=\"canonical\" href=\"https://news.example/summit/\">"));
        assert!(html.contains("<meta property=\"og:url\" content=\"https://news.example/summit/\">"));
        assert!(html.contains("content=\"https://news.example/summit/share.png\""), "absolute share image");
    }

    #[test]
    fn each_edition_names_the_others_and_its_language() {
        let [en, zh, ..] = &EDITIONS;
        let mut data = load(SYNTHETIC).unwrap().into_data();
        let html = render(&data, zh, &[en]);
        assert!(html.contains(r#"<link rel="alternate" hreflang="zh-Hans" href="./">"#), "{html}");
        assert!(html.contains(r#"<link rel="alternate" hreflang="en" href="../">"#));
        assert!(html.contains(r#"<meta property="og:locale" content="zh_CN">"#));
        assert!(html.contains(r#"content="../share.png""#), "the shared image, from the folder");
        data.meta.canonical_url = Some("https://news.example/summit/zh-Hans/".into());
        let html = render(&data, zh, &[en]);
        assert!(html.contains(r#"hreflang="en" href="https://news.example/summit/""#), "{html}");
        assert!(html.contains(r#"hreflang="zh-Hans" href="https://news.example/summit/zh-Hans/""#));
        assert!(html.contains(r#"content="https://news.example/summit/share.png""#));
    }

    /// A shell with what the page's policy must find after the head: the page's own script and style.
    const SHELL: &str = "<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>Shell</title>\n  <!--head-->\n  <script>\n  boot();\n  </script>\n  <link rel=\"stylesheet\" href=\"./a.css\">\n<script type=\"module\">\nimport init, * as bindings from './app.js';\nconst wasm = await init({ module_or_path: './app_bg.wasm' });\n</script>\n</head>\n<body>\n  <a class=\"skip-link\" href=\"#main\">Skip</a>\n  <p id=\"app-failed\" hidden>No.</p>\n  <div id=\"app\"></div><!--/app-->\n</body>\n</html>";

    #[test]
    fn the_datasets_text_cannot_end_the_json_ld_or_become_the_pages_code() {
        let mut data = load(SYNTHETIC).unwrap().into_data();
        let hostile =
            "A \"quoted\" </script><script>alert(1)</script> <style>p{display:none}</style> <!-- ]]> \u{2028}& more";
        data.meta.title = hostile.into();
        data.meta.standfirst = format!("<!--<script>{hostile}");
        let head = render(&data, &EDITIONS[0], &[]);
        let pieces = Pieces {
            language: "en",
            root: "./",
            edit_link: false,
            css: "main{}\n",
            skip_link: "Skip",
            start_failed: "No.",
            head: &head,
            app: "<main id=\"main\"></main>",
            renderer: None,
        };
        let page = publish::page(SHELL, &pieces).unwrap();
        // Attributes and the title carry the words escaped; the JSON-LD has no `<` at all.
        assert!(page.html.contains("content=\"A &quot;quoted&quot; &lt;/script&gt;"), "{}", page.html);
        let ld_start = page.html.find("<script type=\"application/ld+json\">").unwrap() + 35;
        let ld = &page.html[ld_start..ld_start + page.html[ld_start..].find("</script>").unwrap()];
        let json: serde_json::Value = serde_json::from_str(ld).unwrap();
        assert_eq!(json["headline"], hostile, "the data block ends at its own end tag, whole");
        assert!(!ld.contains('<'), "{ld}");
        // The policy allows exactly the page's own script, loader and style, as the page carries them.
        let loader = page.html.split("<script type=\"module\">").nth(1).unwrap().split("</script>").next().unwrap();
        assert_eq!(page.inline.scripts(), [sha("\nboot();\n  "), sha(loader)]);
        assert_eq!(page.inline.styles(), [sha("\nmain{}\n")]);
    }

    #[test]
    fn the_hostile_fixture_is_a_valid_story_whose_json_ld_reads_back_whole() {
        // The story e2e/hostile-text.test.mjs builds (scripts/test.sh, dist-hostile/).
        let story = load(include_str!("../../tests/fixtures/hostile-text.json")).expect("a valid story");
        let head = render(&story, &EDITIONS[0], &[]);
        let ld = head.split("<script type=\"application/ld+json\">").nth(1).unwrap().split("</script>").next().unwrap();
        let json: serde_json::Value = serde_json::from_str(ld).unwrap();
        assert_eq!(json["headline"], story.meta.title.as_str());
        assert_eq!(json["description"], story.meta.standfirst.as_str());
        assert_eq!(json["publisher"]["name"], story.meta.publisher.as_str());
        for sequence in ["<style>", "</style>", "<script>", "</script>", "<!--", "-->", "]]>", "\u{2028}"] {
            assert!(format!("{}{}", story.meta.title, story.meta.standfirst).contains(sequence), "{sequence:?}");
        }
    }

    /// A CSP hash source, computed here rather than by the code under test.
    fn sha(text: &str) -> String {
        use base64::Engine;
        use sha2::Digest;
        format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(text.as_bytes())))
    }
}
