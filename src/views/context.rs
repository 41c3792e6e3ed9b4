//! The story the static components render. Islands, which also run in the reader's bundle,
//! never read it: they read only `Shared` (`shared.rs`), the story's index and the selection.

use std::ops::Deref;
use std::sync::Arc;

use leptos::prelude::*;

use crate::model::Story;
use crate::page::Edition;

/// The story as this page shows it: a story the validator accepted (views never validate), where
/// its data was read from, and the same story in other languages.
pub struct ShownStory {
    story: Story,
    /// Where the dataset was read from, for readers who want the data itself.
    pub data_url: String,
    /// The same story in other languages, which the header links to.
    pub editions: Vec<&'static Edition>,
}

impl ShownStory {
    pub fn new(story: Story, data_url: &str) -> Arc<Self> {
        Arc::new(Self { story, data_url: data_url.to_string(), editions: Vec::new() })
    }

    /// The story as one edition of several.
    pub fn edition(story: Story, data_url: &str, others: Vec<&'static Edition>) -> Arc<Self> {
        Self::new(story, data_url).with_editions(others)
    }

    /// This story, linked to its `others` editions; a story already shared elsewhere stays as it is.
    pub fn with_editions(self: Arc<Self>, others: Vec<&'static Edition>) -> Arc<Self> {
        match Arc::try_unwrap(self) {
            Ok(mut shown) => {
                shown.editions = others;
                Arc::new(shown)
            }
            Err(shared) => shared,
        }
    }
}

/// A shown story reads as its story: `story.data()`, `story.dates()`, `story.layout()`.
impl Deref for ShownStory {
    type Target = Story;

    fn deref(&self) -> &Story {
        &self.story
    }
}

/// Only static components ask for it: the reader's bundle never carries the dataset.
pub fn use_story() -> Arc<ShownStory> {
    expect_context::<Arc<ShownStory>>()
}
