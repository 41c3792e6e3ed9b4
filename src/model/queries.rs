//! Lookups the views need, answered from the dataset alone.

use super::schema::{Alignment, Dataset, Event, Issue, JointText, Party, Position, PositionStatus, Source};

impl Dataset {
    /// "2 parties, 17 issues, 40 events, 5 eras, 71 sources": what `validate` and the story
    /// editor say of a valid story.
    pub fn summary(&self) -> String {
        format!(
            "{} parties, {} issues, {} events, {} eras, {} sources",
            self.parties.len(),
            self.issues.len(),
            self.events.len(),
            self.eras.len(),
            self.sources.len()
        )
    }

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

    /// Every text in the explainer's own voice (not a party's words), with where it is: the
    /// neutral-voice checks read these, and nothing quoted.
    pub fn own_texts(&self) -> Vec<(String, &str)> {
        let m = &self.meta;
        let mut own: Vec<(String, &str)> =
            vec![("meta.title".into(), &m.title), ("meta.standfirst".into(), &m.standfirst)];
        own.extend(m.key_date.iter().map(|k| ("meta.key_date.label".to_string(), k.label.as_str())));
        own.extend(m.credits.iter().map(|c| ("meta.credits".to_string(), c.as_str())));
        own.extend(m.corrections.iter().map(|c| ("meta.corrections".to_string(), c.text.as_str())));
        for p in &self.parties {
            own.push((format!("parties.{}", p.id), &p.short_name));
            own.push((format!("parties.{}", p.id), &p.name));
        }
        for i in &self.issues {
            own.push((format!("issues.{}.title", i.id), &i.title));
            own.push((format!("issues.{}.summary", i.id), &i.summary));
            own.push((format!("issues.{}.why_it_matters", i.id), &i.why_it_matters.text));
            own.extend(i.expected.iter().map(|c| (format!("issues.{}.expected", i.id), c.text.as_str())));
            own.push((format!("issues.{}.outcome", i.id), &i.outcome.text));
        }
        for e in &self.events {
            own.push((format!("events.{}.title", e.id), &e.title));
            own.push((format!("events.{}.summary", e.id), &e.summary));
        }
        own.extend(self.eras.iter().map(|e| (format!("eras.{}.label", e.id), e.label.as_str())));
        own
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

    pub fn position<'a>(&self, issue: &'a Issue, party_id: &str) -> Option<&'a Position> {
        issue.positions.iter().find(|p| p.party == party_id)
    }

    /// What the comparison shows for `party` on `issue`.
    pub fn stand<'a>(&self, issue: &'a Issue, party_id: &str) -> Stand<'a> {
        if let Some(joint) = issue.joint.as_ref().filter(|j| j.parties.iter().any(|p| p == party_id)) {
            return Stand::Joint(joint);
        }
        match self.position(issue, party_id) {
            Some(p) if p.status == PositionStatus::NoStatementFound => Stand::NotFound(p),
            Some(p) => Stand::OnRecord(p),
            None => Stand::Silent,
        }
    }

    /// The parties, in column order, each with its stand on `issue`; a joint text's parties as
    /// one run, so that it is shown once across their columns.
    pub fn columns<'a>(&'a self, issue: &'a Issue) -> Vec<Column<'a>> {
        let mut columns: Vec<Column<'a>> = Vec::new();
        for party in &self.parties {
            match (self.stand(issue, &party.id), columns.last_mut()) {
                (Stand::Joint(_), Some(Column::Joint { parties, .. })) => parties.push(party),
                (Stand::Joint(joint), _) => columns.push(Column::Joint { joint, parties: vec![party] }),
                (stand, _) => columns.push(Column::Party { party, stand }),
            }
        }
        columns
    }
}

/// One party's stand on an issue, as the comparison shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum Stand<'a> {
    OnRecord(&'a Position),
    /// No public statement found: the position says which period was searched.
    NotFound(&'a Position),
    Joint(&'a JointText),
    /// Nothing at all: the validator refuses this, so only a broken draft shows it.
    Silent,
}

/// A cell of the comparison: one party, or the run of parties a joint text stands for.
#[derive(Clone, Debug, PartialEq)]
pub enum Column<'a> {
    Party { party: &'a Party, stand: Stand<'a> },
    Joint { joint: &'a JointText, parties: Vec<&'a Party> },
}

/// How the stated positions on an issue compare, for the marker in the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Comparison {
    Converge,
    Diverge,
    /// Every party is on record (in its own words, or in a joint text with others) and the
    /// editors did not classify it; `of` is how many parties there are ("both", "all three").
    AllSpoke {
        of: usize,
    },
    /// Only these parties (by short name) are on record, on their own or in a joint text.
    OnlySome(Vec<String>),
    /// A text issued together stands for every party.
    Joint,
    /// No party is on record; `of` as for [`Comparison::AllSpoke`].
    NoneSpoke {
        of: usize,
    },
}

impl Dataset {
    /// The parties whose own words on `issue` are on record (a joint text is not one side's own).
    pub fn on_record<'a>(&'a self, issue: &'a Issue) -> impl Iterator<Item = &'a Party> {
        self.parties.iter().filter(move |p| matches!(self.stand(issue, &p.id), Stand::OnRecord(_)))
    }

    /// A joint text puts its parties on record, but not in words of their own: it counts for
    /// who is on record, never for an alignment (which the validator only allows when every
    /// party has its own words).
    pub fn comparison(&self, issue: &Issue) -> Comparison {
        let of = self.parties.len();
        let stands: Vec<(&Party, Stand)> = self.parties.iter().map(|p| (p, self.stand(issue, &p.id))).collect();
        let covered: Vec<String> = stands
            .iter()
            .filter(|(_, stand)| matches!(stand, Stand::OnRecord(_) | Stand::Joint(_)))
            .map(|(p, _)| p.short_name.clone())
            .collect();
        let all_joint = stands.iter().all(|(_, stand)| matches!(stand, Stand::Joint(_)));
        match (covered.len(), issue.alignment) {
            (_, _) if all_joint && of > 0 => Comparison::Joint,
            (0, _) => Comparison::NoneSpoke { of },
            (n, _) if n < of => Comparison::OnlySome(covered),
            (_, Some(Alignment::Converge)) => Comparison::Converge,
            (_, Some(Alignment::Diverge)) => Comparison::Diverge,
            (_, None) => Comparison::AllSpoke { of },
        }
    }
}

/// The names editors write in the JSON, for messages that quote them back.
impl Alignment {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Converge => "converge",
            Self::Diverge => "diverge",
        }
    }
}

impl PositionStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::OnRecord => "on-record",
            Self::NoStatementFound => "no-statement-found",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::{MINIMAL, SYNTHETIC};
    use crate::model::load;

    #[test]
    fn comparisons_follow_who_spoke() {
        let d = load(SYNTHETIC).unwrap().into_data();
        let cmp = |id: &str| d.comparison(d.issue(id).unwrap());
        assert_eq!(cmp("water-rights"), Comparison::Converge);
        assert_eq!(cmp("shipping-lanes"), Comparison::Diverge);
        // Two parties in a joint text, the third in its own words: all three on record.
        assert_eq!(cmp("fisheries"), Comparison::AllSpoke { of: 3 });
        assert_eq!(cmp("data-exchange"), Comparison::OnlySome(vec!["Alderland".into(), "Borovia".into()]));
        assert_eq!(cmp("border-monitoring"), Comparison::OnlySome(vec!["Alderland".into(), "Cestia".into()]));
        // A joint text of every party.
        let mut all = d.clone();
        let fisheries = all.issues.iter_mut().find(|i| i.id == "fisheries").unwrap();
        fisheries.joint.as_mut().unwrap().parties.push("ces".into());
        fisheries.positions.clear();
        assert_eq!(all.comparison(all.issue("fisheries").unwrap()), Comparison::Joint);
        // No party found on record.
        let minimal = load(MINIMAL).unwrap();
        assert_eq!(minimal.comparison(minimal.issue("fentanyl").unwrap()), Comparison::NoneSpoke { of: 2 });
    }

    #[test]
    fn every_party_has_a_stand_and_a_joint_text_is_one_column() {
        let d = load(SYNTHETIC).unwrap();
        let exchange = d.issue("data-exchange").unwrap();
        assert!(
            matches!(d.stand(exchange, "ces"), Stand::NotFound(p) if p.checked.as_deref() == Some("2025-03-10/2025-03-14"))
        );
        assert!(matches!(d.stand(exchange, "ald"), Stand::OnRecord(_)));
        assert!(matches!(d.stand(exchange, "bor"), Stand::OnRecord(_)), "a paraphrase is on record");
        assert_eq!(d.columns(exchange).len(), 3);
        let fisheries = d.columns(d.issue("fisheries").unwrap());
        assert!(
            matches!(&fisheries[..], [Column::Joint { parties, .. }, Column::Party { party, .. }] if parties.len() == 2 && party.id == "ces")
        );
        assert_eq!(d.stand(d.issue("fisheries").unwrap(), "nobody"), Stand::Silent);
    }

    #[test]
    fn relations_work_in_both_directions() {
        let mut d = load(SYNTHETIC).unwrap().into_data();
        // An issue that lists an event which does not list it back.
        d.issues.iter_mut().find(|i| i.id == "data-exchange").unwrap().events.push("ferry-service".into());
        let water = d.issue("water-rights").unwrap();
        // Listed on both sides, on the issue's side only, and on the event's side only.
        assert!(d.are_related(water, d.event("ministers-meet").unwrap()));
        assert!(d.are_related(d.issue("data-exchange").unwrap(), d.event("ferry-service").unwrap()));
        assert!(d.are_related(water, d.event("survey-published").unwrap()));
        assert!(!d.are_related(water, d.event("ferry-incident").unwrap()));
        let issues: Vec<&str> = d.issues_for_event("three-party-talks").iter().map(|i| i.id.as_str()).collect();
        assert_eq!(issues, ["water-rights", "fisheries", "border-monitoring"], "in the dataset's order");
        assert!(d.issues_for_event("no-such-event").is_empty());
    }
}
