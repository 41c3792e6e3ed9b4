//! Stamps `sw.js` with every file of a site and a version derived from their bytes, so a new
//! site replaces the old cache and the list is never maintained by hand. The build stamps its
//! own (`src/bin/prerender/`), the story editor the one of each site it downloads.

use crate::page::{Edition, EDITOR_PAGE, HEADERS_FILE};
use crate::platform::trusted_types::SERVICE_WORKER_URL;

const LIST_MARKER: &str = "const PRECACHE = [];";
const EDITIONS_MARKER: &str = "const EDITIONS = {};";
const EDITOR_MARKER: &str = "const EDITOR = [];";
const VERSION_MARKER: &str = "const VERSION = \"dev\";";
/// Never fetched by a browser through the worker: the worker itself, and the host's headers.
const SKIP: [&str; 2] = [SERVICE_WORKER_URL, HEADERS_FILE];
/// Not needed to read the explainer: the host page loads the pym loader, never the explainer;
/// the share image is for link previews, which crawlers fetch (33 KB gzip that every reader's
/// worker would download in the background). The story editor's list has them: a site it
/// downloads holds them, offline too.
const NOT_FOR_READERS: [&str; 2] = ["pym.v1.min.js", "share.png"];
/// The renderer and editor bundles' folder (scripts/post_build.sh). It is not in the list every
/// reader's worker fetches: readers never need it (a draft, `?data=`, needs the network anyway),
/// and it weighs several times the reader's bundle. The story editor (`edit.html`) must work
/// offline, though: its files are a list of their own, which the worker caches when it is
/// installed from the editor, and which a worker already installed by the explainer caches as
/// the editor uses them.
const EDITOR_DIR: &str = "editor-";

/// Whether `name` (from the site's root) belongs to the editor's list rather than the readers':
/// the bundles' folder, each edition's editor page, and what only a downloaded site needs.
fn is_editor_file(name: &str, editions: &[Edition]) -> bool {
    name.starts_with(EDITOR_DIR)
        || NOT_FOR_READERS.contains(&name)
        || editions.iter().any(|e| name.strip_prefix(e.dir) == Some(EDITOR_PAGE))
}

/// FNV-1a: a stable content fingerprint, needing no crate.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a, from [`FNV_OFFSET`].
pub fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3))
}

/// `sw.js` stamped for a site.
pub struct Stamped {
    pub service_worker: String,
    /// How many files every reader's worker caches.
    pub shared: usize,
}

/// `template` (`sw.js` with its placeholders) stamped with the site's `files` (path from its
/// root, bytes) whose pages are `editions`: the files every edition shares, each edition's own,
/// the editor's, and a version from all their names and bytes.
pub fn stamp(template: &str, files: &[(String, Vec<u8>)], editions: &[Edition]) -> Result<Stamped, String> {
    if [LIST_MARKER, VERSION_MARKER, EDITIONS_MARKER, EDITOR_MARKER].iter().any(|m| !template.contains(m)) {
        return Err("sw.js lacks its PRECACHE, EDITIONS, EDITOR or VERSION placeholder".into());
    }
    let mut files: Vec<&(String, Vec<u8>)> = files.iter().filter(|(name, _)| !SKIP.contains(&name.as_str())).collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let list: Vec<&String> = files.iter().map(|(name, _)| name).collect();
    // Each edition's own files are cached for the reader who opens that edition; the rest of
    // the site serves every edition.
    let mut own = serde_json::Map::new();
    for edition in editions.iter().filter(|e| list.contains(&&e.page())) {
        let mut urls = vec![format!("./{}", edition.dir)];
        urls.extend(edition.own_files().iter().filter(|f| list.contains(f)).map(|f| format!("./{f}")));
        own.insert(format!("./{}", edition.dir), urls.into());
    }
    let (editor, readers): (Vec<&String>, Vec<&String>) = list.iter().partition(|f| is_editor_file(f, editions));
    let shared: Vec<String> = readers
        .into_iter()
        .filter(|f| !editions.iter().any(|e| e.own_files().contains(f)))
        .map(|n| format!("./{n}"))
        .collect();
    let editor: Vec<String> = editor.iter().map(|n| format!("./{n}")).collect();
    let hash = files.iter().fold(FNV_OFFSET, |hash, (name, bytes)| fnv1a(fnv1a(hash, name.as_bytes()), bytes));
    let service_worker = template
        .replace(LIST_MARKER, &format!("const PRECACHE = {};", serde_json::Value::from(shared.clone())))
        .replace(VERSION_MARKER, &format!("const VERSION = \"{hash:016x}\";"))
        .replace(EDITIONS_MARKER, &format!("const EDITIONS = {};", serde_json::Value::Object(own)))
        .replace(EDITOR_MARKER, &format!("const EDITOR = {};", serde_json::Value::from(editor)));
    Ok(Stamped { service_worker, shared: shared.len() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::EDITIONS;
    use crate::site::at_root;

    const TEMPLATE: &str = "const VERSION = \"dev\";\nconst PRECACHE = [];\nconst EDITIONS = {};\nconst EDITOR = [];\n";

    fn files(names: &[&str]) -> Vec<(String, Vec<u8>)> {
        names.iter().map(|n| (n.to_string(), n.as_bytes().to_vec())).collect()
    }

    #[test]
    fn the_build_lists_shared_edition_and_editor_files_apart() {
        let site = files(&[
            "sw.js",
            "_headers",
            "index.html",
            "data/summit.en.json",
            "story-index.json",
            "zh-Hans/index.html",
            "data/summit.zh-Hans.json",
            "zh-Hans/story-index.json",
            "app-1.js",
            "edit.html",
            "editor-a/x.wasm",
            "pym.v1.min.js",
            "share.png",
        ]);
        let sw = stamp(TEMPLATE, &site, &EDITIONS).unwrap().service_worker;
        assert!(sw.contains("const PRECACHE = [\"./app-1.js\"];"), "{sw}");
        assert!(sw.contains(r#""./zh-Hans/":["./zh-Hans/","./zh-Hans/index.html","./data/summit.zh-Hans.json","./zh-Hans/story-index.json"]"#), "{sw}");
        assert!(
            sw.contains(r#"const EDITOR = ["./edit.html","./editor-a/x.wasm","./pym.v1.min.js","./share.png"];"#),
            "{sw}"
        );
        assert!(!sw.contains("dev") && !sw.contains("_headers") && !sw.contains("sw.js"), "{sw}");
        assert!(stamp("const PRECACHE = [];", &site, &EDITIONS).is_err());
    }

    #[test]
    fn a_chinese_site_at_the_root_caches_its_own_dataset_and_a_new_byte_is_a_new_version() {
        let zh = [at_root(&EDITIONS[1])];
        let site = files(&["index.html", "data/summit.zh-Hans.json", "story-index.json", "app-1.js"]);
        let sw = stamp(TEMPLATE, &site, &zh).unwrap().service_worker;
        assert!(
            sw.contains(
                r#"const EDITIONS = {"./":["./","./index.html","./data/summit.zh-Hans.json","./story-index.json"]};"#
            ),
            "{sw}"
        );
        let mut changed = site.clone();
        changed[3].1.push(b'!');
        assert_ne!(stamp(TEMPLATE, &changed, &zh).unwrap().service_worker, sw);
    }
}
