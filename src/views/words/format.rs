//! The sentences the tables' words make: dates, counts, notices, filled templates.

use super::table::{DateOrder, LiveStrings, Strings};
use crate::model::{
    same_language, Comparison, DateSpan, Day, EventKind, OutcomeStatus, Precision, StoryIndex, TickLabel, Timing,
};
use crate::state::{Refusal, Selection, UnknownId, MAX_DRAFT_ADDRESS};

impl Strings {
    /// `template` with each `{name}` replaced by its value, in one pass: a value is never read as
    /// a template itself (a party named "{date}" stays so). A hole with no value stays as written.
    pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
        crate::model::fill(template, values)
    }

    fn month(&self, month: u32) -> &'static str {
        self.months[(month as usize).clamp(1, 12) - 1]
    }

    fn year(&self, d: Day) -> String {
        digits(d.year as usize) + self.year_suffix
    }

    fn day_of_month(&self, d: Day) -> String {
        digits(d.day as usize) + self.day_suffix
    }

    fn day(&self, d: Day) -> String {
        match self.date_order {
            DateOrder::DayMonthYear => [self.day_of_month(d).as_str(), self.month(d.month), &self.year(d)].join(" "),
            DateOrder::YearMonthDay => [&self.year(d), self.month(d.month), &self.day_of_month(d)].concat(),
        }
    }

    fn month_of_year(&self, d: Day) -> String {
        match self.date_order {
            DateOrder::DayMonthYear => [self.month(d.month), " ", &self.year(d)].concat(),
            DateOrder::YearMonthDay => [&self.year(d), self.month(d.month)].concat(),
        }
    }

    /// "15 Nov 2023", "18–19 Jun 2023", "30 Nov – 2 Dec 2023", "Jun 2023", "Jun–Jul 2023",
    /// "1951", "1949–1953"; in Chinese "2023年11月15日", "2023年6月18日至19日", "2023年6月至7月",
    /// "1951年".
    pub fn date(&self, span: &DateSpan) -> String {
        let (a, b) = (span.start, span.end);
        let (dash, spaced) = (self.range_dash, self.range_dash_spaced);
        let ymd = self.date_order == DateOrder::YearMonthDay;
        match span.precision {
            Precision::Year if a.year == b.year => self.year(a),
            Precision::Year => [self.year(a), self.year(b)].join(dash),
            Precision::Month if (a.year, a.month) == (b.year, b.month) => self.month_of_year(a),
            Precision::Month if a.year == b.year && ymd => {
                [self.month_of_year(a).as_str(), dash, self.month(b.month)].concat()
            }
            Precision::Month if a.year == b.year => {
                [self.month(a.month), dash, self.month(b.month), " ", &self.year(a)].concat()
            }
            Precision::Month => [self.month_of_year(a), self.month_of_year(b)].join(spaced),
            Precision::Day if a == b => self.day(a),
            Precision::Day if (a.year, a.month) == (b.year, b.month) && ymd => {
                [self.day(a), self.day_of_month(b)].join(dash)
            }
            Precision::Day if (a.year, a.month) == (b.year, b.month) => {
                [&digits(a.day as usize), dash, &self.day(b)].concat()
            }
            Precision::Day if a.year == b.year && ymd => {
                [self.day(a).as_str(), spaced, self.month(b.month), &self.day_of_month(b)].concat()
            }
            Precision::Day if a.year == b.year => {
                [&digits(a.day as usize), " ", self.month(a.month), spaced, &self.day(b)].concat()
            }
            Precision::Day => [self.day(a), self.day(b)].join(spaced),
        }
    }

    /// A tick on the timeline's axis.
    pub fn tick(&self, label: TickLabel) -> String {
        match label {
            TickLabel::MonthOfYear { month, year } => self.month_of_year(Day { year, month, day: 1 }),
            TickLabel::Month(month) => self.month(month).to_string(),
            TickLabel::Day(day) => digits(day as usize) + self.day_suffix,
            TickLabel::Year(year) => self.year(Day { year, month: 1, day: 1 }),
        }
    }

    /// A language's name, for the line that says a quote is a translation.
    pub fn language_name(&self, tag: &str) -> String {
        let named = self.language_names.iter().find(|(named, _)| same_language(tag, named));
        named.map_or(tag, |(_, name)| name).into()
    }

    pub fn outcome(&self, status: OutcomeStatus) -> &'static str {
        match status {
            OutcomeStatus::Agreed => self.outcome_agreed,
            OutcomeStatus::Progress => self.outcome_progress,
            OutcomeStatus::NoChange => self.outcome_no_change,
            OutcomeStatus::NotDiscussed => self.outcome_not_discussed,
        }
    }

    pub fn event_kind(&self, kind: EventKind) -> &'static str {
        match kind {
            EventKind::Meeting => self.kind_meeting,
            EventKind::Visit => self.kind_visit,
            EventKind::Statement => self.kind_statement,
            EventKind::Incident => self.kind_incident,
            EventKind::Policy => self.kind_policy,
            EventKind::Talks => self.kind_talks,
            EventKind::Agreement => self.kind_agreement,
        }
    }

    /// What the comparison's marker says.
    pub fn comparison(&self, comparison: &Comparison) -> String {
        match comparison {
            Comparison::Converge => self.compared_converge.into(),
            Comparison::Diverge => self.compared_diverge.into(),
            Comparison::AllSpoke { of: 2 } => self.compared_both_spoke.into(),
            Comparison::AllSpoke { .. } => self.compared_all_spoke.into(),
            Comparison::OnlySome(names) => {
                Self::fill(self.compared_only_some, &[("parties", &names.join(self.compared_only_and))])
            }
            Comparison::Joint => self.compared_joint.into(),
            Comparison::NoneSpoke { of: 2 } => self.compared_neither_spoke.into(),
            Comparison::NoneSpoke { .. } => self.compared_none_spoke.into(),
        }
    }

    /// When words were said, against the story's key date: "said on 19 Oct 2023, before the
    /// Biden–Xi meeting". Words from before (or after) the meeting must never pass as said at it.
    /// When words were said, and whether before or after the key date (a story with none just
    /// dates them).
    pub fn said_when(&self, date: &DateSpan, key: Option<(&DateSpan, &str)>) -> String {
        let template = match key.map(|(key, _)| date.timing(key)) {
            Some(Timing::Before) => self.said_before,
            Some(Timing::During) | None => self.said,
            Some(Timing::After) => self.said_after,
        };
        let on = if date.is_one_day() { self.said_on } else { self.said_in };
        let key_label = key.map_or("", |(_, label)| label);
        Self::fill(template, &[("on", on), ("date", &self.date(date)), ("key", key_label)])
    }

    /// The plain line a reader sees where a party's words were not found.
    pub fn no_statement(&self, party: &str, period: Option<&DateSpan>) -> String {
        let line = match period {
            Some(period) => Self::fill(self.no_statement_for, &[("party", party), ("period", &self.date(period))]),
            None => Self::fill(self.no_statement, &[("party", party)]),
        };
        line + self.no_statement_end
    }

    /// Who issued a joint text, by name: "United States and People's Republic of China".
    pub fn joint_names(&self, names: &[&str]) -> String {
        match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => rest.join(self.list_separator) + self.list_and + last,
            _ => names.concat(),
        }
    }

    /// The label over a joint text: "Joint text of the United States and People's Republic of China".
    pub fn joint_text_of(&self, names: &[&str]) -> String {
        Self::fill(self.joint_text_of, &[("parties", &self.joint_names(names))])
    }

    /// " event" or " events", after a count.
    pub fn event_count(&self, count: usize) -> &'static str {
        if count == 1 {
            self.event_count_one
        } else {
            self.event_count_many
        }
    }

    /// "Source: " or "Sources: ", before a list of sources.
    pub fn sources_label(&self, count: usize) -> &'static str {
        if count > 1 {
            self.source_many
        } else {
            self.source_one
        }
    }

    /// Why the `?data=` address was ignored, naming the value that decided it.
    pub fn draft_refusal(&self, refusal: &Refusal) -> String {
        let why = match refusal {
            Refusal::Empty => self.draft_empty.to_string(),
            Refusal::TooLong(length) => Self::fill(
                self.draft_too_long,
                &[("length", &length.to_string()), ("max", &MAX_DRAFT_ADDRESS.to_string())],
            ),
            Refusal::NoOrigin => self.draft_no_origin.to_string(),
            Refusal::NotAnAddress => self.draft_not_an_address.to_string(),
            Refusal::NotWeb(scheme) => Self::fill(self.draft_not_web, &[("scheme", scheme)]),
            Refusal::OtherSite(origin) => Self::fill(self.draft_other_site, &[("origin", origin)]),
        };
        Self::fill(self.draft_ignored, &[("why", &why)])
    }

    /// A dataset that has problems, and how many.
    pub fn load_problems(&self, what: &str, count: usize) -> String {
        let template = if count == 1 { self.load_problems_one } else { self.load_problems_many };
        Self::fill(template, &[("what", what), ("count", &count.to_string())])
    }
}

impl LiveStrings {
    /// The notice for ids in the address that the story does not have.
    #[inline(always)]
    pub fn unknown_ids(&self, unknown: &[UnknownId]) -> String {
        let ids: Vec<String> = unknown
            .iter()
            .map(|u| Strings::fill(self.unknown_id, &[("kind", self.kind(u.kind)), ("id", &u.id)]))
            .collect();
        Strings::fill(self.unknown_ids, &[("ids", &ids.join(self.unknown_ids_and))])
    }

    /// One short sentence for the live region, naming what is picked rather than reading it all.
    #[inline(always)]
    pub fn announcement(&self, selection: &Selection, index: &StoryIndex) -> String {
        let issue = selection.issue.as_deref().and_then(|id| index.issue(id)).map(|i| i.title.as_str());
        let event = selection.event.as_deref().and_then(|id| index.event(id)).map(|e| e.title.as_str());
        match (issue, event) {
            (None, None) => self.announce_cleared.into(),
            (Some(issue), None) => Strings::fill(self.announce_issue, &[("issue", issue)]),
            (None, Some(event)) => Strings::fill(self.announce_event, &[("event", event)]),
            (Some(issue), Some(event)) => Strings::fill(self.announce_both, &[("issue", issue), ("event", event)]),
        }
    }

    /// What find's live region says: "2 issues and 5 events match."; no number formatting, so
    /// the island that says it stays small.
    #[inline(always)]
    pub fn find_count(&self, issues: usize, events: usize) -> String {
        let count = |n: usize, one: &str, many: &str| {
            if n == 1 {
                one.to_string()
            } else {
                Strings::fill(many, &[("count", &digits(n))])
            }
        };
        let issues = count(issues, self.find_issue_one, self.find_issue_many);
        let events = count(events, self.find_event_one, self.find_event_many);
        Strings::fill(self.find_count, &[("issues", &issues), ("events", &events)])
    }

    /// The word for an address parameter's kind of id.
    fn kind(&self, parameter: &str) -> &'static str {
        if parameter == "event" {
            self.unknown_kind_event
        } else {
            self.unknown_kind_issue
        }
    }

    /// A cluster's label: "15 events, 11–17 Nov 2023". Inlined, as `find_count`, for the island
    /// that counts what a cluster shows.
    #[inline(always)]
    pub fn cluster(&self, count: usize, dates: &str) -> String {
        let template = if count == 1 { self.cluster_one } else { self.cluster };
        Strings::fill(template, &[("count", &digits(count)), ("dates", dates)])
    }
}

/// `n` in decimal digits, without the formatting machinery.
pub fn digits(mut n: usize) -> String {
    let mut out = String::new();
    loop {
        out.insert(0, char::from(b'0' + (n % 10) as u8));
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out
}
