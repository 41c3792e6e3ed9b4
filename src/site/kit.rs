//! What a site is made from besides its story: trunk's shell, and the kit the build leaves the
//! story editor (the shell, `sw.js` unstamped, and which of its files a site copies as they are).

use serde::{Deserialize, Serialize};

use crate::page::{Edition, EDITIONS, EDITOR_PAGE, HEADERS_FILE, RENDERER_BUNDLE};
use crate::platform::trusted_types::SERVICE_WORKER_URL;

/// What every page of a build is made from, besides its story.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Shell {
    /// Trunk's staged `index.html`, before any story is rendered into it.
    pub html: String,
    /// The rules of the stylesheets trunk linked, compacted, which the page inlines.
    pub css: String,
    /// The renderer bundle's script from the site's root, which the reader's bundle loads for
    /// drafts (`?data=`) and pages it cannot hydrate; none in a build without it.
    pub renderer: Option<String>,
}

/// What the build leaves for the story editor to make a site of any story
/// (`editor-HASH/site-FINGERPRINT.json`, [`KIT_STEM`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Kit {
    pub shell: Shell,
    /// `sw.js` as written, before [`super::precache::stamp`] lists a site's files in it.
    pub service_worker: String,
    /// The files a site copies from the build as they are, from its root: the reader's and the
    /// renderer's bundles, the manifest, icons, pym.js, the share image.
    pub files: Vec<String>,
}

/// `edition` with its page at the site's root: a downloaded site is one story in one language,
/// so its page is `index.html` whatever the language (the dataset keeps its name).
pub fn at_root(edition: &Edition) -> Edition {
    Edition { dir: "", ..*edition }
}

/// The edition a downloaded site of a story in `language` is: that language's, at the root; or
/// why there is none.
pub fn site_edition(language: &str) -> Result<Edition, String> {
    Edition::for_language(language)
        .map(at_root)
        .ok_or_else(|| format!("no edition of the explainer is in \"{language}\""))
}

/// An edition's page as rendered, before it is composed with the shell: what the renderer
/// bundle hands the story editor, as JSON.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Rendered {
    /// The edition's language (BCP 47).
    pub language: String,
    /// The `<head>` metadata: title, description, Open Graph, JSON-LD.
    pub head: String,
    /// The story, the content of `#app`.
    pub app: String,
    /// The story index, as JSON.
    pub index: String,
}

/// The kit's file name in the bundles' folder, before its fingerprint: `site-….json`.
pub const KIT_STEM: &str = "site";

/// The files of `build` (paths from its root) that every site copies: all but what each story
/// writes anew (its page, dataset, story index, `sw.js`, `_headers`) and the story editor (its
/// pages, and in the bundles' folder `bundles` everything but the renderer, which the page names
/// for drafts and its fallback, and the snippets it imports).
pub fn kit_files(build: &[String], bundles: &str) -> Vec<String> {
    let written = |name: &str| {
        name == SERVICE_WORKER_URL
            || name == HEADERS_FILE
            || EDITIONS
                .iter()
                .any(|e| e.own_files().iter().any(|f| f == name) || name == format!("{}{EDITOR_PAGE}", e.dir))
    };
    let editor_only = |name: &str| {
        let own = name.strip_prefix(bundles).and_then(|n| n.strip_prefix('/'));
        own.is_some_and(|own| !own.starts_with("snippets/") && !own.starts_with(RENDERER_BUNDLE))
    };
    build.iter().filter(|n| !written(n) && !editor_only(n)).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_copies_the_readers_files_and_the_renderer_and_nothing_a_story_writes() {
        let build: Vec<String> = [
            "_headers",
            "data/summit.en.json",
            "data/summit.zh-Hans.json",
            "edit.html",
            "editor-ab/edit-1.css",
            "editor-ab/site-2.json",
            "editor-ab/snippets/x/inline0.js",
            "editor-ab/start-3.js",
            "editor-ab/summit-editor.js",
            "editor-ab/summit-editor_bg.wasm",
            "editor-ab/summit-render.js",
            "editor-ab/summit-render_bg.wasm",
            "icons/icon.svg",
            "index.html",
            "manifest.webmanifest",
            "pym.v1.min.js",
            "share.png",
            "snippets/y/inline0.js",
            "story-index.json",
            "summit-explainer-9.js",
            "summit-explainer-9_bg.wasm",
            "sw.js",
            "zh-Hans/edit.html",
            "zh-Hans/index.html",
            "zh-Hans/story-index.json",
        ]
        .map(String::from)
        .into();
        assert_eq!(
            kit_files(&build, "editor-ab"),
            [
                "editor-ab/snippets/x/inline0.js",
                "editor-ab/summit-render.js",
                "editor-ab/summit-render_bg.wasm",
                "icons/icon.svg",
                "manifest.webmanifest",
                "pym.v1.min.js",
                "share.png",
                "snippets/y/inline0.js",
                "summit-explainer-9.js",
                "summit-explainer-9_bg.wasm",
            ]
        );
    }

    #[test]
    fn an_edition_at_the_root_keeps_its_language_and_dataset() {
        let zh = at_root(&EDITIONS[1]);
        assert_eq!((zh.page(), zh.root(), zh.story_index()), ("index.html".into(), "./", "story-index.json".into()));
        assert_eq!((zh.language, zh.dataset), (EDITIONS[1].language, EDITIONS[1].dataset));
    }
}
