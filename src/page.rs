//! The page contract: the names the shell (`index.html`), the pre-render and the reader,
//! renderer and editor bundles agree on. Each is written here once; the shell, which trunk reads as it is,
//! is checked against them by a test (`tests/page_contract.rs`), and `scripts/post_build.sh`
//! asks the pre-render for the wasm-opt flags.

use crate::model::BUNDLED_URL;

/// The element both bundles render the story into, and the pre-render fills.
pub const APP_ID: &str = "app";
/// Right after the shell's `#app`, which it closes: it says so to a reader of the page's source.
/// The pre-render finds `#app`'s end by parsing (`publish`), and keeps the comment.
pub const APP_END_MARKER: &str = "<!--/app-->";
/// On `#app`: the story inside was rendered at build time, with its story index beside it.
pub const PRERENDERED_ATTR: &str = "data-prerendered";
/// On `#app`: the renderer bundle's module, relative to the page.
pub const RENDERER_ATTR: &str = "data-renderer";
/// The bundles `scripts/post_build.sh` builds beside trunk's (their cargo bin names; each is a
/// `NAME.js` and a `NAME_bg.wasm` in one folder): the renderer, which the reader loads for
/// drafts and pages it cannot hydrate and the story editor for its preview, and the editor's.
pub const RENDERER_BUNDLE: &str = "summit-render";
pub const EDITOR_BUNDLE: &str = "summit-editor";
/// The story index the islands start from, as a file beside each edition's page: not inline,
/// because the first view does not need it (1.8 KB gzip of the page, one round trip under slow
/// 4G), and the loader fetches it with the bundle.
pub const STORY_INDEX_FILE: &str = "story-index.json";
/// The window property the loader (or the renderer bundle) leaves the story index's text in.
pub const STORY_INDEX_GLOBAL: &str = "summitStoryIndex";
/// On `<html>`: every island has started and the address's selection is applied.
pub const READY_CLASS: &str = "app-ready";
/// On `<html>`: the app could not start; the pre-rendered story stays readable.
pub const FAILED_CLASS: &str = "app-failed";
/// The shell's note saying so; hidden until then.
pub const FAILED_NOTE_ID: &str = "app-failed";
/// The one function that shows that note: defined by the shell's first script, because a
/// browser that cannot run the bundles must still see it.
pub const SHOW_START_FAILURE_FN: &str = "summitStartFailed";
/// Defined by the shell's first script: starts the app's code when the reader reaches for it (or
/// at once, where the address asks for a view). The pre-render's loader hands it trunk's start.
pub const START_WHEN_WANTED_FN: &str = "summitWhenWanted";
/// Trunk's names, which its module script uses and the loader keeps: the window property that
/// holds the started bundle's exports (the islands' constructors), and the event sent once it
/// has started.
pub const TRUNK_BINDINGS_GLOBAL: &str = "wasmBindings";
pub const TRUNK_STARTED_EVENT: &str = "TrunkApplicationStarted";
/// On the element `keyed()` wraps a keyed island in: which issue or event the island is for.
pub const ISLAND_KEY_ATTR: &str = "data-island-key";
/// The wrapper's tag: a custom element, `display: contents`, so it adds no box.
pub const ISLAND_KEY_TAG: &str = "island-key";
/// wasm-opt's flags for both bundles' wasm: the features rustc ≥ 1.87 output uses, and no
/// `producers` section (toolchain names no browser reads: 82 bytes gzip of the reader's wasm).
pub const WASM_OPT_FLAGS: &str = "--enable-bulk-memory --enable-nontrapping-float-to-int --strip-producers";
/// On `#app`: the build's root, relative to the page ("./", or "../" for an edition in a
/// folder), where the service worker and the shared bundles are.
pub const ROOT_ATTR: &str = "data-root";
/// The story editor's page, at the build's root beside `index.html`.
pub const EDITOR_PAGE: &str = "edit.html";
/// The host's headers for every file (Netlify's and Cloudflare Pages' format): the pages'
/// Content Security Policy, which the pages also carry in a `<meta>`.
pub const HEADERS_FILE: &str = "_headers";
/// On `<html>`: show the footer's link to the story editor (the shell sets it for `?edit`, the
/// pre-render for a build with `SUMMIT_EDIT_LINK=1`).
pub const EDIT_LINK_CLASS: &str = "edit";
/// The header's link to the story in another language; the address's selection follows it.
pub const EDITION_LINK_ID: &str = "edition-link";

/// The story in one language: its dataset and its page, both from the build's root. One build
/// writes every edition whose dataset it has; they share the reader's bundle.
#[derive(Debug, PartialEq, Eq)]
pub struct Edition {
    /// BCP 47 tag, as the dataset's `meta.language` and `<html lang>` give it.
    pub language: &'static str,
    /// The language's name in itself, for the link to this edition.
    pub autonym: &'static str,
    pub dataset: &'static str,
    /// Open Graph's `language_TERRITORY` form, for link previews.
    pub og_locale: &'static str,
    /// The page's folder: "" for the root's `index.html`.
    pub dir: &'static str,
}

pub const EDITIONS: [Edition; 2] = [
    Edition { language: "en", autonym: "English", dataset: BUNDLED_URL, og_locale: "en_US", dir: "" },
    Edition {
        language: "zh-Hans",
        autonym: "中文",
        dataset: "data/summit.zh-Hans.json",
        og_locale: "zh_CN",
        dir: "zh-Hans/",
    },
];

impl Edition {
    pub fn for_language(tag: &str) -> Option<&'static Edition> {
        EDITIONS.iter().find(|e| e.language == tag)
    }

    /// The page's path from the build's root.
    pub fn page(&self) -> String {
        format!("{}index.html", self.dir)
    }

    /// The files only this edition's readers need, from the build's root: its page, its dataset
    /// and its story index (the service worker caches them for the edition a reader opens).
    pub fn own_files(&self) -> [String; 3] {
        [self.page(), self.dataset.to_string(), self.story_index()]
    }

    /// The story index's path from the build's root.
    pub fn story_index(&self) -> String {
        format!("{}{STORY_INDEX_FILE}", self.dir)
    }

    /// The build's root, relative to this edition's page.
    pub fn root(&self) -> &'static str {
        if self.dir.is_empty() {
            "./"
        } else {
            "../"
        }
    }

    /// The address of `other`'s page, relative to this one's.
    pub fn link_to(&self, other: &Edition) -> String {
        match (self.dir.is_empty(), other.dir.is_empty()) {
            _ if self == other => "./".into(),
            (true, true) => "./".into(),
            (true, false) => other.dir.into(),
            (false, _) => format!("../{}", other.dir),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editions_link_to_each_other() {
        let [en, zh, ..] = &EDITIONS;
        assert_eq!(en.link_to(zh), "zh-Hans/");
        assert_eq!(zh.link_to(en), "../");
        assert_eq!(zh.root(), "../");
        assert_eq!(zh.page(), "zh-Hans/index.html");
        assert_eq!(Edition::for_language("zh-Hans"), Some(zh));
    }
}
