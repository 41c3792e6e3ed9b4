//! Checks that need the whole dataset: ids, references, dates, blank text and link safety.

use std::collections::HashSet;

use super::date_span::DateSpan;
use super::error::DataError;
use super::place::Place;
use super::problem::{Problem, Reason};
use super::schema::{
    Claim, Dataset, Era, Issue, JointText, Position, PositionStatus, Spoken, Statement, OUR_TRANSLATION,
};
use super::story_dates::{Parsed, StoryDates};

/// The status an editor writes for a party whose words were not found.
const NO_STATEMENT_FOUND: &str = PositionStatus::NoStatementFound.as_str();

/// What a reference points at: each kind is checked against its own list, and a new kind
/// cannot be added without saying which list that is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ref {
    Party,
    Issue,
    Event,
    Era,
    Source,
}

impl Ref {
    /// The word the error message uses: "unknown source id \"npr\"" (the `{kind}` of
    /// [`Problem::UnknownId`]; the views word it in other languages).
    const fn label(self) -> &'static str {
        match self {
            Self::Party => "party",
            Self::Issue => "issue",
            Self::Event => "event",
            Self::Era => "era",
            Self::Source => "source",
        }
    }
}

struct Checker<'a> {
    data: &'a Dataset,
    errors: Vec<DataError>,
    /// Each date as it is checked, so that the story keeps this parse and never makes another.
    dates: Parsed,
}

/// The dates of a well-shaped dataset, parsed as they are checked (if every one parsed), and
/// every problem, in document order. [`super::Story`] is its one caller: a dataset is validated
/// once, and what the check parsed is kept.
pub(super) fn check(data: &Dataset) -> (Option<StoryDates>, Vec<DataError>) {
    let mut c = Checker { data, errors: Vec::new(), dates: Parsed::default() };
    c.meta();
    c.unique_ids("parties", data.parties.iter().map(|p| p.id.as_str()));
    c.unique_ids("issues", data.issues.iter().map(|i| i.id.as_str()));
    c.unique_ids("events", data.events.iter().map(|e| e.id.as_str()));
    c.unique_ids("eras", data.eras.iter().map(|e| e.id.as_str()));
    c.unique_ids("sources", data.sources.iter().map(|s| s.id.as_str()));
    c.parties();
    c.issues();
    c.events();
    c.eras();
    c.sources();
    (c.dates.finish(), c.errors)
}

/// Ids travel in URLs (`?issue=taiwan`), so they are kept to a URL-safe slug.
fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

/// An era's span from its `start` to its `end`, if both parse and are in order.
fn era_span(era: &Era) -> Option<DateSpan> {
    DateSpan::spanning(DateSpan::parse(&era.start).ok()?, DateSpan::parse(&era.end).ok()?)
}

/// Only plain web links are ever turned into `href`s; `javascript:` and `data:` never are.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    matches!(rest, Some(r) if !r.is_empty() && !r.starts_with('/'))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
}

impl Checker<'_> {
    fn error(&mut self, path: Place, reason: impl Into<Reason>) {
        self.errors.push(DataError::new(path, reason));
    }

    fn text(&mut self, path: &Place, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.error(path.field(field), Problem::Blank);
        }
    }

    fn date(&mut self, path: &Place, value: &str) -> Option<DateSpan> {
        DateSpan::parse(value).map_err(|reason| self.error(path.clone(), reason)).ok()
    }

    fn url(&mut self, path: &Place, value: &str) {
        if !is_web_url(value) {
            self.error(path.clone(), Problem::NotWebUrl.with("url", value));
        }
    }

    fn unique_ids<'d>(&mut self, list: &str, ids: impl Iterator<Item = &'d str>) {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            let path = Place::file().field(list).index(i).field("id");
            if !is_slug(id) {
                self.error(path.clone(), Problem::BadId.with("id", id));
            } else if !seen.insert(id) {
                self.error(path.clone(), Problem::DuplicateId.with("id", id));
            }
        }
    }

    fn reference(&mut self, path: Place, kind: Ref, id: &str) {
        let d = self.data;
        let known = match kind {
            Ref::Party => d.parties.iter().any(|p| p.id == id),
            Ref::Issue => d.issues.iter().any(|i| i.id == id),
            Ref::Event => d.events.iter().any(|e| e.id == id),
            Ref::Era => d.eras.iter().any(|e| e.id == id),
            Ref::Source => d.sources.iter().any(|s| s.id == id),
        };
        if !known {
            self.error(path, Problem::UnknownId.with("kind", kind.label()).and("id", id));
        }
    }

    /// Every claim must carry at least one source, and each must resolve.
    fn sources_of(&mut self, path: &Place, ids: &[String]) {
        if ids.is_empty() {
            self.error(path.field("sources"), Problem::NoSources);
        }
        for (i, id) in ids.iter().enumerate() {
            self.reference(path.field("sources").index(i), Ref::Source, id);
        }
    }

    fn claim(&mut self, path: &Place, claim: &Claim) {
        self.text(path, "text", &claim.text);
        self.sources_of(path, &claim.sources);
    }

    fn meta(&mut self) {
        let m = &self.data.meta;
        let meta = Place::file().field("meta");
        for (field, value) in
            [("title", &m.title), ("standfirst", &m.standfirst), ("language", &m.language), ("publisher", &m.publisher)]
        {
            self.text(&meta, field, value);
        }
        self.dates.updated = self.date(&meta.field("updated"), &m.updated);
        self.dates.published = self.date(&meta.field("published"), &m.published);
        if let Some(key) = &m.key_date {
            let key_date = meta.field("key_date");
            self.text(&key_date, "label", &key.label);
            self.dates.key = self.date(&key_date.field("date"), &key.date);
        }
        if let Some(language) = &m.publisher_language {
            self.text(&meta, "publisher_language", language);
        }
        if let Some(url) = &m.canonical_url {
            self.url(&meta.field("canonical_url"), url);
        }
        for (i, c) in m.corrections.iter().enumerate() {
            let path = meta.field("corrections").index(i);
            if let Some(date) = self.date(&path.field("date"), &c.date) {
                self.dates.corrections.push(date);
            }
            self.text(&path, "text", &c.text);
        }
    }

    fn parties(&mut self) {
        // A story that is only a timeline compares no one.
        if self.data.parties.is_empty() && !self.data.issues.is_empty() {
            self.error(Place::file().field("parties"), Problem::NoParties);
        }
        for (i, p) in self.data.parties.iter().enumerate() {
            let path = Place::file().field("parties").index(i);
            self.text(&path, "short_name", &p.short_name);
            self.text(&path, "name", &p.name);
            let color_ok = p.color.starts_with('#')
                && matches!(p.color.len(), 4 | 7)
                && p.color[1..].bytes().all(|b| b.is_ascii_hexdigit());
            if !color_ok {
                self.error(path.field("color"), Problem::BadColour.with("colour", &p.color));
            }
        }
    }

    fn issues(&mut self) {
        for (i, issue) in self.data.issues.iter().enumerate() {
            let path = Place::file().field("issues").index(i);
            self.text(&path, "title", &issue.title);
            self.text(&path, "summary", &issue.summary);
            self.claim(&path.field("why_it_matters"), &issue.why_it_matters);
            if let Some(expected) = &issue.expected {
                self.claim(&path.field("expected"), expected);
            }
            let outcome = path.field("outcome");
            self.text(&outcome, "text", &issue.outcome.text);
            self.sources_of(&outcome, &issue.outcome.sources);
            self.stands(&path, issue);
            for (j, id) in issue.events.iter().enumerate() {
                self.reference(path.field("events").index(j), Ref::Event, id);
            }
            // The card's own reading list: an issue cites sources of its own, not only its claims'.
            self.sources_of(&path, &issue.sources);
        }
    }

    /// Every party is accounted for once on every issue: its own words, the record that none
    /// were found, or a joint text. Alignment needs every party's own words.
    fn stands(&mut self, path: &Place, issue: &Issue) {
        let mut covered = HashSet::new();
        if let Some(joint) = &issue.joint {
            let jpath = path.field("joint");
            if let Some(date) = self.joint(&jpath, joint) {
                self.dates.joint.insert(issue.id.clone(), date);
            }
            covered.extend(joint.parties.iter().map(String::as_str));
        }
        for (j, position) in issue.positions.iter().enumerate() {
            let ppath = path.field("positions").index(j);
            if !covered.insert(position.party.as_str()) {
                let why = if issue.joint.as_ref().is_some_and(|jt| jt.parties.contains(&position.party)) {
                    Problem::CoveredByJoint
                } else {
                    Problem::SecondPosition
                };
                self.error(ppath.field("party"), why.with("party", &position.party));
            }
            self.position(&ppath, &issue.id, position);
        }
        for party in &self.data.parties {
            if !covered.contains(party.id.as_str()) {
                let reason = Problem::SilentParty.with("party", &party.id).and("status", NO_STATEMENT_FOUND);
                self.error(path.field("positions"), reason);
            }
        }
        if let Some(alignment) = issue.alignment {
            let missing: Vec<&str> = self
                .data
                .parties
                .iter()
                // A silent party is reported above already.
                .filter(|party| covered.contains(party.id.as_str()))
                .filter(|party| {
                    !issue.positions.iter().any(|p| p.party == party.id && p.status == PositionStatus::OnRecord)
                })
                .map(|party| party.id.as_str())
                .collect();
            if !missing.is_empty() {
                let quoted: Vec<String> = missing.iter().map(|id| ["\"", id, "\""].concat()).collect();
                let reason = Problem::AlignmentNeedsWords
                    .with("alignment", alignment.as_str())
                    .and("parties", quoted.join(", "))
                    .list("party_ids", missing);
                self.error(path.field("alignment"), reason);
            }
        }
    }

    fn position(&mut self, path: &Place, issue: &str, p: &Position) {
        self.reference(path.field("party"), Ref::Party, &p.party);
        match p.status {
            PositionStatus::OnRecord => {
                if let Some(date) = self.statement(path, &p.statement()) {
                    self.dates.said.entry(issue.to_string()).or_default().insert(p.party.clone(), date);
                }
                if p.checked.is_some() {
                    self.error(
                        path.field("checked"),
                        Problem::CheckedOnlyWithoutStatement.with("status", NO_STATEMENT_FOUND),
                    );
                }
            }
            PositionStatus::NoStatementFound => {
                let said = [
                    ("quote", p.quote.is_some()),
                    ("paraphrase", p.paraphrase.is_some()),
                    ("speaker", !p.speaker.is_empty()),
                    ("date", p.date.is_some()),
                ];
                for (field, present) in said {
                    if present {
                        self.error(
                            path.field(field),
                            Problem::LeftOutWithoutStatement.with("status", NO_STATEMENT_FOUND),
                        );
                    }
                }
                match &p.checked {
                    Some(checked) => {
                        if let Some(period) = self.date(&path.field("checked"), checked) {
                            self.dates.checked.entry(issue.to_string()).or_default().insert(p.party.clone(), period);
                        }
                    }
                    None => self
                        .error(path.field("checked"), Problem::NeedsCheckedPeriod.with("status", NO_STATEMENT_FOUND)),
                }
                for (i, id) in p.sources.iter().enumerate() {
                    self.reference(path.field("sources").index(i), Ref::Source, id);
                }
            }
        }
    }

    /// A joint text stands for two or more parties, shown as one cell across their columns, so
    /// they must be next to each other in `parties`.
    fn joint(&mut self, path: &Place, joint: &JointText) -> Option<DateSpan> {
        let mut columns = Vec::new();
        let mut seen = HashSet::new();
        for (i, id) in joint.parties.iter().enumerate() {
            let ppath = path.field("parties").index(i);
            if !seen.insert(id.as_str()) {
                self.error(ppath, Problem::ListedTwice.with("party", id));
                continue;
            }
            match self.data.parties.iter().position(|p| &p.id == id) {
                Some(column) => columns.push(column),
                None => self.reference(ppath, Ref::Party, id),
            }
        }
        if seen.len() < 2 {
            self.error(path.field("parties"), Problem::JointNeedsTwo);
        } else if let (Some(first), Some(last)) = (columns.iter().min(), columns.iter().max()) {
            if last - first + 1 != columns.len() {
                self.error(path.field("parties"), Problem::JointNotAdjacent);
            }
        }
        self.statement(path, &joint.statement())
    }

    /// Words on record: what was said, by whom, when, and where it was published. Returns when,
    /// if the statement is dated.
    fn statement(&mut self, path: &Place, s: &Statement) -> Option<DateSpan> {
        let has_words = [&s.quote, &s.paraphrase].into_iter().flatten().any(|t| !t.trim().is_empty());
        if !has_words {
            self.error(path.clone(), Problem::NoWords);
        }
        match (&s.quote, &s.spoken) {
            (Some(_), Some(spoken)) => self.spoken(&path.field("spoken"), spoken),
            (Some(_), None) => self.error(path.field("spoken"), Problem::QuoteNeedsLanguage),
            (None, Some(_)) => self.error(path.field("spoken"), Problem::SpokenWithoutQuote),
            (None, None) => {}
        }
        self.text(path, "speaker", &s.speaker);
        let date = s.date.as_ref().and_then(|date| self.date(&path.field("date"), date));
        self.sources_of(path, &s.sources);
        date
    }

    /// A quote in the dataset's language is the speaker's own words; one in another language is
    /// a translation, and says whose.
    fn spoken(&mut self, path: &Place, spoken: &Spoken) {
        self.text(path, "language", &spoken.language);
        let dataset_language = &self.data.meta.language;
        if !spoken.is_translated_for(dataset_language) {
            for (field, present) in
                [("translated_by", spoken.translated_by.is_some()), ("original", spoken.original.is_some())]
            {
                if present {
                    self.error(path.field(field), Problem::OnlyTranslations.with("language", dataset_language));
                }
            }
            return;
        }
        match spoken.translated_by.as_deref() {
            None => {
                let reason = Problem::NeedsTranslator
                    .with("spoken", &spoken.language)
                    .and("shown", dataset_language)
                    .and("ours", OUR_TRANSLATION);
                self.error(path.field("translated_by"), reason);
            }
            Some(OUR_TRANSLATION) => {}
            Some(id) => self.reference(path.field("translated_by"), Ref::Source, id),
        }
        if let Some(original) = &spoken.original {
            let opath = path.field("original");
            self.text(&opath, "text", &original.text);
            self.reference(opath.field("source"), Ref::Source, &original.source);
        }
    }

    fn events(&mut self) {
        for (i, event) in self.data.events.iter().enumerate() {
            let path = Place::file().field("events").index(i);
            let span = self.date(&path.field("date"), &event.date);
            if let Some(span) = span {
                self.dates.events.insert(event.id.clone(), span);
            }
            self.text(&path, "title", &event.title);
            self.text(&path, "summary", &event.summary);
            for (j, id) in event.parties.iter().enumerate() {
                self.reference(path.field("parties").index(j), Ref::Party, id);
            }
            for (j, id) in event.issues.iter().enumerate() {
                self.reference(path.field("issues").index(j), Ref::Issue, id);
            }
            for (j, q) in event.quotes.iter().enumerate() {
                let qpath = path.field("quotes").index(j);
                self.text(&qpath, "text", &q.text);
                self.spoken(&qpath.field("spoken"), &q.spoken);
                self.text(&qpath, "speaker", &q.speaker);
                self.reference(qpath.field("source"), Ref::Source, &q.source);
            }
            self.sources_of(&path, &event.sources);
            let Some(era_id) = &event.era else { continue };
            match self.data.eras.iter().find(|e| &e.id == era_id) {
                None => self.reference(path.field("era"), Ref::Era, era_id),
                Some(era) => {
                    // The era's own dates are reported where the era is checked, below.
                    if let (Some(span), Some(era_span)) = (span, era_span(era)) {
                        if !era_span.contains(&span) {
                            let reason = Problem::OutsideEra
                                .with("date", &event.date)
                                .and("era", &era.id)
                                .and("start", &era.start)
                                .and("end", &era.end);
                            self.error(path.field("date"), reason);
                        }
                    }
                }
            }
        }
    }

    fn eras(&mut self) {
        for (i, era) in self.data.eras.iter().enumerate() {
            let path = Place::file().field("eras").index(i);
            self.text(&path, "label", &era.label);
            let start = self.date(&path.field("start"), &era.start);
            let end = self.date(&path.field("end"), &era.end);
            if let (Some(s), Some(e)) = (start, end) {
                match DateSpan::spanning(s, e) {
                    Some(span) => {
                        self.dates.eras.insert(era.id.clone(), span);
                    }
                    None => {
                        self.error(path.clone(), Problem::EraInverted.with("start", &era.start).and("end", &era.end))
                    }
                }
            }
        }
    }

    fn sources(&mut self) {
        for (i, s) in self.data.sources.iter().enumerate() {
            let path = Place::file().field("sources").index(i);
            self.text(&path, "publisher", &s.publisher);
            self.text(&path, "title", &s.title);
            if let Some(language) = &s.language {
                self.text(&path, "language", language);
            }
            if let Some(date) = s.date.as_ref().and_then(|date| self.date(&path.field("date"), date)) {
                self.dates.sources.insert(s.id.clone(), date);
            }
            match (&s.url, &s.date) {
                (Some(url), _) => self.url(&path.field("url"), url),
                (None, Some(_)) => {}
                (None, None) => self.error(path.clone(), Problem::SourceNeedsUrlOrDate),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_urls_only() {
        assert!(is_web_url("https://www.npr.org/2023/02/03/x"));
        assert!(is_web_url("http://us.china-embassy.gov.cn/eng/"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("JAVASCRIPT:alert(1)"));
        assert!(!is_web_url("data:text/html,hi"));
        assert!(!is_web_url("https://"));
        assert!(!is_web_url("https:///path"));
        assert!(!is_web_url("https://a b.com"));
        assert!(!is_web_url("//example.com"));
    }

    #[test]
    fn slugs() {
        assert!(is_slug("military-channels"));
        assert!(is_slug("g20-bali-2022"));
        assert!(!is_slug("Taiwan"));
        assert!(!is_slug("a b"));
        assert!(!is_slug("-x"));
        assert!(!is_slug(""));
    }
}
