//! The little the interactive parts need of a story: ids, titles, which issues and events are
//! related, and the date order. The pre-render writes it as a file beside each edition's page
//! (`page::STORY_INDEX_FILE`), so the reader's bundle reads this instead of the whole dataset.

use serde::{Deserialize, Serialize};

use super::schema::Dataset;
use super::timeline_layout::TimelineLayout;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IndexEntry {
    pub id: String,
    pub title: String,
    /// For an issue, its events in date order; for an event, its issues in dataset order.
    pub related: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StoryIndex {
    /// The story's title, for the embed code's frame title.
    pub title: String,
    /// The story's language (`meta.language`): the islands speak it.
    pub language: String,
    pub issues: Vec<IndexEntry>,
    /// In date order, as the timeline places them.
    pub events: Vec<IndexEntry>,
}

fn find<'a>(entries: &'a [IndexEntry], id: &str) -> Option<&'a IndexEntry> {
    entries.iter().find(|e| e.id == id)
}

impl StoryIndex {
    pub fn new(data: &Dataset, layout: &TimelineLayout) -> Self {
        let events = layout.events.iter().filter_map(|placed| data.event(&placed.id));
        let issues = data.issues.iter().map(|issue| IndexEntry {
            id: issue.id.clone(),
            title: issue.title.clone(),
            related: events.clone().filter(|e| data.are_related(issue, e)).map(|e| e.id.clone()).collect(),
        });
        let events = events.clone().map(|event| IndexEntry {
            id: event.id.clone(),
            title: event.title.clone(),
            related: data.issues_for_event(&event.id).into_iter().map(|i| i.id.clone()).collect(),
        });
        Self {
            title: data.meta.title.clone(),
            language: data.meta.language.clone(),
            issues: issues.collect(),
            events: events.collect(),
        }
    }

    /// The index as the page carries it, beside the HTML (`platform::story_index` reads it).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("an index of strings always serialises")
    }

    pub fn issue(&self, id: &str) -> Option<&IndexEntry> {
        find(&self.issues, id)
    }

    pub fn event(&self, id: &str) -> Option<&IndexEntry> {
        find(&self.events, id)
    }

    /// The event `step` places before or after `id` in date order, for previous and next;
    /// with no `id`, the first event.
    pub fn neighbour(&self, id: Option<&str>, step: isize) -> Option<&str> {
        let Some(id) = id else { return self.events.first().map(|e| e.id.as_str()) };
        let at = self.events.iter().position(|e| e.id == id)?;
        self.events.get(at.checked_add_signed(step)?).map(|e| e.id.as_str())
    }

    pub fn are_related(&self, issue: &str, event: &str) -> bool {
        self.issue(issue).is_some_and(|i| i.related.iter().any(|e| e == event))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::SYNTHETIC;
    use crate::model::load;

    fn index() -> StoryIndex {
        load(SYNTHETIC).unwrap().index().as_ref().clone()
    }

    #[test]
    fn holds_every_issue_and_event_in_date_order() {
        let data = load(SYNTHETIC).unwrap();
        let index = index();
        assert_eq!(index.issues.len(), data.issues.len());
        let by_date: Vec<&str> = data.dates().events_by_date(&data).iter().map(|(e, _)| e.id.as_str()).collect();
        let indexed: Vec<&str> = index.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(indexed, by_date);
        assert_eq!(index.issue("water-rights").unwrap().title, "Shared river water");
        assert_eq!(index.title, data.meta.title);
    }

    #[test]
    fn relations_agree_in_both_directions() {
        let index = index();
        // In date order; survey-published lists the issue, the issue does not list it.
        assert_eq!(
            index.issue("water-rights").unwrap().related,
            ["ministers-meet", "survey-published", "three-party-talks"]
        );
        for event in &index.events {
            for issue in &index.issues {
                assert_eq!(event.related.contains(&issue.id), index.are_related(&issue.id, &event.id));
            }
        }
    }

    #[test]
    fn neighbours_step_in_date_order() {
        let index = index();
        assert_eq!(index.neighbour(None, 1), Some("ferry-incident"));
        assert_eq!(index.neighbour(Some("ministers-meet"), 1), Some("survey-published"));
        assert_eq!(index.neighbour(Some("ministers-meet"), -1), Some("preparatory-letter"));
        assert_eq!(index.neighbour(Some("ferry-incident"), -1), None);
        // First in the file, last but one in time.
        assert_eq!(index.neighbour(Some("working-group"), 1), Some("ferry-service"));
        assert_eq!(index.neighbour(Some("working-group"), -1), Some("joint-communique"));
        assert_eq!(index.neighbour(Some("ferry-service"), 1), None);
        assert_eq!(index.neighbour(Some("no-such-event"), 1), None);
    }

    #[test]
    fn round_trips_through_json() {
        let index = index();
        let json = index.to_json();
        assert_eq!(serde_json::from_str::<StoryIndex>(&json).unwrap(), index);
    }
}
