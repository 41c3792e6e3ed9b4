//! Work that can wait for the frame of the input that caused it: the page's answer to a click
//! is painted first, and what follows from it comes one frame later.

use std::time::Duration;

use leptos::prelude::{request_animation_frame, set_timeout};

/// The longest `then` waits where no frame comes (a page or frame the browser does not paint,
/// such as a hidden tab): it still runs.
const AT_THE_LATEST: Duration = Duration::from_millis(100);

/// Runs `then` once the next frame has been painted (a task queued from the frame's animation
/// callback runs after its paint), or after `AT_THE_LATEST` without a frame; once either way.
pub fn after_next_paint(then: impl FnOnce() + 'static) {
    let then = std::rc::Rc::new(std::cell::Cell::new(Some(then)));
    let run = {
        let then = then.clone();
        move || {
            if let Some(then) = then.take() {
                then();
            }
        }
    };
    let fallback = run.clone();
    request_animation_frame(move || set_timeout(run, Duration::ZERO));
    set_timeout(fallback, AT_THE_LATEST);
}
