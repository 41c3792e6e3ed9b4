//! The page's stylesheets, inlined: seven render-blocking requests before first paint become
//! one `<style>` in the HTML the browser already has (measured in the shared performance notes:
//! 150–250 ms of mobile first paint). Trunk still builds them as files, one per component, so
//! each component's CSS lives beside it; the files are removed once inlined, so nothing else
//! fetches or precaches them.

use std::path::Path;

use summit_explainer::publish;

/// The rules of every stylesheet trunk linked in `shell`, in order, compacted, for the page to
/// inline (`publish::Pieces::css`); the files are deleted from `dir`.
pub fn inline(dir: &Path, shell: &str) -> Result<String, String> {
    let links = publish::stylesheets(shell)?;
    if links.is_empty() {
        return Err("index.html links no stylesheet to inline".into());
    }
    let mut css = String::new();
    for link in links {
        let path = dir.join(link.trim_start_matches("./"));
        let rules = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        css.push_str(&compact(&rules));
        std::fs::remove_file(&path).map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
    }
    Ok(css)
}

/// `css` without its comments and without the white space no rule needs: they explain and lay
/// out the source files, and cost readers about 1.9 KB gzip (measured on this project's
/// stylesheets) in every page. A run of white space stays one space only where it separates
/// two tokens: not after `{ } ; , : (` nor before `{ } ; , )`, so a descendant combinator
/// (`a :is(b)`), `and (` in a media query and `calc(1rem - 2px)` keep theirs. Strings are kept
/// as written, so a `/*` or a run of spaces inside one survives.
pub fn compact(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote = None;
    let mut space = false;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == '\\' {
                out.extend(chars.next());
            } else if c == q {
                quote = None;
            }
            continue;
        }
        if c == '/' && chars.peek() == Some(&'*') {
            chars.next();
            let mut previous = ' ';
            for c in chars.by_ref() {
                if previous == '*' && c == '/' {
                    break;
                }
                previous = c;
            }
            space = true;
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() && !out.ends_with(['{', '}', ';', ',', ':', '(']) && !"{};,)".contains(c) {
            out.push(' ');
        }
        space = false;
        if c == '"' || c == '\'' {
            quote = Some(c);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_indentation_go_and_strings_stay() {
        let css = "/* why */\n.a {\n  content: \" /* kept */  \";\n\n  color: red; /* inline */\n}\n";
        assert_eq!(compact(css), ".a{content:\" /* kept */  \";color:red;}");
    }

    #[test]
    fn spaces_stay_where_they_separate_tokens() {
        let css = ".a :is(b, c) > d , e { margin: 0 calc(1rem - 2px) ;\n  font: 1rem/1.5 \"A B\", sans-serif ; }\n\
                   @media screen and (max-width: 720px) {\n  .f::before { content: 'x  y'; }\n}\n";
        assert_eq!(
            compact(css),
            ".a :is(b,c) > d,e{margin:0 calc(1rem - 2px);font:1rem/1.5 \"A B\",sans-serif;}\
             @media screen and (max-width:720px){.f::before{content:'x  y';}}"
        );
    }

    #[test]
    fn the_linked_files_are_read_in_order_and_go() {
        let dir = std::env::temp_dir().join(format!("styles-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("a-1.css"), "a { color: red; }\n").unwrap();
        std::fs::write(dir.join("b-2.css"), "@media print { b { color: blue; } }\n").unwrap();
        let html = "<head>\n  <meta charset=\"utf-8\">\n  <link rel=\"stylesheet\" href=\"./a-1.css\" data-integrity=\"none\"/>\n  <link rel=\"stylesheet\" href=\"./b-2.css\"/>\n</head>";
        assert_eq!(inline(&dir, html).unwrap(), "a{color:red;}@media print{b{color:blue;}}");
        assert!(!dir.join("a-1.css").exists() && !dir.join("b-2.css").exists());
        assert!(inline(&dir, "<head></head>").is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
