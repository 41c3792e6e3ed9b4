//! An `.xlsx` workbook's first sheet as rows of text: the Office Open XML parts a sheet needs
//! (the workbook's sheet list and relations, the shared strings, the sheet) read from the zip
//! with `zip` and `quick-xml`. A general reader (calamine) brought 307 KB gzip to the editor
//! bundle, mostly legacy `.xls` code pages and formats this import never reads; this is
//! the part of one it needs.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::ImportError;

type Archive<'b> = zip::ZipArchive<Cursor<&'b [u8]>>;

/// Excel's own limits: a reference past them is not a sheet's, and no row or column past them
/// is made (a crafted `r="20000000"` would ask for hundreds of megabytes).
const MAX_ROWS: usize = 1_048_576;
const MAX_COLUMNS: usize = 16_384;
/// The most a part may unzip to: far above any timeline's sheet, far below what would exhaust
/// the page (a zip bomb stops here).
const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

/// Rows of the workbook's first sheet, each at the index of its row number less one: a whole
/// number as its digits, text as written, a boolean as TRUE or FALSE.
pub fn rows(bytes: &[u8]) -> Result<Vec<Vec<String>>, ImportError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| ImportError::Sheet(e.to_string()))?;
    let shared = match part(&mut zip, "xl/sharedStrings.xml") {
        Ok(xml) => shared_strings(&xml)?,
        Err(_) => Vec::new(),
    };
    let sheet = first_sheet(&mut zip)?;
    let sheet = part(&mut zip, &sheet)?;
    cells(&sheet, &shared)
}

fn part(zip: &mut Archive, name: &str) -> Result<String, ImportError> {
    let file = zip.by_name(name).map_err(|_| ImportError::Sheet(format!("the workbook has no {name}")))?;
    let too_large = || ImportError::Sheet(format!("{name} unzips to more than {} MB", MAX_PART_BYTES >> 20));
    if file.size() > MAX_PART_BYTES {
        return Err(too_large());
    }
    let mut text = String::new();
    file.take(MAX_PART_BYTES + 1).read_to_string(&mut text).map_err(|e| ImportError::Sheet(format!("{name}: {e}")))?;
    if text.len() as u64 > MAX_PART_BYTES {
        return Err(too_large());
    }
    Ok(text)
}

fn xml_error(e: impl std::fmt::Display) -> ImportError {
    ImportError::Sheet(e.to_string())
}

fn attribute(e: &BytesStart, name: &str) -> Option<String> {
    let a = e.try_get_attribute(name).ok()??;
    Some(a.value.to_string())
}

/// The path of the workbook's first sheet, through its relation id.
fn first_sheet(zip: &mut Archive) -> Result<String, ImportError> {
    let workbook = part(zip, "xl/workbook.xml")?;
    let mut reader = Reader::from_str(&workbook);
    let id = loop {
        match reader.read_event().map_err(xml_error)? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "sheet" => {
                break attribute(&e, "r:id").ok_or_else(|| xml_error("a sheet without its relation id"))?;
            }
            Event::Eof => return Err(ImportError::Sheet("the workbook has no sheet".into())),
            _ => {}
        }
    };
    let relations = part(zip, "xl/_rels/workbook.xml.rels")?;
    let mut reader = Reader::from_str(&relations);
    loop {
        match reader.read_event().map_err(xml_error)? {
            Event::Start(e) | Event::Empty(e) if attribute(&e, "Id").as_deref() == Some(id.as_str()) => {
                let target = attribute(&e, "Target").unwrap_or_default();
                return Ok(match target.strip_prefix('/') {
                    Some(absolute) => absolute.to_string(),
                    None => format!("xl/{target}"),
                });
            }
            Event::Eof => return Err(ImportError::Sheet(format!("no part for the sheet {id}"))),
            _ => {}
        }
    }
}

/// Text of the element the reader is in, to its end: its `<t>` elements' text (a rich text's
/// runs joined), not its phonetic guides (`<rPh>`).
fn text_until_end(reader: &mut Reader<&[u8]>, end: &str) -> Result<String, ImportError> {
    let (mut text, mut in_t, mut in_phonetic) = (String::new(), false, false);
    loop {
        match reader.read_event().map_err(xml_error)? {
            Event::Start(e) => match e.local_name().as_ref() {
                "t" => in_t = true,
                "rPh" => in_phonetic = true,
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_t = false,
                "rPh" => in_phonetic = false,
                name if name == end => return Ok(text),
                _ => {}
            },
            Event::Text(t) if in_t && !in_phonetic => text.push_str(&t.xml10_content()),
            Event::CData(t) if in_t && !in_phonetic => text.push_str(&t),
            Event::GeneralRef(r) if in_t && !in_phonetic => text.push_str(&reference(&r)),
            Event::Eof => return Ok(text),
            _ => {}
        }
    }
}

/// `&amp;` and `&#8220;` as their characters.
fn reference(r: &quick_xml::events::BytesRef) -> String {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return c.to_string();
    }
    let name = r.xml10_content();
    quick_xml::escape::resolve_predefined_entity(&name).map_or_else(|| format!("&{name};"), str::to_string)
}

fn shared_strings(xml: &str) -> Result<Vec<String>, ImportError> {
    let mut reader = Reader::from_str(xml);
    let mut strings = Vec::new();
    loop {
        match reader.read_event().map_err(xml_error)? {
            Event::Start(e) if e.local_name().as_ref() == "si" => strings.push(text_until_end(&mut reader, "si")?),
            Event::Empty(e) if e.local_name().as_ref() == "si" => strings.push(String::new()),
            Event::Eof => return Ok(strings),
            _ => {}
        }
    }
}

/// A cell reference's column from 0: `A1` → 0, `AB7` → 27; `None` past Excel's last (`XFD`).
fn column(reference: &str) -> Option<usize> {
    let letters: Vec<u8> = reference.bytes().take_while(u8::is_ascii_alphabetic).collect();
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    let n = letters.iter().fold(0, |n, b| n * 26 + usize::from(b.to_ascii_uppercase() - b'A') + 1);
    (n <= MAX_COLUMNS).then(|| n - 1)
}

fn beyond(what: &str, at: &str) -> ImportError {
    ImportError::Sheet(format!("{what} {at} is beyond what a spreadsheet holds"))
}

fn cells(xml: &str, shared: &[String]) -> Result<Vec<Vec<String>>, ImportError> {
    let mut reader = Reader::from_str(xml);
    let mut rows: Vec<Vec<String>> = Vec::new();
    let (mut row, mut next_column) = (0usize, 0usize);
    loop {
        match reader.read_event().map_err(xml_error)? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "row" => {
                row = match attribute(&e, "r") {
                    Some(r) => {
                        r.parse().ok().filter(|n| (1..=MAX_ROWS).contains(n)).ok_or_else(|| beyond("row", &r))?
                    }
                    None if row < MAX_ROWS => row + 1,
                    None => return Err(beyond("row", "after the last")),
                };
                next_column = 0;
            }
            Event::Start(e) if e.local_name().as_ref() == "c" => {
                if row == 0 {
                    return Err(ImportError::Sheet("a cell outside any row".into()));
                }
                let at = match attribute(&e, "r") {
                    Some(r) => column(&r).ok_or_else(|| beyond("cell", &r))?,
                    None if next_column < MAX_COLUMNS => next_column,
                    None => return Err(beyond("column", "after the last")),
                };
                next_column = at + 1;
                let kind = attribute(&e, "t").unwrap_or_default();
                let raw = text_until_end_of_cell(&mut reader)?;
                let value = match kind.as_str() {
                    "s" => raw.trim().parse::<usize>().ok().and_then(|i| shared.get(i)).cloned().unwrap_or_default(),
                    "b" => if raw.trim() == "1" { "TRUE" } else { "FALSE" }.to_string(),
                    "inlineStr" | "str" | "e" => raw,
                    _ => number(&raw),
                };
                let cells = {
                    if rows.len() < row {
                        rows.resize(row, Vec::new());
                    }
                    &mut rows[row - 1]
                };
                if cells.len() <= at {
                    cells.resize(at + 1, String::new());
                }
                cells[at] = value;
            }
            Event::Eof => return Ok(rows),
            _ => {}
        }
    }
}

/// A cell's value: its `<v>`, or an inline string's `<is><t>`.
fn text_until_end_of_cell(reader: &mut Reader<&[u8]>) -> Result<String, ImportError> {
    let (mut text, mut in_v) = (String::new(), false);
    loop {
        match reader.read_event().map_err(xml_error)? {
            Event::Start(e) if e.local_name().as_ref() == "v" => in_v = true,
            Event::Start(e) if e.local_name().as_ref() == "is" => text.push_str(&text_until_end(reader, "is")?),
            Event::End(e) if e.local_name().as_ref() == "v" => in_v = false,
            Event::End(e) if e.local_name().as_ref() == "c" => return Ok(text),
            Event::Text(t) if in_v => text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_v => text.push_str(&reference(&r)),
            Event::Eof => return Ok(text),
            _ => {}
        }
    }
}

/// A number as a sheet shows it: `1951`, not `1951.0` or `1.951E3`.
fn number(raw: &str) -> String {
    match raw.trim().parse::<f64>() {
        Ok(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
        _ => raw.trim().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_land_in_their_rows_and_columns() {
        let shared = ["Headline".to_string(), "A & B".to_string()];
        let sheet = r#"<worksheet><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>inline</t></is></c></row>
            <row r="3"><c r="B3"><v>1951</v></c><c r="C3" t="s"><v>1</v></c><c r="D3" t="b"><v>1</v></c><c r="E3"><v>1.5</v></c></row>
        </sheetData></worksheet>"#;
        let rows = cells(sheet, &shared).unwrap();
        assert_eq!(rows[0], ["Headline", "", "inline"]);
        assert!(rows[1].is_empty());
        assert_eq!(rows[2], ["", "1951", "A & B", "TRUE", "1.5"]);
        assert_eq!(
            (column("A1"), column("Z9"), column("AB7"), column("XFD1")),
            (Some(0), Some(25), Some(27), Some(16_383))
        );
        assert_eq!((column("XFE1"), column("ZZZZZZZZZZZZZZ1"), column("1")), (None, None, None));
    }

    #[test]
    fn references_past_a_spreadsheet_are_refused_not_allocated() {
        for sheet in [
            r#"<sheetData><row r="0"><c><v>1</v></c></row></sheetData>"#,
            r#"<sheetData><c><v>1</v></c></sheetData>"#,
            r#"<sheetData><row r="20000000"><c><v>1</v></c></row></sheetData>"#,
            r#"<sheetData><row r="18446744073709551615"/><row><c><v>1</v></c></row></sheetData>"#,
            r#"<sheetData><row r="1"><c r="ZZZZZ1"><v>1</v></c></row></sheetData>"#,
        ] {
            assert!(matches!(cells(sheet, &[]), Err(ImportError::Sheet(_))), "{sheet}");
        }
    }

    #[test]
    fn shared_strings_join_their_runs_and_drop_phonetic_guides() {
        let xml = r#"<sst><si><t>plain &amp; simple</t></si><si><r><t>rich </t></r><r><t>text</t></r><rPh><t>ignored</t></rPh></si><si/></sst>"#;
        assert_eq!(shared_strings(xml).unwrap(), ["plain & simple", "rich text", ""]);
    }
}
