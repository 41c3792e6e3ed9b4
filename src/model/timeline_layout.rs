//! Where each event, era and month tick sits on the timeline's date axis.

use super::date::{DateSpan, Day};
use super::dates::StoryDates;
use super::schema::Dataset;

/// A marker narrower than this share of the axis would overlap its neighbour, so it moves to the next lane.
const MIN_GAP: f64 = 0.03;

#[derive(Clone, Debug, PartialEq)]
pub struct PlacedEvent {
    pub id: String,
    pub span: DateSpan,
    /// 0.0 at the axis start, 1.0 at its end.
    pub x: f64,
    pub lane: usize,
    pub era: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlacedEra {
    pub id: String,
    pub label: String,
    pub x0: f64,
    pub x1: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub label: String,
    pub x: f64,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct TimelineLayout {
    pub events: Vec<PlacedEvent>,
    pub eras: Vec<PlacedEra>,
    pub ticks: Vec<Tick>,
    pub key_x: Option<f64>,
    pub lanes: usize,
}

impl TimelineLayout {
    /// The layout of a valid dataset; an invalid one has nothing to place (its errors are shown
    /// instead), so it gets the empty layout.
    pub fn new(data: &Dataset) -> Self {
        StoryDates::new(data).map(|dates| Self::with_dates(data, &dates)).unwrap_or_default()
    }

    /// The layout from the dates the validator parsed.
    pub fn with_dates(data: &Dataset, dates: &StoryDates) -> Self {
        let spans: Vec<(&str, DateSpan, Option<&String>)> =
            dates.events_by_date(data).into_iter().map(|(e, span)| (e.id.as_str(), span, e.era.as_ref())).collect();
        let eras: Vec<(&str, &str, DateSpan)> =
            data.eras.iter().filter_map(|e| Some((e.id.as_str(), e.label.as_str(), dates.era(&e.id)?))).collect();
        let starts = spans.iter().map(|s| s.1.start).chain(eras.iter().map(|e| e.2.start));
        let ends = spans.iter().map(|s| s.1.end).chain(eras.iter().map(|e| e.2.end));
        let (Some(first), Some(last)) = (starts.min(), ends.max()) else { return Self::default() };
        // Pad to whole months so the axis opens and closes on a tick.
        let first = Day { day: 1, ..first };
        let last = Day { day: last.days_in_month(), ..last };
        let (lo, hi) = (first.ordinal() as f64, last.ordinal() as f64 + 1.0);
        let at = |ordinal: f64| ((ordinal - lo) / (hi - lo)).clamp(0.0, 1.0);

        let mut lane_ends: Vec<f64> = Vec::new();
        let events = spans
            .iter()
            .map(|(id, span, era)| {
                let x = at(span.midpoint() + 0.5);
                let lane = lane_ends.iter().position(|end| x - end >= MIN_GAP).unwrap_or(lane_ends.len());
                match lane_ends.get_mut(lane) {
                    Some(end) => *end = x,
                    None => lane_ends.push(x),
                }
                PlacedEvent { id: id.to_string(), span: *span, x, lane, era: era.map(|e| e.to_string()) }
            })
            .collect();

        let eras = eras
            .iter()
            .map(|(id, label, span)| PlacedEra {
                id: id.to_string(),
                label: label.to_string(),
                x0: at(span.start.ordinal() as f64),
                x1: at(span.end.ordinal() as f64 + 1.0),
            })
            .collect();

        let mut ticks = Vec::new();
        let (mut year, mut month) = (first.year, first.month);
        while (year, month) <= (last.year, last.month) {
            let day = Day { year, month, day: 1 };
            let label = if month == 1 || ticks.is_empty() {
                format!("{} {year}", day.month_name())
            } else {
                day.month_name().to_string()
            };
            ticks.push(Tick { label, x: at(day.ordinal() as f64) });
            (year, month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
        }

        let key_x = Some(at(dates.key.midpoint() + 0.5));
        Self { lanes: lane_ends.len(), events, eras, ticks, key_x }
    }
}

/// A 0–1 axis position as a CSS number with four decimals, using integer formatting only
/// (float formatting would add about 10 KB to the wasm bundle).
pub fn css_fraction(x: f64) -> String {
    let n = (x.clamp(0.0, 1.0) * 10_000.0).round() as u32;
    format!("{}.{:04}", n / 10_000, n % 10_000)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{load, BUNDLED_JSON};

    #[test]
    fn every_event_is_placed_once() {
        let data = load(BUNDLED_JSON).unwrap();
        let layout = TimelineLayout::new(&data);
        let mut placed: Vec<&str> = layout.events.iter().map(|e| e.id.as_str()).collect();
        let mut ids: Vec<&str> = data.events.iter().map(|e| e.id.as_str()).collect();
        placed.sort_unstable();
        ids.sort_unstable();
        assert_eq!(placed, ids);
    }

    #[test]
    fn css_fraction_formats_without_floats() {
        assert_eq!(css_fraction(0.0), "0.0000");
        assert_eq!(css_fraction(0.12345), "0.1235");
        assert_eq!(css_fraction(1.0), "1.0000");
        assert_eq!(css_fraction(2.0), "1.0000");
    }

    #[test]
    fn events_are_placed_in_date_order_without_overlap() {
        let data = load(BUNDLED_JSON).unwrap();
        let layout = TimelineLayout::new(&data);
        assert!(layout.events.windows(2).all(|w| w[0].x <= w[1].x), "sorted by date");
        for (i, a) in layout.events.iter().enumerate() {
            for b in &layout.events[i + 1..] {
                assert!(a.lane != b.lane || (b.x - a.x) >= MIN_GAP, "{} and {} overlap", a.id, b.id);
            }
        }
        let key = layout.key_x.expect("the meeting day is on the axis");
        let on_key_date =
            data.events.iter().find(|e| e.date == data.meta.key_date.date).expect("an event on the key date");
        let meeting = layout.events.iter().find(|e| e.id == on_key_date.id).unwrap();
        assert!((meeting.x - key).abs() < 1e-9);
        assert_eq!(layout.eras.len(), data.eras.len());
        assert!(layout.eras.windows(2).all(|w| w[0].x1 <= w[1].x0 + 1e-9), "eras do not overlap");
        assert!(layout.ticks.windows(2).all(|w| w[0].x < w[1].x), "ticks in order");
    }
}
