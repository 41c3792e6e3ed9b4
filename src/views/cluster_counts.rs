//! A cluster's label says how many events it stands for ("15 events, 11–17 Nov 2023"). The
//! pre-render writes it for every event; while find or "only related" hides some, the label
//! counts only those shown, and the cluster steps out when none is: it never claims hidden
//! events. The labels stay the pre-render's elements, updated in place (no island per cluster,
//! no new nodes): the axis's island runs this.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::timeline_state::ShownEvents;
use super::words::LiveStrings;
use crate::platform;
use crate::state::find::counts_in;

/// The attribute that carries a cluster's members, as the index positions (date order) of its
/// first and last event: "12 26".
pub const MEMBERS_ATTR: &str = "data-members";
/// The attribute that carries a cluster's dates as its label says them.
pub const DATES_ATTR: &str = "data-dates";

/// Keeps every cluster's label in step with the events shown. One effect over them all: each
/// change counts each cluster once, from one pass over the events.
pub fn count_clusters(shown: ShownEvents, words: &'static LiveStrings) {
    let labels = std::cell::RefCell::new(None::<Vec<Label>>);
    Effect::new(move |_| {
        let shown = shown.all();
        let mut labels = labels.borrow_mut();
        let labels = labels.get_or_insert_with(Label::read_all);
        let ranges: Vec<(usize, usize)> = labels.iter().map(|label| label.members).collect();
        for (label, count) in labels.iter_mut().zip(counts_in(&shown, &ranges)) {
            label.show(count, words);
        }
    });
}

/// One cluster's label as the page has it, and the count it says now.
struct Label {
    button: web_sys::Element,
    members: (usize, usize),
    dates: String,
    count: usize,
}

impl Label {
    fn read_all() -> Vec<Self> {
        platform::dom::all(&format!("[{MEMBERS_ATTR}]"))
            .into_iter()
            .filter_map(|button| {
                let members = button.get_attribute(MEMBERS_ATTR)?;
                let (first, last) = members.split_once(' ')?;
                let members = (number(first)?, number(last)?);
                let dates = button.get_attribute(DATES_ATTR)?;
                Some(Self { button, members, dates, count: members.1 + 1 - members.0 })
            })
            .collect()
    }

    /// Says `count`, writing to the page only if that changes what it says.
    fn show(&mut self, count: usize, words: &LiveStrings) {
        if count == self.count {
            return;
        }
        if let Some(label) = self.button.first_element_child() {
            if count > 0 {
                label.set_text_content(Some(&words.cluster(count, &self.dates)));
            }
        }
        if let Some(slot) = self.button.parent_element().and_then(|slot| slot.dyn_into::<web_sys::HtmlElement>().ok()) {
            slot.set_hidden(count == 0);
        }
        self.count = count;
    }
}

/// A whole number written in digits; no general number parsing in the reader's bundle.
fn number(digits: &str) -> Option<usize> {
    digits.bytes().try_fold(0usize, |n, b| b.is_ascii_digit().then(|| n * 10 + usize::from(b - b'0')))
}
