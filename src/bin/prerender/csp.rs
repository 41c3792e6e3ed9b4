//! The Content Security Policy of every page the build emits, written last, from the bytes each
//! page actually carries: a `<meta http-equiv>` in the page, and `_headers` for hosts that send
//! headers (Netlify, Cloudflare Pages), which may add what a meta policy cannot (`frame-ancestors`).

use std::path::Path;

use base64::Engine;
use sha2::{Digest, Sha256};
use summit_explainer::platform::trusted_types::POLICIES as TRUSTED_TYPES_POLICIES;

const META_MARKER: &str = "<meta charset=\"utf-8\">";
const HEADERS_FILE: &str = "_headers";

/// Inline scripts and styles of a page, as the sources a policy allows by hash.
#[derive(Default)]
pub struct Inline {
    scripts: Vec<String>,
    styles: Vec<String>,
}

impl Inline {
    /// Hashes every executable inline `<script>` and every `<style>` in `html`. A data block
    /// (`application/json`, `application/ld+json`) never runs, so it needs no hash.
    pub fn of(html: &str) -> Result<Self, String> {
        let mut inline = Self::default();
        for (open, body) in elements(html, "script")? {
            let kind = attribute(open, "type").unwrap_or_default();
            let runs = kind.is_empty() || kind == "module" || kind == "text/javascript";
            if runs && attribute(open, "src").is_none() {
                inline.scripts.push(hash(body));
            }
        }
        for (_, body) in elements(html, "style")? {
            inline.styles.push(hash(body));
        }
        Ok(inline)
    }

    fn extend(&mut self, other: Self) {
        self.scripts.extend(other.scripts);
        self.styles.extend(other.styles);
    }

    /// The policy's directives, one string each.
    fn directives(&self) -> Vec<String> {
        let quoted = |hashes: &[String]| hashes.iter().map(|h| format!(" '{h}'")).collect::<String>();
        vec![
            "default-src 'self'".into(),
            // WebAssembly compiles under 'wasm-unsafe-eval'; JavaScript's eval stays off.
            format!("script-src 'self' 'wasm-unsafe-eval'{}", quoted(&self.scripts)),
            format!("style-src 'self'{}", quoted(&self.styles)),
            // Style attributes carry data, not code: a marker's place on the axis (`--x`), a
            // party's colour (`--party`). Allowing each by hash would need 'unsafe-hashes' and
            // one hash per value, rebuilt with every story; a style attribute cannot run script.
            "style-src-attr 'unsafe-inline'".into(),
            "img-src 'self'".into(),
            "connect-src 'self'".into(),
            "object-src 'none'".into(),
            "base-uri 'none'".into(),
            "form-action 'none'".into(),
            "require-trusted-types-for 'script'".into(),
            format!("trusted-types {}", TRUSTED_TYPES_POLICIES.join(" ")),
        ]
    }
}

fn hash(body: &str) -> String {
    format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(body.as_bytes())))
}

/// `(opening tag, content)` of every `<name …>…</name>` in `html`, in order.
fn elements<'a>(html: &'a str, name: &str) -> Result<Vec<(&'a str, &'a str)>, String> {
    let (open, close) = (format!("<{name}"), format!("</{name}>"));
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let tag_end = rest[start..].find('>').ok_or_else(|| format!("an unclosed {open} tag"))? + start;
        let body_end = rest[tag_end..].find(&close).ok_or_else(|| format!("a {open}> without {close}"))? + tag_end;
        found.push((&rest[start..=tag_end], &rest[tag_end + 1..body_end]));
        rest = &rest[body_end + close.len()..];
    }
    Ok(found)
}

/// The value of `name="…"` in an opening tag, if it has one.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(&tag[start..start + tag[start..].find('"')?])
}

/// `html` with its policy as the first thing after `<meta charset>`, before any script it governs.
pub fn secure(html: &str) -> Result<(String, Inline), String> {
    let inline = Inline::of(html)?;
    let at = html.find(META_MARKER).ok_or_else(|| format!("the page has no {META_MARKER} to put its policy after"))?
        + META_MARKER.len();
    let meta =
        format!("\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">", inline.directives().join("; "));
    Ok((format!("{}{meta}{}", &html[..at], &html[at..]), inline))
}

/// Secures every `.html` page under `dir` and writes `_headers` with the union of their hashes;
/// returns how many pages.
pub fn secure_pages(dir: &Path) -> Result<usize, String> {
    let mut pages = Vec::new();
    html_files(dir, &mut pages).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut all = Inline::default();
    for page in &pages {
        let html = std::fs::read_to_string(page).map_err(|e| format!("cannot read {}: {e}", page.display()))?;
        let (secured, inline) = secure(&html).map_err(|e| format!("{}: {e}", page.display()))?;
        std::fs::write(page, secured).map_err(|e| format!("cannot write {}: {e}", page.display()))?;
        all.extend(inline);
    }
    std::fs::write(dir.join(HEADERS_FILE), headers(&all)).map_err(|e| format!("cannot write {HEADERS_FILE}: {e}"))?;
    Ok(pages.len())
}

fn html_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            html_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "html") {
            out.push(path);
        }
    }
    Ok(())
}

/// The header set for `dist/` served at a site's root: the pages' policy, plus what only a
/// header can say. `frame-ancestors *`: any news site may embed the explainer.
fn headers(inline: &Inline) -> String {
    let mut policy = inline.directives();
    policy.push("frame-ancestors *".into());
    format!(
        "# Written by the build (src/bin/prerender/csp.rs); see README, \"Security headers\".\n/*\n  Content-Security-Policy: {}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n",
        policy.join("; ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<head>\n  <meta charset=\"utf-8\">\n  <script>boot()</script>\n  <script type=\"application/json\" id=\"i\">{}</script>\n  <script type=\"module\">import x from './x.js';</script>\n  <script src=\"a.js\"></script>\n  <style>p{}</style>\n</head>";

    #[test]
    fn every_inline_script_that_runs_is_allowed_by_its_own_hash() {
        let (html, inline) = secure(PAGE).unwrap();
        assert_eq!(inline.scripts, [hash("boot()"), hash("import x from './x.js';")]);
        assert_eq!(inline.styles, [hash("p{}")]);
        let meta = html.lines().nth(2).unwrap();
        assert!(meta.starts_with("  <meta http-equiv=\"Content-Security-Policy\""), "right after the charset");
        assert!(meta.contains(&format!(
            "script-src 'self' 'wasm-unsafe-eval' '{}' '{}';",
            hash("boot()"),
            inline.scripts[1]
        )));
        assert!(!meta.contains("frame-ancestors"), "ignored, with a console error, in a meta policy");
    }

    #[test]
    fn a_known_hash() {
        // printf 'boot()' | openssl dgst -sha256 -binary | base64
        assert_eq!(hash("boot()"), "sha256-MeZS89WlF0u+o0hCvHTBt4q1WHU+U+sJKgbdRUc36mY=");
    }

    #[test]
    fn the_header_set_adds_what_only_headers_can_say() {
        let (_, inline) = secure(PAGE).unwrap();
        let text = headers(&inline);
        assert!(text.contains("frame-ancestors *"));
        assert!(text.contains("X-Content-Type-Options: nosniff"));
        assert!(text.contains(&hash("boot()")));
    }

    #[test]
    fn a_page_without_a_charset_is_an_error_not_an_unprotected_page() {
        assert!(secure("<head><script>x()</script></head>").is_err());
    }
}
