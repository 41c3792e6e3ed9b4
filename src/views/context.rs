//! The story the static components render. Islands, which also run in the reader's bundle,
//! never read it: they read only `Shared` (`shared.rs`), the story's index and the selection.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::{DataError, Dataset, StoryDates, StoryIndex, TimelineLayout};
use crate::page::Edition;

/// A validated dataset with what is derived from it once, not on every render.
pub struct Story {
    pub data: Dataset,
    /// Every date of the story, as the validator parsed it: views read these, never the text.
    pub dates: StoryDates,
    pub layout: TimelineLayout,
    pub index: Arc<StoryIndex>,
    /// Where the dataset was read from, for readers who want the data itself.
    pub data_url: String,
    /// The same story in other languages, which the header links to.
    pub editions: Vec<&'static Edition>,
}

impl Story {
    /// The story of a dataset [`crate::model::load`] accepted. Any other is a caller's bug, so
    /// it panics, naming every problem; [`Story::try_new`] reports them instead.
    pub fn new(data: Dataset, data_url: &str) -> Arc<Self> {
        Self::try_new(data, data_url).unwrap_or_else(|errors| {
            let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("Story::new takes a dataset that model::load accepted; this one has: {}", errors.join("; "))
        })
    }

    /// The story, validating the dataset and keeping the dates it parsed; every problem otherwise.
    pub fn try_new(data: Dataset, data_url: &str) -> Result<Arc<Self>, Vec<DataError>> {
        let dates = StoryDates::new(&data)?;
        let layout = TimelineLayout::with_dates(&data, &dates);
        let index = Arc::new(StoryIndex::new(&data, &layout));
        Ok(Arc::new(Self { data, dates, layout, index, data_url: data_url.to_string(), editions: Vec::new() }))
    }

    /// The story of a dataset `load` accepted, as one edition of several (see [`Story::new`]).
    pub fn edition(data: Dataset, data_url: &str, others: Vec<&'static Edition>) -> Arc<Self> {
        Self::new(data, data_url).with_editions(others)
    }

    /// This story, linked to its `others` editions; a story already shared elsewhere stays as it is.
    pub fn with_editions(self: Arc<Self>, others: Vec<&'static Edition>) -> Arc<Self> {
        match Arc::try_unwrap(self) {
            Ok(mut story) => {
                story.editions = others;
                Arc::new(story)
            }
            Err(shared) => shared,
        }
    }
}

/// Only static components ask for it: the reader's bundle never carries the dataset.
pub fn use_story() -> Arc<Story> {
    expect_context::<Arc<Story>>()
}
