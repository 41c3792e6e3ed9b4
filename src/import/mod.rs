//! Stories brought in from elsewhere: a TimelineJS sheet (its Google Sheets template's columns,
//! as CSV, TSV or `.xlsx`) or a TimelineJS JSON file, made into a dataset the validator then
//! checks, with a [`Report`] of what came in and what could not. Plain Rust: the editor hands it
//! a file's bytes; nothing here touches the page.

mod dates;
mod merge;
mod report;
mod rich_text;
mod sheet;
mod slide;
mod story;
mod timelinejs_json;
mod workbook;

use serde_json::Value;

pub use merge::add_to;
pub use report::{Reason, Report, Skipped, Unshown, Where};
pub use story::NewStory;
pub use timelinejs_json::is_timeline;

use crate::model::Dataset;

/// A file's story and the report of its import.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub data: Dataset,
    pub report: Report,
}

/// Why a whole file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    NotUtf8,
    /// The spreadsheet reader's own words.
    Sheet(String),
    /// The first row, which lacks a Year or a Headline column.
    NotATimelineSheet {
        found: Vec<String>,
    },
    /// JSON that is neither a story of ours nor a TimelineJS file; the parser's words, if any.
    NotATimelineFile(String),
    /// A file of another kind (`.xls`, `.numbers`, `.pdf`): its extension.
    UnknownFormat(String),
}

/// What a file is, by its name, else by its first bytes (a pasted text has no name).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Tsv,
    Xlsx,
    Json,
}

impl Format {
    /// What `name` says, or its first bytes where it has no extension (pasted rows, a `.txt`).
    pub fn of(name: &str, bytes: &[u8]) -> Result<Self, ImportError> {
        let extension = name.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase());
        Ok(match extension.as_deref() {
            Some("csv") => Self::Csv,
            Some("tsv" | "tab") => Self::Tsv,
            Some("xlsx") => Self::Xlsx,
            Some("json") => Self::Json,
            Some(other) if other != "txt" && !other.contains(' ') => {
                return Err(ImportError::UnknownFormat(other.into()))
            }
            _ if bytes.starts_with(b"PK") => Self::Xlsx,
            _ if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') => Self::Json,
            _ if bytes.split(|b| *b == b'\n').next().is_some_and(|line| line.contains(&b'\t')) => Self::Tsv,
            _ => Self::Csv,
        })
    }
}

/// A TimelineJS sheet or JSON file, as a new story.
pub fn import(bytes: &[u8], new: NewStory) -> Result<Imported, ImportError> {
    let slides = match Format::of(new.file_name, bytes)? {
        Format::Csv => sheet::slides(&sheet::delimited(bytes, b',')?)?,
        Format::Tsv => sheet::slides(&sheet::delimited(bytes, b'\t')?)?,
        Format::Xlsx => sheet::slides(&workbook::rows(bytes)?)?,
        Format::Json => {
            let file: Value =
                serde_json::from_slice(bytes).map_err(|e| ImportError::NotATimelineFile(e.to_string()))?;
            if !timelinejs_json::is_timeline(&file) {
                return Err(ImportError::NotATimelineFile(String::new()));
            }
            timelinejs_json::slides(&file)
        }
    };
    let (data, report) = story::build(&slides, new);
    Ok(Imported { data, report })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_known_by_its_name_else_by_its_first_bytes() {
        assert_eq!(Format::of("t.CSV", b""), Ok(Format::Csv));
        assert_eq!(Format::of("pasted rows", b"Year\tHeadline\n"), Ok(Format::Tsv));
        assert_eq!(Format::of("pasted rows", b"Year,Headline\n"), Ok(Format::Csv));
        assert_eq!(Format::of("notes.txt", b"  {\"events\": []}"), Ok(Format::Json));
        assert_eq!(Format::of("old.xls", b"\xd0\xcf"), Err(ImportError::UnknownFormat("xls".into())));
    }
}
