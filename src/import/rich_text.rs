//! TimelineJS text is HTML; a story's text is plain. This reads the HTML as text only: tags are
//! dropped (what a `<script>` or `<style>` holds with them), character references decoded, and
//! each link kept as its words and its address. Nothing of it is ever inserted as HTML.

/// Text read out of HTML, and the links it had, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RichText {
    pub text: String,
    pub links: Vec<Link>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// The link's words, as plain text.
    pub text: String,
    pub href: String,
}

/// Elements whose content is code or a fallback, never words to read.
const SKIPPED: [&str; 6] = ["script", "style", "template", "noscript", "iframe", "object"];
/// Elements that end a line of text: a space stands between their words and the next.
const BREAKS: [&str; 12] = ["br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "blockquote", "tr"];

impl RichText {
    pub fn from_html(html: &str) -> Self {
        let mut out = Self::default();
        let mut words = String::new();
        // The open link: where its words start in `words`, and its address.
        let mut open: Option<(usize, String)> = None;
        let mut rest = html;
        while let Some(lt) = rest.find('<') {
            words.push_str(&decode(&rest[..lt]));
            let after = &rest[lt + 1..];
            if let Some(comment) = after.strip_prefix("!--") {
                rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
                continue;
            }
            let Some(tag) = Tag::read(after) else {
                // Not a tag ("a < b"): the sign is text.
                words.push('<');
                rest = after;
                continue;
            };
            rest = &after[tag.len..];
            if !tag.closing && SKIPPED.contains(&tag.name.as_str()) {
                let close = format!("</{}", tag.name);
                rest = find_ascii_case_insensitive(rest, &close).map_or("", |at| &rest[at..]);
                continue;
            }
            if BREAKS.contains(&tag.name.as_str()) {
                words.push(' ');
            }
            if tag.name == "a" {
                if let Some((start, href)) = open.take() {
                    out.links.push(Link { text: collapse(&words[start..]), href });
                }
                if !tag.closing {
                    open = tag.href.map(|href| (words.len(), href));
                }
            }
        }
        words.push_str(&decode(rest));
        if let Some((start, href)) = open {
            out.links.push(Link { text: collapse(&words[start..]), href });
        }
        out.text = collapse(&words);
        out
    }
}

/// A start or end tag's name (lower-case), its `href` (decoded) and how many bytes it takes
/// after its `<`, to its `>` (quoted values may hold one).
struct Tag {
    name: String,
    closing: bool,
    href: Option<String>,
    len: usize,
}

impl Tag {
    fn read(after_lt: &str) -> Option<Self> {
        let (closing, body) = match after_lt.strip_prefix('/') {
            Some(body) => (true, body),
            None => (false, after_lt),
        };
        let declaration = body.starts_with('!') || body.starts_with('?');
        if !declaration && !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        // A quote opens a value only right after its `=` (`title=don't` is no quote).
        let (mut quote, mut after_equals) = (None, false);
        let end = body.char_indices().find_map(|(i, c)| {
            match (quote, c) {
                (None, '"' | '\'') if after_equals => quote = Some(c),
                (Some(q), c) if c == q => quote = None,
                (None, '>') => return Some(i),
                _ => {}
            }
            if quote.is_none() && !c.is_whitespace() {
                after_equals = c == '=';
            }
            None
        });
        let inside = &body[..end.unwrap_or(body.len())];
        let len = (after_lt.len() - body.len()) + end.map_or(body.len(), |e| e + 1);
        let name_end = inside.find(|c: char| c.is_whitespace() || c == '/').unwrap_or(inside.len());
        let name = if declaration { String::new() } else { inside[..name_end].to_ascii_lowercase() };
        let href = (name == "a").then(|| attribute(&inside[name_end..], "href")).flatten();
        Some(Self { name, closing, href, len })
    }
}

/// An attribute's value, decoded, from a tag's attribute text.
fn attribute(attrs: &str, wanted: &str) -> Option<String> {
    let mut rest = attrs.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
    while !rest.is_empty() {
        let name_end = rest.find(|c: char| c.is_whitespace() || c == '=' || c == '/').unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = rest[name_end..].trim_start();
        let mut value = String::new();
        if let Some(v) = rest.strip_prefix('=') {
            let v = v.trim_start();
            let (raw, after) = match v.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let inner = &v[1..];
                    let end = inner.find(q).unwrap_or(inner.len());
                    (&inner[..end], inner.get(end + 1..).unwrap_or(""))
                }
                _ => {
                    let end = v.find(char::is_whitespace).unwrap_or(v.len());
                    (&v[..end], &v[end..])
                }
            };
            value = decode(raw);
            rest = after;
        }
        if name == wanted {
            return Some(value.trim().to_string());
        }
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
    }
    None
}

fn find_ascii_case_insensitive(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    (0..h.len().saturating_sub(n.len()) + 1).find(|&i| h.len() >= n.len() && h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// Whitespace runs as one space, none at either end.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Character references: the named ones editors type, and every numeric one.
fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let reference = after.find(';').filter(|&end| end <= 10).map(|end| (&after[..end], &after[end + 1..]));
        match reference.and_then(|(name, tail)| Some((character(name)?, tail))) {
            Some((c, tail)) => {
                out.push(c);
                rest = tail;
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn character(name: &str) -> Option<char> {
    let numeric = |digits: &str, radix| u32::from_str_radix(digits, radix).ok().and_then(char::from_u32);
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some('\u{a0}'),
        "ndash" => Some('–'),
        "mdash" => Some('—'),
        "lsquo" => Some('‘'),
        "rsquo" => Some('’'),
        "ldquo" => Some('“'),
        "rdquo" => Some('”'),
        "hellip" => Some('…'),
        _ => match name.strip_prefix('#')? {
            hex if hex.starts_with(['x', 'X']) => numeric(&hex[1..], 16),
            dec => numeric(dec, 10),
        },
    }
    .filter(|c| *c != '\0')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        RichText::from_html(html).text
    }

    #[test]
    fn markup_becomes_plain_text_and_references_are_decoded() {
        assert_eq!(text("<p>Talks <b>resume</b></p><p>in&nbsp;June &amp; July</p>"), "Talks resume in June & July");
        assert_eq!(text("1 < 2 and 3 > 2"), "1 < 2 and 3 > 2");
        assert_eq!(text("line<br>break<br/>again"), "line break again");
        assert_eq!(text("&#8220;quoted&#x201D; &unknown; &#0;"), "“quoted” &unknown; &#0;");
        assert_eq!(text("a <!-- <b>hidden</b> --> b"), "a b");
    }

    #[test]
    fn code_is_dropped_with_its_tags() {
        assert_eq!(text("Before<script>alert(1)</script> after"), "Before after");
        assert_eq!(text("x<SCRIPT type='a>b'>alert('</p>')</SCRIPT>y"), "xy");
        assert_eq!(text("<style>p{color:red}</style>Text"), "Text");
        assert_eq!(text("<img src=x onerror=\"alert(1)\">Caption"), "Caption");
        assert_eq!(text("unclosed <script>alert(1)"), "unclosed");
    }

    #[test]
    fn links_keep_their_words_and_addresses() {
        let rich = RichText::from_html(
            "See <a href=\"https://example.org/a?x=1&amp;y=2\" target=_blank>the <i>report</i></a> and <a href='javascript:alert(1)'>this</a>.",
        );
        assert_eq!(rich.text, "See the report and this.");
        assert_eq!(
            rich.links,
            [
                Link { text: "the report".into(), href: "https://example.org/a?x=1&y=2".into() },
                Link { text: "this".into(), href: "javascript:alert(1)".into() },
            ]
        );
        assert_eq!(RichText::from_html("<a href=https://example.org>open").links[0].text, "open");
        assert!(RichText::from_html("<a name=x>anchor</a>").links.is_empty());
        // An apostrophe in an unquoted value opens no quote.
        assert_eq!(text("<p title=don't>Text</p> more"), "Text more");
        let rich = RichText::from_html("<a href=https://x.org/o'brien>link</a> and the rest");
        assert_eq!((rich.text.as_str(), rich.links[0].href.as_str()), ("link and the rest", "https://x.org/o'brien"));
    }
}
