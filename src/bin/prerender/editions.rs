//! One page per edition from trunk's one shell: an edition in a folder reaches the shared
//! bundles, icons and manifest through `../`, and every edition's shell speaks its language.

use std::path::Path;

use leptos::prelude::*;
use summit_explainer::model::{check_file_language, load, Story};
use summit_explainer::page::{Edition, EDITIONS, FAILED_NOTE_ID};
use summit_explainer::views::{render_html, Strings};

/// Where the shell's own words are: from `<body>` to the app.
const CHROME_START: &str = "<body>";
const CHROME_END: &str = "<div id=\"app\">";

/// The editions this build writes, each with its dataset: every edition whose dataset trunk
/// staged. With `dataset` (another story, such as the synthetic test story), that story
/// replaces the edition of its language, and is the only one.
pub fn staged(dir: &Path, dataset: Option<&Path>) -> Result<Vec<(&'static Edition, Story)>, String> {
    if let Some(dataset) = dataset {
        let data = read_dataset(dataset)?;
        let edition = Edition::for_language(&data.meta.language)
            .ok_or_else(|| format!("{}: no edition is in \"{}\"", dataset.display(), data.meta.language))?;
        for other in &EDITIONS {
            let _ = std::fs::remove_file(dir.join(other.dataset));
        }
        std::fs::copy(dataset, dir.join(edition.dataset))
            .map_err(|e| format!("cannot copy {}: {e}", dataset.display()))?;
        return Ok(vec![(edition, data)]);
    }
    let staged: Vec<_> = EDITIONS.iter().filter(|e| dir.join(e.dataset).is_file()).collect();
    if staged.is_empty() {
        return Err(format!("no edition's dataset is staged ({})", EDITIONS.map(|e| e.dataset).join(", ")));
    }
    staged.into_iter().map(|e| Ok((e, read_dataset(&dir.join(e.dataset))?))).collect()
}

fn read_dataset(path: &Path) -> Result<Story, String> {
    let json = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let data = load(&json).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        format!("{} is not valid:\n{}", path.display(), lines.join("\n"))
    })?;
    match check_file_language(&path.to_string_lossy(), &data.meta.language) {
        Some(error) => Err(format!("{}: {error}", path.display())),
        None => Ok(data),
    }
}

/// The shell for `edition`: its language on `<html>`, its words around the app, and, for an
/// edition in a folder, every relative address one level up.
pub fn shell(shell: &str, edition: &Edition) -> Result<String, String> {
    let t = Strings::for_language(edition.language);
    let start = shell.find(CHROME_START).ok_or("index.html has no <body>")? + CHROME_START.len();
    let end = shell.find(CHROME_END).ok_or_else(|| format!("index.html has no {CHROME_END}"))?;
    let chrome = render_html(move || {
        view! {
            <a class="skip-link" href="#main">{t.skip_link}</a>
            <p id=FAILED_NOTE_ID class="app-failed-note" role="alert" hidden>{t.start_failed}</p>
        }
    });
    let page = format!("{}\n  {chrome}\n  {}", &shell[..start], &shell[end..]);
    let page = page.replacen("<html lang=\"en\">", &format!("<html lang=\"{}\">", edition.language), 1);
    Ok(if edition.dir.is_empty() { page } else { relocated(&page, edition.root()) })
}

/// Relative addresses in attributes and in trunk's module loader, reached from `root`.
fn relocated(html: &str, root: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = ["href=\"", "src=\"", "'./"].iter().filter_map(|m| rest.find(m).map(|i| (i, *m))).min() {
        let (i, marker) = at;
        out.push_str(&rest[..i + marker.len()]);
        rest = &rest[i + marker.len()..];
        if marker == "'./" {
            out.truncate(out.len() - 2);
            out.push_str(root);
        } else if is_relative(rest) {
            out.push_str(root);
        }
    }
    out.push_str(rest);
    out
}

fn is_relative(address: &str) -> bool {
    let scheme = address.split(['/', '"', '?', '#']).next().is_some_and(|first| first.contains(':'));
    !scheme && !address.starts_with(['#', '/', '?', '"'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edition_in_a_folder_reaches_the_root() {
        let html = r##"<link rel="manifest" href="manifest.webmanifest"><a href="#main">x</a><a href="https://x.org/a">
<script type="module">import init from './app.js'; await init({ module_or_path: './app_bg.wasm' });</script>
<a href="./">home</a><img src="icons/a.png"><a href="/abs">"##;
        let moved = relocated(html, "../");
        assert!(moved.contains(r#"href="../manifest.webmanifest""#));
        assert!(moved.contains(r##"href="#main""##));
        assert!(moved.contains(r#"href="https://x.org/a""#));
        assert!(moved.contains("from '../app.js'") && moved.contains("module_or_path: '../app_bg.wasm'"));
        assert!(moved.contains(r#"href=".././""#) && moved.contains(r#"src="../icons/a.png""#));
        assert!(moved.contains(r#"href="/abs""#));
    }
}
