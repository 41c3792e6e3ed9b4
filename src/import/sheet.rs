//! A spreadsheet in TimelineJS's template columns (its Google Sheets template, saved as CSV, TSV
//! or `.xlsx`, whose rows `workbook.rs` reads): rows of text, then slides. Columns are found by their names in the first row,
//! in any order and case; only Year and Headline are required.

use super::dates::DateParts;
use super::report::{Unshown, Where};
use super::slide::{Slide, SlideKind};
use super::ImportError;

/// The template's columns this import reads.
const YEAR: &str = "year";
const HEADLINE: &str = "headline";

/// Rows of a CSV or TSV file, as text, each at the index of the line it starts on (a blank
/// line is an empty row), so that a row's number is the one a spreadsheet or an editor shows.
pub fn delimited(bytes: &[u8], delimiter: u8) -> Result<Vec<Vec<String>>, ImportError> {
    let text =
        std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).map_err(|_| ImportError::NotUtf8)?;
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows: Vec<Vec<String>> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| ImportError::Sheet(e.to_string()))?;
        // The reader's position is where it started looking, before the blank lines it skipped:
        // each is an empty row, as a spreadsheet shows it (a cell's own line breaks are not).
        let at = record.position().map_or(0, |p| p.byte() as usize).min(text.len());
        let run: Vec<u8> = text[at..].bytes().take_while(|b| matches!(b, b'\r' | b'\n')).collect();
        let ends = run.iter().enumerate().filter(|(i, b)| **b == b'\n' || run.get(i + 1) != Some(&b'\n')).count();
        // A `\n` right after the last record's `\r` ends that record's line, not a blank one.
        let blank = ends - usize::from(at > 0 && text.as_bytes()[at - 1] == b'\r' && run.first() == Some(&b'\n'));
        rows.extend(std::iter::repeat_n(Vec::new(), blank));
        rows.push(record.iter().map(str::to_string).collect());
    }
    Ok(rows)
}

/// The slides of a sheet whose first row (the first with anything in it) names TimelineJS's
/// columns.
pub fn slides(rows: &[Vec<String>]) -> Result<Vec<Slide>, ImportError> {
    let filled = |row: &Vec<String>| row.iter().any(|cell| !cell.trim().is_empty());
    let header_at = rows.iter().position(filled).unwrap_or(0);
    let found = rows.get(header_at).cloned().unwrap_or_default();
    let header: Vec<String> = found.iter().map(|h| h.trim().to_lowercase()).collect();
    let column = |name: &str| header.iter().position(|h| h == name);
    if column(YEAR).is_none() || column(HEADLINE).is_none() {
        return Err(ImportError::NotATimelineSheet { found });
    }
    let field = |row: &[String], name: &str| {
        column(name).and_then(|i| row.get(i)).map_or(String::new(), |v| v.trim().to_string())
    };
    let date = |row: &[String], prefix: &str| DateParts {
        year: field(row, &format!("{prefix}year")),
        month: field(row, &format!("{prefix}month")),
        day: field(row, &format!("{prefix}day")),
    };
    // What each column the explainer does not show yet stands for.
    let unshown = [
        ("media", Unshown::Media),
        ("media thumbnail", Unshown::Media),
        ("display date", Unshown::DisplayDate),
        ("group", Unshown::Group),
        ("time", Unshown::Time),
        ("end time", Unshown::Time),
        ("background", Unshown::Background),
    ];
    Ok(rows
        .iter()
        .enumerate()
        .skip(header_at + 1)
        .filter(|(_, row)| filled(row))
        .map(|(i, row)| Slide {
            at: Where::Row(i + 1),
            kind: match field(row, "type").to_lowercase().as_str() {
                "title" => SlideKind::Title,
                "era" => SlideKind::Era,
                _ => SlideKind::Event,
            },
            start: date(row, ""),
            end: date(row, "end "),
            headline: field(row, HEADLINE),
            text: field(row, "text"),
            unique_id: field(row, "unique id"),
            unshown: {
                let mut found: Vec<Unshown> =
                    unshown.iter().filter(|(column, _)| !field(row, column).is_empty()).map(|(_, u)| *u).collect();
                found.dedup();
                found
            },
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_become_slides_by_their_column_names() {
        let csv = "Year,Month,Day,End Year,Headline,Text,Media,Type\n\
                   ,,,,The title,<p>Intro</p>,,title\n\
                   1949,,,1953,An era,,,era\n\
                   \n\
                   1951,6,25,,A day,\"Text, with a comma\",https://example.org/x.jpg,\n";
        let rows = delimited(csv.as_bytes(), b',').unwrap();
        let slides = slides(&rows).unwrap();
        assert_eq!(
            slides.iter().map(|s| s.kind).collect::<Vec<_>>(),
            [SlideKind::Title, SlideKind::Era, SlideKind::Event]
        );
        assert_eq!(slides[2].at, Where::Row(5), "the spreadsheet's own row number, blank rows counted");
        assert_eq!((slides[2].start.year.as_str(), slides[2].start.day.as_str()), ("1951", "25"));
        assert_eq!(slides[2].text, "Text, with a comma");
        assert_eq!(
            (slides[2].unshown.as_slice(), slides[1].unshown.as_slice()),
            ([Unshown::Media].as_slice(), [].as_slice())
        );
        assert_eq!(slides[1].end.year, "1953");
    }

    #[test]
    fn rows_are_numbered_as_a_spreadsheet_shows_them() {
        let csv = "\nYear,Headline\n1951,\"Two\nlines\"\n\n1952,Next\r\n1953,Last\n";
        let slides = slides(&delimited(csv.as_bytes(), b',').unwrap()).unwrap();
        let rows: Vec<Where> = slides.iter().map(|s| s.at).collect();
        assert_eq!(
            rows,
            [Where::Row(3), Where::Row(5), Where::Row(6)],
            "a blank first row, a cell of two lines, a blank row"
        );
    }

    #[test]
    fn a_sheet_without_the_template_columns_is_refused_naming_what_it_has() {
        let rows = delimited(b"Date\tTitle\n2023\tx\n", b'\t').unwrap();
        assert_eq!(slides(&rows), Err(ImportError::NotATimelineSheet { found: vec!["Date".into(), "Title".into()] }));
        assert_eq!(delimited(b"\xff\xfe", b','), Err(ImportError::NotUtf8));
    }
}
