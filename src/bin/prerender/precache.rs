//! Stamps `sw.js` with every file of the build and a version derived from their bytes, so a
//! new build replaces the old cache and the list is never maintained by hand.

use std::path::Path;

use summit_explainer::page::{EDITIONS, EDITOR_PAGE};
use summit_explainer::platform::trusted_types::SERVICE_WORKER_URL;

const LIST_MARKER: &str = "const PRECACHE = [];";
const EDITIONS_MARKER: &str = "const EDITIONS = {};";
const EDITOR_MARKER: &str = "const EDITOR = [];";
const VERSION_MARKER: &str = "const VERSION = \"dev\";";
/// Not needed to read the explainer: the host page loads the pym loader, never the explainer;
/// `_headers` is read by the host, not the browser; the share image is for link previews, which
/// crawlers fetch (33 KB gzip that every reader's worker would download in the background).
const SKIP: [&str; 4] = [SERVICE_WORKER_URL, "pym.v1.min.js", "_headers", "share.png"];
/// The renderer and editor bundles (scripts/post_build.sh). It is not in the list every reader's worker
/// fetches: readers never need it (a draft, `?data=`, needs the network anyway), and it weighs
/// several times the reader's bundle. The story editor (`edit.html`) must work offline, though:
/// its files are a list of their own, which the worker caches when it is installed from the
/// editor, and which a worker already installed by the explainer caches as the editor uses them.
const EDITOR_DIR: &str = "editor-";

/// Whether `name` (from the build's root) belongs to the editor's list rather than the readers':
/// the bundles' folder, and each edition's editor page.
fn is_editor_file(name: &str) -> bool {
    name.starts_with(EDITOR_DIR) || EDITIONS.iter().any(|e| name.strip_prefix(e.dir) == Some(EDITOR_PAGE))
}

fn files(dir: &Path, prefix: &str, out: &mut Vec<String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if entry.file_type()?.is_dir() {
            files(&entry.path(), &format!("{name}/"), out)?;
        } else if !SKIP.contains(&name.as_str()) {
            out.push(name);
        }
    }
    Ok(())
}

/// FNV-1a: a stable content fingerprint, needing no crate.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a, from [`FNV_OFFSET`].
pub fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3))
}

pub fn stamp(dir: &Path) -> Result<usize, String> {
    let sw_path = dir.join(SERVICE_WORKER_URL);
    let sw = std::fs::read_to_string(&sw_path).map_err(|e| format!("cannot read sw.js: {e}"))?;
    if [LIST_MARKER, VERSION_MARKER, EDITIONS_MARKER, EDITOR_MARKER].iter().any(|m| !sw.contains(m)) {
        return Err("sw.js lacks its PRECACHE, EDITIONS, EDITOR or VERSION placeholder".into());
    }
    let mut list = Vec::new();
    files(dir, "", &mut list).map_err(|e| e.to_string())?;
    list.sort();
    // Each edition's own files are cached for the reader who opens that edition; the rest of
    // the build serves every edition.
    let mut editions = serde_json::Map::new();
    for edition in EDITIONS.iter().filter(|e| list.contains(&e.page())) {
        let mut urls = vec![format!("./{}", edition.dir)];
        urls.extend(edition.own_files().iter().filter(|f| list.contains(f)).map(|f| format!("./{f}")));
        editions.insert(format!("./{}", edition.dir), urls.into());
    }
    let (editor, readers): (Vec<&String>, Vec<&String>) = list.iter().partition(|f| is_editor_file(f));
    let shared: Vec<&String> =
        readers.into_iter().filter(|f| !EDITIONS.iter().any(|e| e.own_files().contains(f))).collect();
    let mut hash = FNV_OFFSET;
    for name in &list {
        hash = fnv1a(hash, name.as_bytes());
        hash = fnv1a(hash, &std::fs::read(dir.join(name)).map_err(|e| e.to_string())?);
    }
    let urls: Vec<String> = shared.iter().map(|n| format!("./{n}")).collect();
    let editor: Vec<String> = editor.iter().map(|n| format!("./{n}")).collect();
    let stamped = sw
        .replace(
            LIST_MARKER,
            &format!("const PRECACHE = {};", serde_json::to_string(&urls).map_err(|e| e.to_string())?),
        )
        .replace(VERSION_MARKER, &format!("const VERSION = \"{hash:016x}\";"))
        .replace(EDITIONS_MARKER, &format!("const EDITIONS = {};", serde_json::Value::Object(editions)))
        .replace(EDITOR_MARKER, &format!("const EDITOR = {};", serde_json::Value::from(editor)));
    std::fs::write(&sw_path, stamped).map_err(|e| e.to_string())?;
    Ok(urls.len())
}
