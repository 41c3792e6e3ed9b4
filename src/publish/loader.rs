//! The text of the page's two kinds of inline script: the loader that replaces trunk's module
//! script, and the shell's own scripts without their comment lines. The HTML pass hands each
//! script's whole text here and writes back what comes out.

use super::pass::relocate;
use crate::page::{
    START_WHEN_WANTED_FN, STORY_INDEX_FILE, STORY_INDEX_GLOBAL, TRUNK_BINDINGS_GLOBAL, TRUNK_STARTED_EVENT,
};

const GLUE_MARKER: &str = " from '";
const WASM_MARKER: &str = "module_or_path: '";

/// The loader, from the text of trunk's module script. Trunk's script fetches the glue and the
/// wasm as soon as the HTML is parsed; the pre-rendered page needs neither to be read, so the
/// same steps are handed to the shell's `START_WHEN_WANTED_FN`, which runs them when the reader
/// reaches for the app (or at once, where the address asks for a view). The first view then
/// costs the HTML alone. `root` is the build's root from the page, where the bundle is.
pub fn deferred(trunks: &str, root: &str) -> Result<String, String> {
    let glue = quoted_after(trunks, GLUE_MARKER).ok_or("trunk's module script imports no glue")?;
    let wasm = quoted_after(trunks, WASM_MARKER).ok_or("trunk's module script names no wasm")?;
    let (glue, wasm) = (relocate(glue, root), relocate(wasm, root));
    // Written into the script as they are: nothing in them may end it.
    if [&glue, &wasm].iter().any(|path| path.contains(['<', '\\'])) {
        return Err(format!("trunk's bundle has a name this loader cannot quote: {glue}, {wasm}"));
    }
    // The story index is the edition's own, beside its page: its address is not the bundle's,
    // which an edition in a folder reaches through "../". One that does not load is left out,
    // and the reader bundle hands the page to the renderer bundle, as for an index that does not
    // read. The glue's exports are published and announced as trunk's own script does, so the
    // islands (platform/islands.rs) start the same way whichever script loaded them.
    Ok(format!(
        "\n{START_WHEN_WANTED_FN}(async () => {{\n  const index = fetch('{STORY_INDEX_FILE}').then((r) => (r.ok ? r.text() : null)).catch(() => null);\n  const bindings = await import('{glue}');\n  window.{STORY_INDEX_GLOBAL} = await index;\n  const wasm = await bindings.default({{ module_or_path: '{wasm}' }});\n  window.{TRUNK_BINDINGS_GLOBAL} = bindings;\n  dispatchEvent(new CustomEvent(\"{TRUNK_STARTED_EVENT}\", {{ detail: {{ wasm }} }}));\n}});\n"
    ))
}

/// An inline script's text with its lines unindented and without their comment lines: the
/// shell's scripts explain themselves to engineers in `index.html`; every reader would download
/// that (630 bytes gzip of the first view). Only whole lines that start with `//` go, and only
/// leading white space, so no code or string is touched (the shell's scripts have no multi-line
/// string literal). The text on the opening tag's line and on the closing tag's is kept as it is.
pub fn compact_script(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let Some((last, inner)) = lines.split_last().and_then(|(last, rest)| Some((last, rest.split_first()?))) else {
        return text.to_string();
    };
    let (first, middle) = inner;
    let kept = middle.iter().map(|line| line.trim_start()).filter(|line| !line.starts_with("//"));
    std::iter::once(*first).chain(kept).chain(std::iter::once(*last)).collect::<Vec<_>>().join("\n")
}

/// The `'…'`-quoted text right after `marker`.
fn quoted_after<'a>(text: &'a str, marker: &str) -> Option<&'a str> {
    let start = text.find(marker)? + marker.len();
    Some(&text[start..start + text[start..].find('\'')?])
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "\nimport init, * as bindings from './app-1.js';\nconst wasm = await init({ module_or_path: './app-1_bg.wasm' });\nwindow.wasmBindings = bindings;\ndispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {detail: {wasm}}));\n";

    #[test]
    fn the_bundle_is_fetched_only_when_the_shell_wants_it() {
        let script = deferred(TRUNK, "./").unwrap();
        assert!(!script.contains("import init"), "no static import: it would fetch the glue at once\n{script}");
        assert!(script.starts_with(&format!("\n{START_WHEN_WANTED_FN}(async () => {{")));
        assert!(script.contains("await import('./app-1.js')"));
        assert!(script.contains(&format!("fetch('{STORY_INDEX_FILE}')")), "the edition's own index, not relocated");
        assert!(script.contains(&format!("window.{STORY_INDEX_GLOBAL} = await index;")));
        assert!(script.contains("bindings.default({ module_or_path: './app-1_bg.wasm' })"));
        assert!(script.contains(&format!("window.{TRUNK_BINDINGS_GLOBAL} = bindings;")));
        assert!(script.contains(&format!("new CustomEvent(\"{TRUNK_STARTED_EVENT}\"")));
        let folder = deferred(TRUNK, "../").unwrap();
        assert!(
            folder.contains("await import('../app-1.js')") && folder.contains("module_or_path: '../app-1_bg.wasm'")
        );
        assert!(folder.contains(&format!("fetch('{STORY_INDEX_FILE}')")));
    }

    #[test]
    fn a_script_trunk_did_not_write_is_an_error() {
        assert!(deferred("", "./").is_err());
        assert!(deferred("import x from './x.js';", "./").is_err(), "no wasm named");
    }

    #[test]
    fn comment_lines_and_indentation_leave_the_script_and_nothing_else() {
        let text = "\n  // why\n  var a = 'http://x'; // kept: not a whole line\n\n    b();\n  ";
        assert_eq!(compact_script(text), "\nvar a = 'http://x'; // kept: not a whole line\n\nb();\n  ");
        assert_eq!(compact_script("  x(); // one line  "), "  x(); // one line  ", "nothing to unindent");
        assert_eq!(compact_script("a();\n// b\nc();"), "a();\nc();", "the tags' own lines stay");
    }
}
