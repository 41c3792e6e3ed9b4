//! The reader bundle's loader. Trunk's module script fetches the glue and the wasm as soon as the
//! HTML is parsed; the pre-rendered page needs neither to be read, so the same steps are handed
//! to the shell's `START_WHEN_WANTED_FN`, which runs them when the reader reaches for the app
//! (or at once, where the address asks for a view). The first view then costs the HTML alone.

use summit_explainer::page::{
    START_WHEN_WANTED_FN, STORY_INDEX_FILE, STORY_INDEX_GLOBAL, TRUNK_BINDINGS_GLOBAL, TRUNK_STARTED_EVENT,
};

const OPEN: &str = "<script type=\"module\">";
const CLOSE: &str = "</script>";
const GLUE_MARKER: &str = " from '";
const WASM_MARKER: &str = "module_or_path: '";

/// `shell` with trunk's module script replaced by one that starts the same bundle when wanted.
pub fn deferred(shell: &str) -> Result<String, String> {
    let start = shell.find(OPEN).ok_or("trunk's page has no module script to defer")?;
    let body_start = start + OPEN.len();
    let end = shell[body_start..].find(CLOSE).ok_or("trunk's module script is not closed")? + body_start;
    let body = &shell[body_start..end];
    let glue = quoted_after(body, GLUE_MARKER).ok_or("trunk's module script imports no glue")?;
    let wasm = quoted_after(body, WASM_MARKER).ok_or("trunk's module script names no wasm")?;
    // The story index is the edition's own, beside its page: its address is not the bundle's,
    // which an edition in a folder reaches through "../". One that does not load is left out,
    // and the reader bundle hands the page to the editor bundle, as for an index that does not
    // read. The glue's exports are published and announced as trunk's own script does, so the
    // islands (platform/islands.rs) start the same way whichever script loaded them.
    let script = format!(
        "\n{START_WHEN_WANTED_FN}(async () => {{\n  const index = fetch('{STORY_INDEX_FILE}').then((r) => (r.ok ? r.text() : null)).catch(() => null);\n  const bindings = await import('{glue}');\n  window.{STORY_INDEX_GLOBAL} = await index;\n  const wasm = await bindings.default({{ module_or_path: '{wasm}' }});\n  window.{TRUNK_BINDINGS_GLOBAL} = bindings;\n  dispatchEvent(new CustomEvent(\"{TRUNK_STARTED_EVENT}\", {{ detail: {{ wasm }} }}));\n}});\n"
    );
    Ok(format!("{}{script}{}", &shell[..body_start], &shell[end..]))
}

/// `html` with its inline scripts' lines unindented and without their comment lines: the
/// shell's scripts explain themselves to engineers in `index.html`; every reader would download
/// that (630 bytes gzip of the first view). Only whole lines that start with `//` go, and only
/// leading white space, so no code or string is touched (the shell's scripts have no multi-line
/// string literal).
pub fn compact_scripts(html: &str) -> String {
    let mut in_script = false;
    let mut out: Vec<&str> = Vec::new();
    for line in html.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("<script") && !trimmed.contains(" src=") {
            in_script = !trimmed.contains("</script>");
        } else if trimmed.starts_with("</script>") {
            in_script = false;
        } else if in_script {
            if !trimmed.starts_with("//") {
                out.push(trimmed);
            }
            continue;
        }
        out.push(line);
    }
    out.join("\n")
}

/// The `'…'`-quoted text right after `marker`.
fn quoted_after<'a>(text: &'a str, marker: &str) -> Option<&'a str> {
    let start = text.find(marker)? + marker.len();
    Some(&text[start..start + text[start..].find('\'')?])
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<head>\n<script type=\"module\">\nimport init, * as bindings from './app-1.js';\nconst wasm = await init({ module_or_path: './app-1_bg.wasm' });\nwindow.wasmBindings = bindings;\ndispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {detail: {wasm}}));\n</script>\n</head>";

    #[test]
    fn the_bundle_is_fetched_only_when_the_shell_wants_it() {
        let page = deferred(TRUNK).unwrap();
        assert!(!page.contains("import init"), "no static import: it would fetch the glue at once\n{page}");
        assert!(page.contains(&format!("{START_WHEN_WANTED_FN}(async () => {{")));
        assert!(page.contains("await import('./app-1.js')"));
        assert!(page.contains(&format!("fetch('{STORY_INDEX_FILE}')")), "the edition's own index, not relocated");
        assert!(page.contains(&format!("window.{STORY_INDEX_GLOBAL} = await index;")));
        assert!(page.contains("bindings.default({ module_or_path: './app-1_bg.wasm' })"));
        assert!(page.contains(&format!("window.{TRUNK_BINDINGS_GLOBAL} = bindings;")));
        assert!(page.contains(&format!("new CustomEvent(\"{TRUNK_STARTED_EVENT}\"")));
        assert!(page.starts_with("<head>\n<script type=\"module\">") && page.ends_with("</script>\n</head>"));
    }

    #[test]
    fn comment_lines_and_indentation_leave_inline_scripts_and_nothing_else() {
        let html = "<p>// text</p>\n  <p>x</p>\n<script>\n  // why\n  var a = 'http://x'; // kept: not a whole line\n</script>\n<script src=\"a.js\"></script>\n// after";
        assert_eq!(
            compact_scripts(html),
            "<p>// text</p>\n  <p>x</p>\n<script>\nvar a = 'http://x'; // kept: not a whole line\n</script>\n<script src=\"a.js\"></script>\n// after"
        );
    }

    #[test]
    fn a_page_trunk_did_not_write_is_an_error() {
        assert!(deferred("<head></head>").is_err());
        assert!(deferred("<script type=\"module\">import x from './x.js';</script>").is_err(), "no wasm named");
    }
}
