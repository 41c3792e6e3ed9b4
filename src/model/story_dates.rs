//! Every date of a valid story, parsed once. The validator is the only place a dataset's date
//! text is parsed: it records each span as it checks it and hands them over only when the whole
//! dataset is valid, so nothing downstream parses again or drops a date it could not read.

use std::collections::HashMap;

use super::date_span::DateSpan;
use super::schema::{Dataset, Event};

/// The story's dates, by what they date. Built by the validator only, and kept only for a dataset
/// it accepts (see [`super::Story`]); a lookup misses only for an id the story does not have, or for a date the
/// dataset leaves out where it may (a source with a page online, an undated statement).
#[derive(Clone, Debug, PartialEq)]
pub struct StoryDates {
    /// The last edit.
    pub updated: DateSpan,
    /// The first publication.
    pub published: DateSpan,
    /// The day the timeline marks, against which words were said before or after it, if any.
    pub key: Option<DateSpan>,
    events: HashMap<String, DateSpan>,
    eras: HashMap<String, DateSpan>,
    sources: HashMap<String, DateSpan>,
    /// Issue id, then party id: when a party's words on the issue were said.
    said: HashMap<String, HashMap<String, DateSpan>>,
    /// Issue id, then party id: the period searched where no statement was found.
    checked: HashMap<String, HashMap<String, DateSpan>>,
    /// Issue id: when the issue's joint text was issued.
    joint: HashMap<String, DateSpan>,
    /// In the order of `meta.corrections`.
    corrections: Vec<DateSpan>,
}

/// What the validator has parsed so far. Private to the model: only a dataset with no errors
/// becomes a [`StoryDates`].
#[derive(Default)]
pub(super) struct Parsed {
    pub updated: Option<DateSpan>,
    pub published: Option<DateSpan>,
    pub key: Option<DateSpan>,
    pub events: HashMap<String, DateSpan>,
    pub eras: HashMap<String, DateSpan>,
    pub sources: HashMap<String, DateSpan>,
    pub said: HashMap<String, HashMap<String, DateSpan>>,
    pub checked: HashMap<String, HashMap<String, DateSpan>>,
    pub joint: HashMap<String, DateSpan>,
    pub corrections: Vec<DateSpan>,
}

impl Parsed {
    /// The dates of a dataset found valid. `None` only if a required date is missing, which the
    /// validator has then reported (a key date given but unreadable is reported too, and is
    /// left `None` here).
    pub fn finish(self) -> Option<StoryDates> {
        Some(StoryDates {
            updated: self.updated?,
            published: self.published?,
            key: self.key,
            events: self.events,
            eras: self.eras,
            sources: self.sources,
            said: self.said,
            checked: self.checked,
            joint: self.joint,
            corrections: self.corrections,
        })
    }
}

fn by_issue_and_party(map: &HashMap<String, HashMap<String, DateSpan>>, issue: &str, party: &str) -> Option<DateSpan> {
    map.get(issue).and_then(|parties| parties.get(party)).copied()
}

impl StoryDates {
    pub fn event(&self, id: &str) -> Option<DateSpan> {
        self.events.get(id).copied()
    }

    pub fn era(&self, id: &str) -> Option<DateSpan> {
        self.eras.get(id).copied()
    }

    /// A source's date, for one with none online (a broadcast, a print edition) or that gives it.
    pub fn source(&self, id: &str) -> Option<DateSpan> {
        self.sources.get(id).copied()
    }

    /// When `party`'s own words on `issue` were said, where the dataset dates them.
    pub fn said(&self, issue: &str, party: &str) -> Option<DateSpan> {
        by_issue_and_party(&self.said, issue, party)
    }

    /// The period searched for `party`'s words on `issue`, where none were found.
    pub fn checked(&self, issue: &str, party: &str) -> Option<DateSpan> {
        by_issue_and_party(&self.checked, issue, party)
    }

    /// When `issue`'s joint text was issued, where the dataset dates it.
    pub fn joint(&self, issue: &str) -> Option<DateSpan> {
        self.joint.get(issue).copied()
    }

    /// The date of `meta.corrections[index]`.
    pub fn correction(&self, index: usize) -> Option<DateSpan> {
        self.corrections.get(index).copied()
    }

    /// Events sorted by start date, then end; ties keep the editor's order.
    pub fn events_by_date<'d>(&self, data: &'d Dataset) -> Vec<(&'d Event, DateSpan)> {
        let mut events: Vec<(&Event, DateSpan)> =
            data.events.iter().filter_map(|e| Some((e, self.event(&e.id)?))).collect();
        events.sort_by_key(|(_, span)| (span.start, span.end));
        events
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::SYNTHETIC;
    use crate::model::load;

    fn synthetic() -> (Dataset, StoryDates) {
        let story = load(SYNTHETIC).unwrap();
        let dates = story.dates().clone();
        (story.into_data(), dates)
    }

    #[test]
    fn every_date_of_the_story_is_parsed_once_and_kept() {
        let (data, dates) = synthetic();
        assert_eq!(dates.key, DateSpan::parse(&data.meta.key_date.as_ref().unwrap().date).ok());
        assert_eq!(dates.updated, DateSpan::parse(&data.meta.updated).unwrap());
        assert_eq!(dates.published, DateSpan::parse(&data.meta.published).unwrap());
        for event in &data.events {
            assert_eq!(dates.event(&event.id), Some(DateSpan::parse(&event.date).unwrap()), "{}", event.id);
        }
        for era in &data.eras {
            let span = DateSpan::parse(&format!("{}/{}", era.start, era.end)).unwrap();
            assert_eq!(dates.era(&era.id), Some(span), "{}", era.id);
        }
        for source in &data.sources {
            assert_eq!(dates.source(&source.id), source.date.as_deref().map(|d| DateSpan::parse(d).unwrap()));
        }
        for issue in &data.issues {
            for p in &issue.positions {
                let parsed = |d: &Option<String>| d.as_deref().map(|d| DateSpan::parse(d).unwrap());
                assert_eq!(dates.said(&issue.id, &p.party), parsed(&p.date), "{} {}", issue.id, p.party);
                assert_eq!(dates.checked(&issue.id, &p.party), parsed(&p.checked), "{} {}", issue.id, p.party);
            }
            let joint_date = issue.joint.as_ref().and_then(|j| j.date.as_deref());
            assert_eq!(dates.joint(&issue.id), joint_date.map(|d| DateSpan::parse(d).unwrap()));
        }
        for (i, c) in data.meta.corrections.iter().enumerate() {
            assert_eq!(dates.correction(i), Some(DateSpan::parse(&c.date).unwrap()));
        }
    }

    #[test]
    fn the_story_has_dates_for_what_it_dates_and_none_for_what_it_does_not() {
        let (_, dates) = synthetic();
        let searched = dates.checked("data-exchange", "ces").expect("Cestia's words were searched for");
        assert_eq!(Some(searched), DateSpan::parse("2025-03-10/2025-03-14").ok());
        assert_eq!(dates.said("data-exchange", "ces"), None, "no words, so no date said");
        assert_eq!(dates.checked("data-exchange", "ald"), None, "Alderland is on record");
        assert_eq!(dates.said("data-exchange", "ald"), None, "on record, with no date given");
        assert_eq!(dates.said("shipping-lanes", "bor"), DateSpan::parse("2024-09-03").ok());
        assert_eq!(dates.event("no-such-event"), None);
        assert_eq!(dates.said("no-such-issue", "us"), None);
    }

    #[test]
    fn events_in_date_order_carry_their_spans() {
        let (data, dates) = synthetic();
        let ordered = dates.events_by_date(&data);
        assert_eq!(ordered.len(), data.events.len());
        assert!(ordered.windows(2).all(|w| (w[0].1.start, w[0].1.end) <= (w[1].1.start, w[1].1.end)));
        assert!(ordered.iter().all(|(e, span)| dates.event(&e.id) == Some(*span)));
    }
}
