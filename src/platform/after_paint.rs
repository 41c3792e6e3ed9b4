//! Work the reader does not wait to see, run once the frame that answers their input is shown.

use std::time::Duration;

use leptos::prelude::{request_animation_frame, set_timeout};

/// Runs `work` after the next frame: an animation frame callback runs just before that frame's
/// style, layout and paint, and a zero timeout queued from it runs after them. Calls keep their
/// order.
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(work, Duration::ZERO));
}
