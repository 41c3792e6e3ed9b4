//! The page's query string, read and rewritten without disturbing parameters that belong to
//! others (pym's `childId` and `parentUrl`, `embed`, `data`).

/// Decodes `%XX` escapes and `+`; malformed escapes are kept as written.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 2;
            }
            (b'+', _) => out.push(b' '),
            (b, _) => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Escapes everything but unreserved characters, so a value survives any query string.
pub fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()).map(|p| p.split_once('=').unwrap_or((p, "")))
}

/// The first value of `key`, decoded.
pub fn get(query: &str, key: &str) -> Option<String> {
    pairs(query).find(|(k, _)| decode(k) == key).map(|(_, v)| decode(v))
}

/// `query` with `key` set to `value` (or removed, for `None`), other pairs kept as they were.
pub fn set(query: &str, key: &str, value: Option<&str>) -> String {
    let mut kept: Vec<String> = pairs(query)
        .filter(|(k, _)| decode(k) != key)
        .map(|(k, v)| if v.is_empty() { k.to_string() } else { format!("{k}={v}") })
        .collect();
    if let Some(v) = value {
        kept.push(format!("{key}={}", encode(v)));
    }
    if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}

/// The query another edition of the story opens with: the same view, without a draft that is
/// in this edition's language.
pub fn for_edition(query: &str) -> String {
    set(query, "data", None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_values() {
        let q = "?issue=taiwan&event=blinken-beijing&parentUrl=https%3A%2F%2Fnews.example%2Fa%3Fb%3D1";
        assert_eq!(get(q, "issue").as_deref(), Some("taiwan"));
        assert_eq!(get(q, "event").as_deref(), Some("blinken-beijing"));
        assert_eq!(get(q, "parentUrl").as_deref(), Some("https://news.example/a?b=1"));
        assert_eq!(get(q, "missing"), None);
        assert_eq!(get("?embed", "embed").as_deref(), Some(""));
    }

    #[test]
    fn rewrites_one_key_and_keeps_the_rest_verbatim() {
        let q = "?embed=1&childId=example-1&issue=taiwan";
        assert_eq!(set(q, "issue", Some("fentanyl")), "?embed=1&childId=example-1&issue=fentanyl");
        assert_eq!(set(q, "issue", None), "?embed=1&childId=example-1");
        assert_eq!(set("", "event", Some("a b")), "?event=a%20b");
        assert_eq!(set("?issue=x", "issue", None), "");
    }

    #[test]
    fn another_edition_opens_the_same_view_without_the_draft() {
        assert_eq!(for_edition("?issue=taiwan&data=d.json&q=xi"), "?issue=taiwan&q=xi");
        assert_eq!(for_edition("?data=d.json"), "");
    }

    #[test]
    fn decoding_survives_bad_escapes() {
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz"), "%zz");
        assert_eq!(decode("a+b%20c"), "a b c");
        assert_eq!(decode("%E2%80%93"), "–");
    }
}
