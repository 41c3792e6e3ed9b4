//! Lookups the views need, answered from the dataset alone.

use super::date::DateSpan;
use super::schema::{Dataset, Event, Issue, Party, Position, Source};

impl Dataset {
    pub fn issue(&self, id: &str) -> Option<&Issue> {
        self.issues.iter().find(|i| i.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    pub fn party(&self, id: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// An issue and an event are related when either one lists the other, so editors need
    /// only write the link once.
    pub fn are_related(&self, issue: &Issue, event: &Event) -> bool {
        issue.events.contains(&event.id) || event.issues.contains(&issue.id)
    }

    /// Issues related to the event, in the dataset's order.
    pub fn issues_for_event(&self, event_id: &str) -> Vec<&Issue> {
        let Some(event) = self.event(event_id) else { return Vec::new() };
        self.issues.iter().filter(|i| self.are_related(i, event)).collect()
    }

    /// Events sorted by start date; ties keep the editor's order.
    pub fn events_by_date(&self) -> Vec<&Event> {
        let mut events: Vec<&Event> = self.events.iter().collect();
        events.sort_by_key(|e| DateSpan::parse(&e.date).map(|s| (s.start, s.end)).ok());
        events
    }

    pub fn position<'a>(&self, issue: &'a Issue, party_id: &str) -> Option<&'a Position> {
        issue.positions.iter().find(|p| p.party == party_id)
    }
}

/// How the stated positions on an issue compare, for the marker in the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Comparison {
    Converge,
    Diverge,
    /// Every party spoke but the editors did not classify it.
    AllSpoke,
    /// Only these parties (by short name) are on record.
    OnlySome(Vec<String>),
    NoneSpoke,
}

impl Comparison {
    pub fn class(&self) -> &'static str {
        match self {
            Self::Converge => "converge",
            Self::Diverge => "diverge",
            Self::AllSpoke => "all-spoke",
            Self::OnlySome(_) => "one-sided",
            Self::NoneSpoke => "silent",
        }
    }

    pub fn label(&self) -> String {
        match self {
            Self::Converge => "Converge".into(),
            Self::Diverge => "Diverge".into(),
            Self::AllSpoke => "Both on record".into(),
            Self::OnlySome(names) => format!("Only {} on record", names.join(" and ")),
            Self::NoneSpoke => "Neither on record".into(),
        }
    }
}

impl Dataset {
    pub fn comparison(&self, issue: &Issue) -> Comparison {
        let spoke: Vec<String> = self
            .parties
            .iter()
            .filter(|p| self.position(issue, &p.id).is_some())
            .map(|p| p.short_name.clone())
            .collect();
        match (spoke.len(), issue.alignment) {
            (0, _) => Comparison::NoneSpoke,
            (n, _) if n < self.parties.len() => Comparison::OnlySome(spoke),
            (_, Some(super::schema::Alignment::Converge)) => Comparison::Converge,
            (_, Some(super::schema::Alignment::Diverge)) => Comparison::Diverge,
            (_, None) => Comparison::AllSpoke,
        }
    }
}

impl super::schema::OutcomeStatus {
    pub fn label(self) -> &'static str {
        match self {
            Self::Agreed => "Agreed",
            Self::Progress => "Progress",
            Self::NoChange => "No change",
            Self::NotDiscussed => "Not discussed",
        }
    }

    pub fn class(self) -> &'static str {
        match self {
            Self::Agreed => "agreed",
            Self::Progress => "progress",
            Self::NoChange => "no-change",
            Self::NotDiscussed => "not-discussed",
        }
    }
}

impl super::schema::EventKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Meeting => "Meeting",
            Self::Visit => "Visit",
            Self::Statement => "Statement",
            Self::Incident => "Incident",
            Self::Policy => "Policy",
            Self::Talks => "Talks",
            Self::Agreement => "Agreement",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{load, BUNDLED_JSON};

    #[test]
    fn comparisons_follow_who_spoke() {
        let d = load(BUNDLED_JSON).unwrap();
        let cmp = |id: &str| d.comparison(d.issue(id).unwrap());
        assert_eq!(cmp("taiwan"), Comparison::Diverge);
        assert_eq!(cmp("decoupling"), Comparison::Converge);
        assert_eq!(cmp("iran"), Comparison::OnlySome(vec!["US".into()]));
        assert_eq!(cmp("ukraine"), Comparison::NoneSpoke);
        assert_eq!(cmp("iran").label(), "Only US on record");
    }

    #[test]
    fn relations_work_in_both_directions() {
        let d = load(BUNDLED_JSON).unwrap();
        let taiwan = d.issue("taiwan").unwrap();
        // Listed on both sides, on the issue's side only, and on the event's side only.
        assert!(d.are_related(taiwan, d.event("pelosi-taiwan").unwrap()));
        assert!(d.are_related(d.issue("exchanges").unwrap(), d.event("biden-xi-filoli").unwrap()));
        assert!(d.are_related(taiwan, d.event("wang-yi-briefing").unwrap()));
        assert!(!d.are_related(taiwan, d.event("kerry-china").unwrap()));
        let issues: Vec<&str> = d.issues_for_event("biden-xi-filoli").iter().map(|i| i.id.as_str()).collect();
        assert!(issues.contains(&"taiwan") && issues.contains(&"ai"));
        assert!(d.issues_for_event("no-such-event").is_empty());
    }
}
