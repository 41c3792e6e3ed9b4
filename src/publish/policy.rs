//! The Content Security Policy of a page, from the code it actually carries: the parser reads the
//! text of each inline `<script>` and `<style>` element, byte for byte as the browser will, and
//! the policy allows each by its hash. It goes in the page as a `<meta http-equiv>`, and in
//! `_headers` for hosts that send headers (Netlify, Cloudflare Pages), which may add what a meta
//! policy cannot (`frame-ancestors`).

use std::cell::RefCell;
use std::rc::Rc;

use base64::Engine;
use lol_html::html_content::ContentType;
use lol_html::{element, end_tag, text};
use sha2::{Digest, Sha256};

use super::pass::rewrite;
use crate::platform::trusted_types::POLICIES as TRUSTED_TYPES_POLICIES;

/// A page ready to serve, and the inline code its policy allows.
#[derive(Clone, Debug)]
pub struct Published {
    pub html: String,
    pub inline: Inline,
}

/// Inline scripts and styles of one page or more, as the sources a policy allows by hash.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Inline {
    scripts: Vec<String>,
    styles: Vec<String>,
}

impl Inline {
    /// The `sha256-…` sources of the inline scripts that run, in the page's order.
    pub fn scripts(&self) -> &[String] {
        &self.scripts
    }

    /// The `sha256-…` sources of the inline styles, in the page's order.
    pub fn styles(&self) -> &[String] {
        &self.styles
    }

    /// Adds `other`'s sources, each once: a site's one header policy serves all its pages.
    pub fn extend(&mut self, other: &Inline) {
        for (mine, theirs) in [(&mut self.scripts, &other.scripts), (&mut self.styles, &other.styles)] {
            for source in theirs {
                if !mine.contains(source) {
                    mine.push(source.clone());
                }
            }
        }
    }

    /// The policy's directives, one string each.
    pub fn directives(&self) -> Vec<String> {
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

    /// The `_headers` file for a build served at a site's root: the pages' policy, plus what only
    /// a header can say. `frame-ancestors *`: any news site may embed the explainer.
    pub fn headers(&self) -> String {
        let mut policy = self.directives();
        policy.push("frame-ancestors *".into());
        format!(
            "# Written with the page (src/publish/policy.rs); see README, \"Security\".\n/*\n  Content-Security-Policy: {}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n",
            policy.join("; ")
        )
    }
}

fn hash(text: &str) -> String {
    format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes())))
}

/// Whether a `<script type=…>` runs as JavaScript; a data block (`application/json`,
/// `application/ld+json`) never runs, so it needs no hash.
fn runs(kind: &str) -> bool {
    matches!(kind.trim().to_ascii_lowercase().as_str(), "" | "module" | "text/javascript")
}

/// The inline code `html` carries, read by the HTML parser: what the browser will run is what
/// is hashed, whatever text the story puts inside a data block or the app.
fn inline(html: &str) -> Result<Inline, String> {
    #[derive(Default)]
    struct Scan {
        found: Inline,
        /// The text of the script or style being read, if it is hashed.
        reading: Option<String>,
        charset: bool,
        early: Option<String>,
    }
    let scan = Rc::new(RefCell::new(Scan::default()));
    rewrite(
        html,
        vec![
            element!("meta[charset]", |_| {
                scan.borrow_mut().charset = true;
                Ok(())
            }),
            element!("script, style", |el| {
                let style = el.tag_name() == "style";
                let mut state = scan.borrow_mut();
                if !state.charset {
                    state.early.get_or_insert(el.tag_name());
                }
                if !(style || (runs(&el.get_attribute("type").unwrap_or_default()) && !el.has_attribute("src"))) {
                    return Ok(());
                }
                state.reading = Some(String::new());
                let scan = Rc::clone(&scan);
                el.on_end_tag(end_tag!(move |_| {
                    let mut state = scan.borrow_mut();
                    let text = state.reading.take().unwrap_or_default();
                    let list = if style { &mut state.found.styles } else { &mut state.found.scripts };
                    list.push(hash(&text));
                    Ok(())
                }))
            }),
            text!("script, style", |chunk| {
                if let Some(text) = scan.borrow_mut().reading.as_mut() {
                    text.push_str(chunk.as_str());
                }
                Ok(())
            }),
        ],
    )?;
    let scan = scan.take();
    if scan.reading.is_some() {
        return Err("the page ends inside an inline script or style".into());
    }
    match (scan.charset, scan.early) {
        (false, _) => Err("the page has no <meta charset> to put its policy after".into()),
        (true, Some(tag)) => Err(format!("a <{tag}> comes before <meta charset>, ahead of the policy that governs it")),
        (true, None) => Ok(scan.found),
    }
}

/// `html` with its policy right after `<meta charset>`, before any script or style it governs.
pub fn secure(html: &str) -> Result<Published, String> {
    let inline = inline(html)?;
    let meta =
        format!("\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">", inline.directives().join("; "));
    let written = RefCell::new(false);
    let html = rewrite(
        html,
        vec![element!("meta[charset]", |el| {
            if !written.replace(true) {
                el.after(&meta, ContentType::Html);
            }
            Ok(())
        })],
    )?;
    Ok(Published { html, inline })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<head>\n  <meta charset=\"utf-8\">\n  <script>boot()</script>\n  <script type=\"application/json\" id=\"i\">{}</script>\n  <script type=\"module\">import x from './x.js';</script>\n  <script src=\"a.js\"></script>\n  <style>p{}</style>\n</head>";

    #[test]
    fn every_inline_script_that_runs_is_allowed_by_its_own_hash() {
        let Published { html, inline } = secure(PAGE).unwrap();
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
        assert_eq!(html.replacen(&format!("{meta}\n"), "", 1), PAGE, "nothing else changes");
    }

    #[test]
    fn a_known_hash() {
        // printf 'boot()' | openssl dgst -sha256 -binary | base64
        assert_eq!(hash("boot()"), "sha256-MeZS89WlF0u+o0hCvHTBt4q1WHU+U+sJKgbdRUc36mY=");
    }

    #[test]
    fn markup_inside_a_data_block_is_its_text_not_the_pages_code() {
        // What a story's title can put into the JSON-LD, had it not been made script-safe: the
        // parser still ends the block at its own end tag, and reads the style after it.
        let page = "<head><meta charset=\"utf-8\"><script type=\"application/ld+json\">{\"a\":\"<style>x</style><!--\"}</script><style>p{}</style><script>go()</script></head><body><p>&lt;style&gt;</p></body>";
        let inline = inline(page).unwrap();
        assert_eq!(inline.styles, [hash("p{}")]);
        assert_eq!(inline.scripts, [hash("go()")]);
    }

    #[test]
    fn the_header_set_adds_what_only_headers_can_say_and_names_each_source_once() {
        let mut all = inline(PAGE).unwrap();
        all.extend(&inline(PAGE).unwrap());
        assert_eq!(all.scripts.len(), 2);
        let text = all.headers();
        assert!(text.contains("frame-ancestors *"));
        assert!(text.contains("X-Content-Type-Options: nosniff"));
        assert_eq!(text.matches(&hash("boot()")).count(), 1);
    }

    #[test]
    fn a_page_without_a_charset_first_is_an_error_not_an_unprotected_page() {
        assert!(secure("<head><script>x()</script></head>").is_err());
        assert!(secure("<head><style>p{}</style><meta charset=\"utf-8\"></head>").unwrap_err().contains("<style>"));
    }
}
