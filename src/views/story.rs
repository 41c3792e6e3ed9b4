//! The loaded story and the reader's selection, shared with every view through context.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::{Dataset, TimelineLayout};
use crate::state::Selection;

/// A validated dataset with what is derived from it once, not on every render.
pub struct Story {
    pub data: Dataset,
    pub layout: TimelineLayout,
}

impl Story {
    pub fn new(data: Dataset) -> Arc<Self> {
        let layout = TimelineLayout::new(&data);
        Arc::new(Self { data, layout })
    }
}

pub fn use_story() -> Arc<Story> {
    expect_context::<Arc<Story>>()
}

pub fn use_selection() -> ReadSignal<Selection> {
    expect_context::<ReadSignal<Selection>>()
}

pub fn use_set_selection() -> WriteSignal<Selection> {
    expect_context::<WriteSignal<Selection>>()
}
