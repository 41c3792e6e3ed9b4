//! A dataset the validator accepted, with what is derived from it once: its dates as the
//! validator parsed them, the timeline's layout and the story index. The only way to one is
//! through validation, so whoever holds a [`Story`] never validates again.

use std::ops::Deref;
use std::sync::Arc;

use super::error::DataError;
use super::schema::Dataset;
use super::story_dates::StoryDates;
use super::story_index::StoryIndex;
use super::timeline_layout::TimelineLayout;
use super::validate::check;

#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    data: Dataset,
    dates: StoryDates,
    layout: TimelineLayout,
    index: Arc<StoryIndex>,
}

impl Story {
    /// Validates `data` once; the story keeps the dates that validation parsed. Every problem
    /// otherwise, in document order.
    pub fn new(data: Dataset) -> Result<Self, Vec<DataError>> {
        match check(&data) {
            (Some(dates), errors) if errors.is_empty() => Ok(Self::with_dates(data, dates)),
            (_, errors) => Err(errors),
        }
    }

    /// A draft that can be drawn though it cannot be published yet: the story, and the problems
    /// that block publishing only ([`super::Problem::blocks_drawing`]); every problem, if one
    /// of them blocks drawing.
    pub fn draft(data: Dataset) -> Result<(Self, Vec<DataError>), Vec<DataError>> {
        match check(&data) {
            (Some(dates), errors) if errors.iter().all(|e| !e.reason.problem.blocks_drawing()) => {
                Ok((Self::with_dates(data, dates), errors))
            }
            (_, errors) => Err(errors),
        }
    }

    fn with_dates(data: Dataset, dates: StoryDates) -> Self {
        let layout = TimelineLayout::with_dates(&data, &dates);
        let index = Arc::new(StoryIndex::new(&data, &layout));
        Self { data, dates, layout, index }
    }

    pub fn data(&self) -> &Dataset {
        &self.data
    }

    /// Every date of the story, as the validator parsed it: views read these, never the text.
    pub fn dates(&self) -> &StoryDates {
        &self.dates
    }

    pub fn layout(&self) -> &TimelineLayout {
        &self.layout
    }

    /// What the islands start from; shared, since the page hands it on as it is.
    pub fn index(&self) -> &Arc<StoryIndex> {
        &self.index
    }

    /// The dataset back, to change it; what changed becomes a story again only through [`Story::new`].
    pub fn into_data(self) -> Dataset {
        self.data
    }
}

/// A story reads as its dataset: `story.issues`, `story.meta.title`.
impl Deref for Story {
    type Target = Dataset;

    fn deref(&self) -> &Dataset {
        &self.data
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::SYNTHETIC;
    use crate::model::parse;

    #[test]
    fn a_story_is_made_only_from_a_valid_dataset() {
        let data = parse(SYNTHETIC).unwrap();
        let story = Story::new(data.clone()).unwrap();
        assert_eq!(story.data(), &data);
        assert_eq!(story.layout().events.len(), data.events.len());
        assert_eq!(story.index().events.len(), data.events.len());
        let mut broken = story.into_data();
        broken.events[0].date = "2023-02-30".into();
        let errors = Story::new(broken).unwrap_err();
        assert_eq!(errors.iter().map(|e| e.place.to_string()).collect::<Vec<_>>(), ["events[0].date"]);
    }

    #[test]
    fn a_story_may_be_a_timeline_alone() {
        let story = Story::new(parse(crate::model::fixtures::TIMELINE_ONLY).unwrap()).unwrap();
        assert!(story.issues.is_empty() && story.parties.is_empty() && story.meta.key_date.is_none());
        // Parties are needed only to compare something.
        let mut data = parse(SYNTHETIC).unwrap();
        data.parties.clear();
        let errors = Story::new(data).unwrap_err();
        assert!(errors.iter().any(|e| e.place.to_string() == "parties"), "issues need parties");
    }

    #[test]
    fn a_draft_is_drawn_while_only_its_publishing_is_blocked() {
        let mut data = parse(SYNTHETIC).unwrap();
        data.events[0].sources.clear();
        data.events[1].title = " ".into();
        assert!(Story::new(data.clone()).is_err(), "a draft with problems is not a story to publish");
        let (story, problems) = Story::draft(data.clone()).unwrap();
        assert_eq!(story.layout().events.len(), data.events.len());
        let places: Vec<String> = problems.iter().map(|e| e.place.to_string()).collect();
        assert_eq!(places, ["events[0].sources", "events[1].title"]);
        // A broken date or reference cannot be drawn at all: every problem comes back.
        data.events[2].date = "2023-02-30".into();
        let errors = Story::draft(data).unwrap_err();
        assert_eq!(errors.len(), 3);
        assert!(errors.iter().any(|e| e.reason.problem.blocks_drawing()));
    }
}
