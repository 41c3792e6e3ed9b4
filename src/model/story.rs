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
        let dates = check(&data)?;
        let layout = TimelineLayout::with_dates(&data, &dates);
        let index = Arc::new(StoryIndex::new(&data, &layout));
        Ok(Self { data, dates, layout, index })
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
}
