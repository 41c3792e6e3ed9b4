//! What the reader has picked: at most one issue and one event. Every view reads this one value.

use crate::model::StoryIndex;

use super::query;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub issue: Option<String>,
    pub event: Option<String>,
}

/// Why a selection from the URL was not applied, for the gentle notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownId {
    pub kind: &'static str,
    pub id: String,
}

impl Selection {
    /// Reads `?issue=…&event=…`, dropping ids the dataset does not know.
    pub fn from_query(q: &str, index: &StoryIndex) -> (Self, Vec<UnknownId>) {
        let mut unknown = Vec::new();
        let mut pick = |kind: &'static str, known: &dyn Fn(&str) -> bool| {
            let id = query::get(q, kind).filter(|id| !id.is_empty())?;
            if known(&id) {
                Some(id)
            } else {
                unknown.push(UnknownId { kind, id });
                None
            }
        };
        let issue = pick("issue", &|id| index.issue(id).is_some());
        let event = pick("event", &|id| index.event(id).is_some());
        (Self { issue, event }, unknown)
    }

    /// `q` with this selection written into it; other parameters are kept.
    pub fn to_query(&self, q: &str) -> String {
        let q = query::set(q, "issue", self.issue.as_deref());
        query::set(&q, "event", self.event.as_deref())
    }

    /// Picking the open issue again closes it, as a disclosure does.
    pub fn toggle_issue(&self, id: &str) -> Self {
        let issue = (self.issue.as_deref() != Some(id)).then(|| id.to_string());
        Self { issue, ..self.clone() }
    }

    pub fn with_issue(&self, id: &str) -> Self {
        Self { issue: Some(id.to_string()), ..self.clone() }
    }

    pub fn with_event(&self, id: &str) -> Self {
        Self { event: Some(id.to_string()), ..self.clone() }
    }

    pub fn without_event(&self) -> Self {
        Self { event: None, ..self.clone() }
    }

    pub fn is_empty(&self) -> bool {
        self.issue.is_none() && self.event.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::SYNTHETIC;
    use crate::model::load;

    fn data() -> StoryIndex {
        let data = load(SYNTHETIC).expect("the synthetic test story is valid");
        data.index().as_ref().clone()
    }

    #[test]
    fn round_trips_through_the_query_string() {
        let d = data();
        let (s, unknown) = Selection::from_query("?embed=1&issue=fisheries&event=ministers-meet", &d);
        assert!(unknown.is_empty());
        assert_eq!(s.issue.as_deref(), Some("fisheries"));
        assert_eq!(s.event.as_deref(), Some("ministers-meet"));
        assert_eq!(s.to_query("?embed=1"), "?embed=1&issue=fisheries&event=ministers-meet");
        assert_eq!(Selection::default().to_query("?embed=1&issue=fisheries"), "?embed=1");
    }

    #[test]
    fn unknown_ids_are_reported_and_dropped() {
        let (s, unknown) = Selection::from_query("?issue=fisherie&event=ferry-incident", &data());
        assert_eq!(s.issue, None);
        assert_eq!(s.event.as_deref(), Some("ferry-incident"));
        assert_eq!(unknown, vec![UnknownId { kind: "issue", id: "fisherie".into() }]);
    }

    #[test]
    fn transitions() {
        let s = Selection::default().toggle_issue("fisheries");
        assert_eq!(s.issue.as_deref(), Some("fisheries"));
        assert_eq!(s.toggle_issue("fisheries").issue, None);
        assert_eq!(s.toggle_issue("shipping-lanes").issue.as_deref(), Some("shipping-lanes"));
        let s = s.with_event("ferry-incident");
        assert_eq!(s.issue.as_deref(), Some("fisheries"), "picking an event keeps the issue");
        assert!(s.without_event().event.is_none());
        assert!(!s.is_empty());
    }
}
