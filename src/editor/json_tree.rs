//! A JSON text as a tree that keeps what `serde_json::Value` drops: the order of each object's
//! fields, and where in the text every key and value starts. The editor needs both: the order to
//! print a story in the schema's field order, the offsets to put an error's JSON path on a line.
//! Scalars stay as their source text, so printing one back never re-escapes or reformats it.

use crate::model::Place;

/// A value, and the byte offsets in the text where it starts and ends.
#[derive(Debug, PartialEq)]
pub struct Node<'a> {
    pub at: usize,
    pub end: usize,
    pub value: Value<'a>,
}

#[derive(Debug, PartialEq)]
pub enum Value<'a> {
    Object(Vec<Member<'a>>),
    Array(Vec<Node<'a>>),
    /// A string, number, `true`, `false` or `null`, exactly as written.
    Scalar(&'a str),
}

/// One field of an object: its key as written (quotes and escapes included), the key's offset,
/// and its value.
#[derive(Debug, PartialEq)]
pub struct Member<'a> {
    pub raw_key: &'a str,
    pub key_at: usize,
    pub node: Node<'a>,
}

impl Member<'_> {
    /// The key's text: unescaped only when it has escapes (the schema's keys have none).
    pub fn key(&self) -> String {
        let inner = &self.raw_key[1..self.raw_key.len() - 1];
        if inner.contains('\\') {
            serde_json::from_str(self.raw_key).unwrap_or_else(|_| inner.to_string())
        } else {
            inner.to_string()
        }
    }
}

impl<'a> Node<'a> {
    /// The member named `key`, if this is an object that has it.
    pub fn member(&self, key: &str) -> Option<&Member<'a>> {
        match &self.value {
            Value::Object(members) => members.iter().find(|m| m.key() == key),
            _ => None,
        }
    }

    /// The JSON path (`events[3].issues[0]`) of the innermost field or item at byte `offset`,
    /// a field counting from its key; the whole file at the top level.
    pub fn path_at(&self, offset: usize) -> Place {
        let mut path = Place::file();
        let mut node = self;
        loop {
            let next = match &node.value {
                Value::Object(members) => members.iter().find(|m| (m.key_at..m.node.end).contains(&offset)).map(|m| {
                    path = path.field(&m.key());
                    &m.node
                }),
                Value::Array(items) => items.iter().position(|n| (n.at..n.end).contains(&offset)).map(|i| {
                    path = path.index(i);
                    &items[i]
                }),
                Value::Scalar(_) => None,
            };
            match next {
                Some(child) => node = child,
                None => return path,
            }
        }
    }

    /// The item at `index`, if this is an array that long.
    pub fn item(&self, index: usize) -> Option<&Node<'a>> {
        match &self.value {
            Value::Array(items) => items.get(index),
            _ => None,
        }
    }
}

/// Deeper than serde_json's own limit (128) is never a story: stop before the stack could.
const MAX_DEPTH: usize = 128;

/// The tree of `text`, or `None` where it is not JSON (serde_json then names the line itself).
pub fn parse(text: &str) -> Option<Node<'_>> {
    let mut parser = Parser { text, at: 0 };
    let node = parser.value(0)?;
    parser.skip_space();
    (parser.at == text.len()).then_some(node)
}

struct Parser<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        self.skip_space();
        (self.peek() == Some(byte)).then(|| self.at += 1)
    }

    fn value(&mut self, depth: usize) -> Option<Node<'a>> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_space();
        let at = self.at;
        let value = match self.peek()? {
            b'{' => Value::Object(self.object(depth)?),
            b'[' => Value::Array(self.array(depth)?),
            b'"' => Value::Scalar(self.string()?),
            _ => Value::Scalar(self.bare()?),
        };
        Some(Node { at, end: self.at, value })
    }

    fn object(&mut self, depth: usize) -> Option<Vec<Member<'a>>> {
        self.at += 1;
        let mut members = Vec::new();
        if self.eat(b'}').is_some() {
            return Some(members);
        }
        loop {
            self.skip_space();
            let key_at = self.at;
            let raw_key = self.string()?;
            self.eat(b':')?;
            members.push(Member { raw_key, key_at, node: self.value(depth + 1)? });
            if self.eat(b',').is_none() {
                self.eat(b'}')?;
                return Some(members);
            }
        }
    }

    fn array(&mut self, depth: usize) -> Option<Vec<Node<'a>>> {
        self.at += 1;
        let mut items = Vec::new();
        if self.eat(b']').is_some() {
            return Some(items);
        }
        loop {
            items.push(self.value(depth + 1)?);
            if self.eat(b',').is_none() {
                self.eat(b']')?;
                return Some(items);
            }
        }
    }

    /// A string token, quotes included; escapes are skipped over, not decoded.
    fn string(&mut self) -> Option<&'a str> {
        let start = self.at;
        (self.peek()? == b'"').then_some(())?;
        self.at += 1;
        loop {
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(&self.text[start..self.at]);
                }
                b'\\' => self.at += 2,
                _ => self.at += 1,
            }
        }
    }

    /// A number or literal: everything up to the next delimiter.
    fn bare(&mut self) -> Option<&'a str> {
        let start = self.at;
        while matches!(self.peek(), Some(b) if !matches!(b, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
        (self.at > start).then(|| &self.text[start..self.at])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_field_order_offsets_and_scalars_as_written() {
        let text = r#"{ "b": [1, "x\"y"], "a": {"k\u0041": 1.50e1} }"#;
        let root = parse(text).unwrap();
        let Value::Object(members) = &root.value else { panic!("an object") };
        assert_eq!(members.iter().map(Member::key).collect::<Vec<_>>(), ["b", "a"]);
        assert_eq!(members[0].key_at, 2);
        let b = root.member("b").unwrap();
        assert_eq!(b.node.item(1).unwrap().value, Value::Scalar(r#""x\"y""#));
        assert_eq!(&text[b.node.item(1).unwrap().at..][..1], "\"");
        let inner = root.member("a").unwrap().node.member("kA").unwrap();
        assert_eq!(inner.node.value, Value::Scalar("1.50e1"));
    }

    #[test]
    fn the_path_at_an_offset_is_the_innermost_field_or_item_there() {
        let text = r#"{"events": [{"id": "a"}, {"issues": ["x", "y"]}], "meta": {}}"#;
        let root = parse(text).unwrap();
        let at = |needle: &str| root.path_at(text.find(needle).unwrap()).to_string();
        assert_eq!(at("\"y\""), "events[1].issues[1]");
        assert_eq!(at("\"id\""), "events[0].id");
        assert_eq!(at("{}"), "meta");
        assert_eq!(root.path_at(0), Place::file());
    }

    #[test]
    fn text_that_is_not_json_has_no_tree() {
        for bad in ["", "{", r#"{"a" 1}"#, "[1,]", "[1] 2", r#"{"a": "open}"#] {
            assert_eq!(parse(bad), None, "{bad}");
        }
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert_eq!(parse(&deep), None, "too deep, refused without overflowing the stack");
    }
}
