//! The story editor's page for one edition (`edit.html`, `zh-Hans/edit.html`) from its template
//! (`src/editor/edit.html`): its language, title and loading note, its stylesheet and start
//! script (files beside the bundles, so nothing is inline), and, for an edition in a folder,
//! its relative addresses one level up. One pass of the parser, as for the explainer's pages.

use lol_html::element;
use lol_html::html_content::ContentType;

use super::pass::{relocate, rewrite};

/// Where the template asks for the stylesheet and the start script.
pub const STYLES_MARKER: &str = "./EDITOR_STYLES";
pub const START_MARKER: &str = "./EDITOR_START";

/// One edition's editor page, as the template's holes take it.
pub struct EditorPage<'a> {
    /// BCP 47 tag, for `<html lang>`: the editor speaks the page's language.
    pub language: &'a str,
    /// The build's root from the page: "./", or "../" for an edition in a folder.
    pub root: &'a str,
    pub title: &'a str,
    /// What the page says until the editor's bundle has started.
    pub loading: &'a str,
    /// The stylesheet and the start script, from the build's root.
    pub styles: &'a str,
    pub start: &'a str,
}

/// The page `template` makes for `page`, before its policy ([`super::secure`]).
pub fn compose(template: &str, page: &EditorPage) -> Result<String, String> {
    let mut found = (false, false);
    let html = rewrite(
        template,
        vec![
            element!("html", |el| {
                el.set_attribute("lang", page.language)?;
                Ok(())
            }),
            element!("title", |el| {
                el.set_inner_content(page.title, ContentType::Text);
                Ok(())
            }),
            element!(".editor-loading", |el| {
                el.set_inner_content(page.loading, ContentType::Text);
                Ok(())
            }),
            element!("[href], [src]", |el| {
                for name in ["href", "src"] {
                    let Some(address) = el.get_attribute(name) else { continue };
                    let address = match address.as_str() {
                        STYLES_MARKER => {
                            found.0 = true;
                            format!("./{}", page.styles)
                        }
                        START_MARKER => {
                            found.1 = true;
                            format!("./{}", page.start)
                        }
                        _ => address,
                    };
                    el.set_attribute(name, &relocate(&address, page.root))?;
                }
                Ok(())
            }),
        ],
    )?;
    if found != (true, true) {
        return Err(format!("src/editor/edit.html lacks {STYLES_MARKER} or {START_MARKER}"));
    }
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!doctype html><html lang=\"en\"><head><title>x</title>\
        <link rel=\"icon\" href=\"icons/i.svg\"><link rel=\"stylesheet\" href=\"./EDITOR_STYLES\">\
        <script type=\"module\" src=\"./EDITOR_START\"></script></head>\
        <body><div id=\"editor\"><p class=\"editor-loading\">Loading</p></div></body></html>";

    fn page(root: &'static str) -> EditorPage<'static> {
        EditorPage {
            language: "zh-Hans",
            root,
            title: "报道编辑器 <b>",
            loading: "正在加载……",
            styles: "editor-1/edit-2.css",
            start: "editor-1/start-3.js",
        }
    }

    #[test]
    fn an_editions_editor_speaks_its_language_and_reaches_the_shared_files_from_its_folder() {
        let html = compose(TEMPLATE, &page("../")).unwrap();
        assert!(html.contains("<html lang=\"zh-Hans\">"), "{html}");
        assert!(html.contains("<title>报道编辑器 &lt;b&gt;</title>"), "{html}");
        assert!(html.contains("<p class=\"editor-loading\">正在加载……</p>"), "{html}");
        assert!(html.contains("href=\"../icons/i.svg\""), "{html}");
        assert!(html.contains("href=\"../editor-1/edit-2.css\""), "{html}");
        assert!(html.contains("src=\"../editor-1/start-3.js\""), "{html}");
        let root = compose(TEMPLATE, &page("./")).unwrap();
        assert!(root.contains("href=\"./editor-1/edit-2.css\"") && root.contains("href=\"icons/i.svg\""), "{root}");
    }

    #[test]
    fn a_template_without_its_holes_is_an_error() {
        let error = compose(&TEMPLATE.replace("./EDITOR_START", "start.js"), &page("./")).unwrap_err();
        assert!(error.contains("EDITOR_START"), "{error}");
    }
}
