//! ISO dates as the dataset writes them: a day, a month, a year, or a `start/end` range of them.
//! Numbers only: how a date reads ("15 Nov 2023") is the page's words' (`views/words/`).

use super::problem::{Problem, Reason};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// How finely a date is known, coarsest first: a range is known as finely as its coarser end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// Where a span falls against another, such as the meeting day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timing {
    Before,
    During,
    After,
}

/// A span of whole days; a single day or month is a span too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateSpan {
    pub start: Day,
    pub end: Day,
    pub precision: Precision,
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Day {
    /// Days since 1970-01-01, so that spans can be placed on a linear axis.
    pub fn ordinal(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// How many days this day's month has.
    pub fn days_in_month(self) -> u32 {
        days_in_month(self.year, self.month)
    }
}

fn parse_number(s: &str, digits: usize) -> Option<u32> {
    (s.len() == digits && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
}

/// One side of a span: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (a year before 1000 with its zeros:
/// `0800`, as ISO 8601 writes it).
fn parse_part(s: &str) -> Result<(Day, Day, Precision), Reason> {
    let bad = || Problem::NotIsoDate.with("date", s);
    let mut parts = s.split('-');
    let year = parts.next().and_then(|p| parse_number(p, 4)).ok_or_else(bad)? as i32;
    let Some(month) = parts.next() else {
        return Ok((Day { year, month: 1, day: 1 }, Day { year, month: 12, day: 31 }, Precision::Year));
    };
    let month = parse_number(month, 2).ok_or_else(bad)?;
    if !(1..=12).contains(&month) {
        return Err(Problem::NoSuchMonth.with("date", s).and("month", month.to_string()));
    }
    match parts.next() {
        None => {
            let first = Day { year, month, day: 1 };
            let last = Day { year, month, day: days_in_month(year, month) };
            Ok((first, last, Precision::Month))
        }
        Some(p) => {
            let day = parse_number(p, 2).ok_or_else(bad)?;
            if parts.next().is_some() {
                return Err(bad());
            }
            if day == 0 || day > days_in_month(year, month) {
                return Err(Problem::NoSuchDay.with("date", s));
            }
            let d = Day { year, month, day };
            Ok((d, d, Precision::Day))
        }
    }
}

impl DateSpan {
    /// A day, a month, a year or a range of them; why not, as a [`Reason`] the views can word.
    pub fn parse(s: &str) -> Result<Self, Reason> {
        let s = s.trim();
        let part = |p: &str| parse_part(p).map(|(start, end, precision)| Self { start, end, precision });
        match s.split_once('/') {
            None => part(s),
            Some((a, b)) => Self::spanning(part(a)?, part(b)?).ok_or_else(|| Problem::RangeInverted.with("range", s)),
        }
    }

    /// From the start of `first` to the end of `last` (an era's `start` and `end`), as finely
    /// as the coarser of the two is known; `None` if it would end before it starts.
    pub fn spanning(first: Self, last: Self) -> Option<Self> {
        let precision = first.precision.min(last.precision);
        (first.start <= last.end).then_some(Self { start: first.start, end: last.end, precision })
    }

    /// A single day, not a month or a range: words said "on" it rather than "in" it.
    pub fn is_one_day(&self) -> bool {
        self.precision == Precision::Day && self.start == self.end
    }

    /// Whether the span falls wholly before `key`, wholly after it, or overlaps it.
    pub fn timing(&self, key: &DateSpan) -> Timing {
        if self.end < key.start {
            Timing::Before
        } else if self.start > key.end {
            Timing::After
        } else {
            Timing::During
        }
    }

    pub fn contains(&self, other: &DateSpan) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The middle of the span in days since the epoch, where a marker sits on the axis.
    pub fn midpoint(&self) -> f64 {
        (self.start.ordinal() + self.end.ordinal()) as f64 / 2.0
    }

    /// The machine-readable form for `<time datetime>`.
    pub fn iso_start(&self) -> String {
        match self.precision {
            Precision::Day => format!("{:04}-{:02}-{:02}", self.start.year, self.start.month, self.start.day),
            Precision::Month => format!("{:04}-{:02}", self.start.year, self.start.month),
            Precision::Year => format!("{:04}", self.start.year),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_day_month_and_ranges() {
        let d = DateSpan::parse("2023-11-15").unwrap();
        assert_eq!((d.start, d.end, d.precision), (Day { year: 2023, month: 11, day: 15 }, d.start, Precision::Day));
        let m = DateSpan::parse("2023-06").unwrap();
        assert_eq!((m.start.day, m.end.day, m.precision), (1, 30, Precision::Month));
        let r = DateSpan::parse("2022-12-30/2023-01-02").unwrap();
        assert_eq!((r.start.year, r.end.year, r.end.day), (2022, 2023, 2));
        let m = DateSpan::parse("2024-02").unwrap();
        assert_eq!(m.end.day, 29, "2024 is a leap year");
    }

    #[test]
    fn parses_years_far_back_and_ranges_of_mixed_precision() {
        let y = DateSpan::parse("1951").unwrap();
        assert_eq!(
            (y.start, y.end, y.precision),
            (Day { year: 1951, month: 1, day: 1 }, Day { year: 1951, month: 12, day: 31 }, Precision::Year)
        );
        assert_eq!(y.iso_start(), "1951");
        let far = DateSpan::parse("0800").unwrap();
        assert_eq!((far.start.year, far.iso_start()), (800, "0800".to_string()));
        assert!(far.start.ordinal() < DateSpan::parse("1066-10-14").unwrap().start.ordinal());
        let mixed = DateSpan::parse("1949-10-01/1953").unwrap();
        assert_eq!((mixed.precision, mixed.end.year, mixed.end.day), (Precision::Year, 1953, 31));
        assert_eq!(DateSpan::parse("800").unwrap_err().problem, Problem::NotIsoDate, "four digits, as ISO 8601");
        assert_eq!(DateSpan::parse("-0044").unwrap_err().problem, Problem::NotIsoDate, "no years before year 1");
    }

    #[test]
    fn rejects_bad_dates_with_reasons() {
        let why = |s: &str| DateSpan::parse(s).unwrap_err();
        assert_eq!(why("2023-02-30").problem, Problem::NoSuchDay);
        assert!(why("2023-02-30").to_string().contains("not a day"));
        assert_eq!(why("2023-13").problem, Problem::NoSuchMonth);
        assert!(why("2023-13").to_string().contains("no month 13"));
        assert_eq!(why("15 Nov 2023").problem, Problem::NotIsoDate);
        assert!(why("15 Nov 2023").to_string().contains("not an ISO date"));
        assert_eq!(why("2023-11-15/2023-11-14").problem, Problem::RangeInverted);
        assert!(why("2023-11-15/2023-11-14").to_string().contains("starts after it ends"));
        assert_eq!(why("").problem, Problem::NotIsoDate);
    }

    #[test]
    fn ordinal_matches_known_days() {
        assert_eq!(Day { year: 1970, month: 1, day: 1 }.ordinal(), 0);
        assert_eq!(Day { year: 2023, month: 11, day: 15 }.ordinal(), 19_676);
        let span = DateSpan::parse("2023-06-18/2023-06-20").unwrap();
        assert_eq!(span.midpoint(), Day { year: 2023, month: 6, day: 19 }.ordinal() as f64);
    }

    #[test]
    fn timing_against_a_key_day() {
        let key = DateSpan::parse("2023-11-15").unwrap();
        let timing = |s: &str| DateSpan::parse(s).unwrap().timing(&key);
        assert_eq!(timing("2023-11-14"), Timing::Before);
        assert_eq!(timing("2023-11"), Timing::During, "a month that holds the day");
        assert_eq!(timing("2023-11-16"), Timing::After);
        assert!(DateSpan::parse("2023-11-15").unwrap().is_one_day());
        assert!(!DateSpan::parse("2023-11-15/2023-11-16").unwrap().is_one_day());
        assert!(!DateSpan::parse("2023-11").unwrap().is_one_day());
    }

    #[test]
    fn spanning_two_spans() {
        let (a, b) = (DateSpan::parse("2023-06").unwrap(), DateSpan::parse("2023-10-31").unwrap());
        assert_eq!(DateSpan::spanning(a, b), Some(DateSpan::parse("2023-06/2023-10-31").unwrap()));
        assert_eq!(DateSpan::spanning(b, a), None);
    }

    #[test]
    fn containment() {
        let era = DateSpan::parse("2023-06/2023-10").unwrap();
        assert!(era.contains(&DateSpan::parse("2023-10-31").unwrap()));
        assert!(!era.contains(&DateSpan::parse("2023-11-01").unwrap()));
    }
}
