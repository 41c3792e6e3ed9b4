//! TimelineJS gives a date as separate year, month and day (and time), to whatever precision is
//! known; the dataset writes one ISO date or range at that precision. What the ISO form cannot
//! hold is refused with the reason.

use super::report::Reason;
use crate::model::DateSpan;

/// A date as a sheet's columns or a TimelineJS JSON date give it: text, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateParts {
    pub year: String,
    pub month: String,
    pub day: String,
}

impl DateParts {
    pub fn is_empty(&self) -> bool {
        [&self.year, &self.month, &self.day].iter().all(|p| p.trim().is_empty())
    }

    /// `1951`, `1951-06` or `1951-06-25`, as precise as the parts given.
    pub fn iso(&self) -> Result<String, Reason> {
        let year = self.year.trim();
        if year.is_empty() {
            return Err(Reason::NoYear);
        }
        let year = whole_number(year).ok_or_else(|| Reason::NotANumber(self.year.trim().into()))?;
        if year < 1 {
            return Err(Reason::BeforeYearOne(year));
        }
        if year > 9999 {
            return Err(Reason::AfterYear9999(year));
        }
        let mut iso = format!("{year:04}");
        let (month, day) = (self.month.trim(), self.day.trim());
        if month.is_empty() {
            return if day.is_empty() { Ok(iso) } else { Err(Reason::DayWithoutMonth) };
        }
        let month = whole_number(month).ok_or_else(|| Reason::NotANumber(month.into()))?;
        if !(1..=12).contains(&month) {
            return Err(Reason::NoSuchMonth(month));
        }
        iso += &format!("-{month:02}");
        if !day.is_empty() {
            let day =
                whole_number(day).filter(|d| (1..=31).contains(d)).ok_or_else(|| Reason::NoSuchDay(day.into()))?;
            iso += &format!("-{day:02}");
            DateSpan::parse(&iso).map_err(|_| Reason::NoSuchDay(iso.clone()))?;
        }
        Ok(iso)
    }
}

/// The dataset's date for a start and an optional end: one date, or a range.
pub fn iso_span(start: &DateParts, end: &DateParts) -> Result<String, Reason> {
    let from = start.iso()?;
    if end.is_empty() {
        return Ok(from);
    }
    let to = end.iso()?;
    if to == from {
        return Ok(from);
    }
    let range = format!("{from}/{to}");
    DateSpan::parse(&range).map(|_| range).map_err(|_| Reason::EndsBeforeStart)
}

/// `1951`, ` 0800 ` or a spreadsheet's `1951.0`; `None` for anything else.
fn whole_number(text: &str) -> Option<i64> {
    let text = text.strip_suffix(".0").unwrap_or(text);
    let digits = text.strip_prefix('-').unwrap_or(text);
    (!digits.is_empty() && digits.len() <= 12 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())?
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(year: &str, month: &str, day: &str) -> DateParts {
        DateParts { year: year.into(), month: month.into(), day: day.into() }
    }

    #[test]
    fn dates_keep_the_precision_given() {
        assert_eq!(parts("1951", "", "").iso(), Ok("1951".into()));
        assert_eq!(parts("1951.0", "6", "").iso(), Ok("1951-06".into()));
        assert_eq!(parts("2023", "11", "15").iso(), Ok("2023-11-15".into()));
        assert_eq!(parts("800", "", "").iso(), Ok("0800".into()));
        let none = DateParts::default();
        assert_eq!(iso_span(&parts("1949", "10", "1"), &parts("1953", "", "")), Ok("1949-10-01/1953".into()));
        assert_eq!(iso_span(&parts("1951", "", ""), &none), Ok("1951".into()));
        assert_eq!(iso_span(&parts("1951", "", ""), &parts("1951", "", "")), Ok("1951".into()));
    }

    #[test]
    fn what_the_format_cannot_hold_is_refused_with_its_reason() {
        assert_eq!(parts("", "5", "").iso(), Err(Reason::NoYear));
        assert_eq!(parts("-500", "", "").iso(), Err(Reason::BeforeYearOne(-500)));
        assert_eq!(parts("0", "", "").iso(), Err(Reason::BeforeYearOne(0)));
        assert_eq!(parts("12000", "", "").iso(), Err(Reason::AfterYear9999(12000)));
        assert_eq!(parts("c. 1950", "", "").iso(), Err(Reason::NotANumber("c. 1950".into())));
        assert_eq!(parts("2023", "13", "").iso(), Err(Reason::NoSuchMonth(13)));
        assert_eq!(parts("2023", "2", "30").iso(), Err(Reason::NoSuchDay("2023-02-30".into())));
        assert_eq!(parts("2023", "", "3").iso(), Err(Reason::DayWithoutMonth));
        assert_eq!(iso_span(&parts("2023", "5", ""), &parts("2022", "", "")), Err(Reason::EndsBeforeStart));
    }
}
