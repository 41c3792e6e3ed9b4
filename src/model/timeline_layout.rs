//! Where each event, era and tick sits on the timeline's date axis, and, at each zoom level,
//! which events show their titles (in which lane) and which are gathered into a labelled cluster.
//!
//! The axis is drawn `level_px(level)` pixels wide at each zoom level (wider if its box is; more
//! room only spreads things out). Titles take a fixed `LABEL_PX` slot in one of `LANES` lanes,
//! so, placed here, no two labels can overlap at any width.

use super::date_span::{DateSpan, Day, Precision};
use super::schema::Dataset;
use super::story_dates::StoryDates;

/// A marker narrower than this share of the axis would overlap its neighbour, so it moves to the next lane.
const MIN_GAP: f64 = 0.03;

/// Zoom levels, each twice as wide as the one before.
pub const ZOOM_LEVELS: usize = 10;
/// The axis width at level 0, with a title's room after its end: it fits the box the axis is
/// drawn in on a 768 px screen, and level 1 fits a 1280 px one.
pub const BASE_PX: f64 = 470.0;
/// A title's slot: its label (`timeline.css`, 8.75rem at 16 px) and the gap after it.
pub const LABEL_PX: f64 = 150.0;
/// Rows of labels above the axis.
pub const LANES: usize = 4;
/// Room for a tick's label ("Sep", "2023", "15") and for an era's, per character.
const TICK_PX: f64 = 44.0;
const CHAR_PX: f64 = 7.5;
/// A day's tick: its number, and room for the month's name ("Jan 2023") on the first.
const DAY_TICK_PX: f64 = 60.0;

/// How wide the axis is drawn at `level`.
pub fn level_px(level: usize) -> f64 {
    BASE_PX * (1u32 << level.min(ZOOM_LEVELS - 1)) as f64
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlacedEvent {
    pub id: String,
    pub span: DateSpan,
    /// 0.0 at the axis start, 1.0 at its end.
    pub x: f64,
    pub lane: usize,
    pub era: Option<String>,
    /// At each zoom level, the lane of its title, or `None` inside a cluster.
    pub lanes: Vec<Option<usize>>,
}

impl PlacedEvent {
    /// The first zoom level at which its title shows, if any does.
    pub fn fit_level(&self) -> Option<usize> {
        self.lanes.iter().position(Option::is_some)
    }
}

/// Events too close to label one by one at a zoom level: one label for all of them.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    pub level: usize,
    /// Indexes into `TimelineLayout::events` (date order), inclusive.
    pub first: usize,
    pub last: usize,
    pub lane: usize,
    pub x0: f64,
    pub x1: f64,
    /// From the first member's start to the last one's end.
    pub span: DateSpan,
    /// The level a click zooms to: the first at which every member shows its title, else the
    /// deepest.
    pub opens_at: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlacedEra {
    pub id: String,
    pub label: String,
    pub x0: f64,
    pub x1: f64,
    /// The first zoom level with room for its label.
    pub level: usize,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    pub label: TickLabel,
    pub x: f64,
    /// The first zoom level at which it shows: years first, then months, then days.
    pub level: usize,
}

/// What a tick on the axis names; the words are the string table's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickLabel {
    /// The first month shown, and every January: "Jan 2024".
    MonthOfYear {
        month: u32,
        year: i32,
    },
    Month(u32),
    /// A day of the month, where an event starts or ends.
    Day(u32),
    /// A year on an axis of decades or centuries, where a year has no room for its months.
    Year(i32),
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct TimelineLayout {
    pub events: Vec<PlacedEvent>,
    pub eras: Vec<PlacedEra>,
    pub ticks: Vec<Tick>,
    pub clusters: Vec<Cluster>,
    pub key_x: Option<f64>,
    pub lanes: usize,
    /// Days from the axis start to its end.
    pub days: f64,
}

/// The first level at which something `px` wide fits into `fraction` of the axis.
fn first_level_with_room(fraction: f64, px: f64) -> usize {
    (0..ZOOM_LEVELS).find(|&l| fraction * level_px(l) >= px).unwrap_or(ZOOM_LEVELS)
}

/// Groups events (their `xs`, in date order) at one level: each takes a label slot in the first
/// lane free at its place; one with no lane free joins the group placed last, which becomes a
/// cluster keeping its slot. Returns `(first, last, lane)` per group.
pub fn group(xs: &[f64], level: usize) -> Vec<(usize, usize, usize)> {
    let width = level_px(level);
    let mut lane_ends = [f64::NEG_INFINITY; LANES];
    let mut groups: Vec<(usize, usize, usize)> = Vec::new();
    for (i, x) in xs.iter().enumerate() {
        let px = x * width;
        match lane_ends.iter().position(|end| *end <= px) {
            Some(lane) => {
                lane_ends[lane] = px + LABEL_PX;
                groups.push((i, i, lane));
            }
            None => match groups.last_mut() {
                Some(group) => group.1 = i,
                None => groups.push((i, i, 0)),
            },
        }
    }
    groups
}

impl TimelineLayout {
    /// The layout from the dates the validator parsed ([`super::Story`] makes it, once).
    pub(super) fn with_dates(data: &Dataset, dates: &StoryDates) -> Self {
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
        let mut events: Vec<PlacedEvent> = spans
            .iter()
            .map(|(id, span, era)| {
                let x = at(span.midpoint() + 0.5);
                let lane = lane_ends.iter().position(|end| x - end >= MIN_GAP).unwrap_or(lane_ends.len());
                match lane_ends.get_mut(lane) {
                    Some(end) => *end = x,
                    None => lane_ends.push(x),
                }
                let era = era.map(|e| e.to_string());
                PlacedEvent { id: id.to_string(), span: *span, x, lane, era, lanes: vec![None; ZOOM_LEVELS] }
            })
            .collect();

        let xs: Vec<f64> = events.iter().map(|e| e.x).collect();
        let levels: Vec<Vec<(usize, usize, usize)>> = (0..ZOOM_LEVELS).map(|level| group(&xs, level)).collect();
        for (level, groups) in levels.iter().enumerate() {
            for &(first, last, lane) in groups {
                if first == last {
                    events[first].lanes[level] = Some(lane);
                }
            }
        }
        let clusters = levels
            .iter()
            .enumerate()
            .flat_map(|(level, groups)| groups.iter().map(move |g| (level, *g)))
            .filter(|(_, (first, last, _))| first != last)
            .map(|(level, (first, last, lane))| {
                let members = &events[first..=last];
                let opens_at = (level + 1..ZOOM_LEVELS)
                    .find(|&l| members.iter().all(|e| e.lanes[l].is_some()))
                    .unwrap_or(ZOOM_LEVELS - 1);
                let start = members.iter().map(|e| e.span.start).min().unwrap_or(first_day(members));
                let end = members.iter().map(|e| e.span.end).max().unwrap_or(first_day(members));
                let precision = members.iter().map(|e| e.span.precision).min().unwrap_or(Precision::Day);
                let span = DateSpan { start, end, precision };
                Cluster { level, first, last, lane, x0: members[0].x, x1: members[members.len() - 1].x, span, opens_at }
            })
            .collect();

        let days = hi - lo;
        let eras = eras
            .iter()
            .map(|(id, label, span)| {
                let (x0, x1) = (at(span.start.ordinal() as f64), at(span.end.ordinal() as f64 + 1.0));
                let room = (label.chars().count() as f64 + 2.0) * CHAR_PX;
                PlacedEra {
                    id: id.to_string(),
                    label: label.to_string(),
                    x0,
                    x1,
                    level: first_level_with_room(x1 - x0, room),
                }
            })
            .collect();

        // Years from the start, months once a month has room for its name, days once a day has.
        // On an axis too long for every year's name, years by millennium, century and decade first.
        let year_level = first_level_with_room(365.0 / days, TICK_PX);
        let month_level = first_level_with_room(28.0 / days, TICK_PX);
        let day_level = first_level_with_room(1.0 / days, DAY_TICK_PX);
        let mut ticks = Vec::new();
        if year_level > 0 {
            ticks.extend(year_ticks(first.year, last.year, days, &at));
        }
        let (mut year, mut month) = (first.year, first.month);
        while month_level < ZOOM_LEVELS && (year, month) <= (last.year, last.month) {
            let day = Day { year, month, day: 1 };
            let x = at(day.ordinal() as f64);
            let (label, level) = if year_level > 0 {
                (TickLabel::Month(month), month_level)
            } else if month == 1 || ticks.is_empty() {
                (TickLabel::MonthOfYear { month, year }, 0)
            } else {
                (TickLabel::Month(month), month_level)
            };
            // On a long axis, January is its year's tick.
            if !(year_level > 0 && month == 1) {
                ticks.push(Tick { label, x, level });
            }
            // Day ticks only on the days events start or end: a day's number is there to read
            // beside a marker, and every day of two years would weigh 4 KB gzip in the page.
            if day_level < ZOOM_LEVELS {
                let event_days = events.iter().flat_map(|e| [e.span.start, e.span.end]);
                let mut days: Vec<u32> =
                    event_days.filter(|d| (d.year, d.month) == (year, month) && d.day > 1).map(|d| d.day).collect();
                days.sort_unstable();
                days.dedup();
                for d in days {
                    let at_day = at(Day { day: d, ..day }.ordinal() as f64);
                    ticks.push(Tick { label: TickLabel::Day(d), x: at_day, level: day_level });
                }
            }
            (year, month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
        }

        if year_level > 0 {
            ticks = clear_of_the_first(ticks);
        }
        let key_x = dates.key.map(|key| at(key.midpoint() + 0.5));
        Self { lanes: lane_ends.len(), events, eras, ticks, clusters, key_x, days }
    }

    /// The clusters shown at `level`.
    pub fn clusters_at(&self, level: usize) -> impl Iterator<Item = &Cluster> {
        self.clusters.iter().filter(move |c| c.level == level)
    }
}

/// Year ticks on an axis of `days` days from `first` to `last`: each at the first level with
/// room for years as far apart as its own round number's (every 1000th, 100th, 10th year, then
/// every one), and the axis' first year from the start, so the axis is never unlabelled (unless
/// a round year shown from the start is too close to it, which then labels it).
fn year_ticks(first: i32, last: i32, days: f64, at: &impl Fn(f64) -> f64) -> impl Iterator<Item = Tick> + '_ {
    let level_of = move |year: i32| {
        let every = [1000, 100, 10, 1].into_iter().find(|n| year % n == 0).unwrap_or(1);
        first_level_with_room(365.25 * every as f64 / days, TICK_PX)
    };
    let x_of = move |year: i32| at(Day { year, month: 1, day: 1 }.ordinal() as f64);
    // Where the axis starts mid-year, its first year's tick stands at its start, nearer the next.
    let crowded = (first + 1..=last)
        .take_while(|year| (x_of(*year) - x_of(first)) * BASE_PX < TICK_PX)
        .any(|year| level_of(year) == 0);
    (first..=last).filter_map(move |year| {
        let level = if year == first && !crowded { 0 } else { level_of(year) };
        (level < ZOOM_LEVELS).then_some(Tick { label: TickLabel::Year(year), x: x_of(year), level })
    })
}

/// On a long axis, the first tick, shown from the start, is shown at every level: each other
/// tick shows only from the level with room between the two (or not at all).
fn clear_of_the_first(ticks: Vec<Tick>) -> Vec<Tick> {
    let Some(first) = ticks.first().filter(|t| t.level == 0).map(|t| t.x) else { return ticks };
    let room = |t: &Tick| first_level_with_room(t.x - first, TICK_PX);
    let (head, rest) = ticks.split_at(1);
    let rest = rest.iter().map(|t| Tick { level: t.level.max(room(t)), ..*t }).filter(|t| t.level < ZOOM_LEVELS);
    head.iter().copied().chain(rest).collect()
}

fn first_day(members: &[PlacedEvent]) -> Day {
    members[0].span.start
}

/// A 0–1 axis position with six decimals, for the deep zoom levels (a 138,000 px axis needs
/// sub-pixel places), using integer formatting only.
pub fn css_fraction_fine(x: f64) -> String {
    let n = (x.clamp(0.0, 1.0) * 1_000_000.0).round() as u32;
    format!("{}.{:06}", n / 1_000_000, n % 1_000_000)
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
    use crate::model::fixtures::SYNTHETIC;
    use crate::model::{load, Event, Story};

    /// The synthetic test story with its events copied `factor` times, as `bench/datasets.mjs`
    /// makes its large ones: every copy has an id of its own, and the issues cite every copy, so
    /// the big story validates (an invalid one would have no layout to test).
    pub(crate) fn scaled(factor: usize) -> Story {
        let data = load(SYNTHETIC).unwrap().into_data();
        let mut big = data.clone();
        big.events = (0..factor)
            .flat_map(|k| {
                data.events.iter().map(move |e| {
                    let mut e = e.clone();
                    e.id = format!("{}-{k}", e.id);
                    e
                })
            })
            .collect();
        for issue in &mut big.issues {
            issue.events = issue.events.iter().flat_map(|id| (0..factor).map(move |k| format!("{id}-{k}"))).collect();
        }
        Story::new(big).expect("the scaled story is valid")
    }

    #[test]
    fn an_axis_of_centuries_names_centuries_first_then_decades_then_years() {
        let story = load(crate::model::fixtures::TIMELINE_ONLY).unwrap();
        let layout = story.layout();
        assert_eq!(layout.key_x, None, "no key date, no key line");
        let at = |level: usize| -> Vec<TickLabel> {
            layout.ticks.iter().filter(|t| t.level <= level).map(|t| t.label).collect()
        };
        let years = |level: usize| -> Vec<i32> {
            at(level).into_iter().filter_map(|l| if let TickLabel::Year(y) = l { Some(y) } else { None }).collect()
        };
        // 800 to 2019: at the widest, the first year and the millennia; then centuries, decades.
        assert_eq!(years(0), [800, 1000, 2000]);
        assert!(years(2).contains(&1500) && !years(2).contains(&1510), "{:?}", years(2));
        let decades = (0..ZOOM_LEVELS).find(|&l| years(l).contains(&1510)).unwrap();
        let every_year = (0..ZOOM_LEVELS).find(|&l| years(l).contains(&1511)).unwrap();
        assert!(2 < decades && decades < every_year && every_year < ZOOM_LEVELS, "{decades} {every_year}");
        assert!(at(ZOOM_LEVELS - 1).iter().all(|l| matches!(l, TickLabel::Year(_))), "no room for months");
        // Labels shown together never crowd: at each level, ticks at least a label apart.
        for level in 0..ZOOM_LEVELS {
            let mut xs: Vec<f64> =
                layout.ticks.iter().filter(|t| t.level <= level).map(|t| t.x * level_px(level)).collect();
            xs.sort_by(f64::total_cmp);
            assert!(xs.windows(2).all(|w| w[1] - w[0] >= TICK_PX - 1.0), "level {level} crowds its ticks");
        }
    }

    #[test]
    fn a_first_year_beside_a_round_one_gives_way_to_it() {
        let mut data = load(crate::model::fixtures::TIMELINE_ONLY).unwrap().into_data();
        data.events[0].date = "1995".into();
        data.eras.clear();
        for event in &mut data.events[1..] {
            event.date = "2400".into();
        }
        let story = Story::new(data).unwrap();
        let widest: Vec<TickLabel> = story.layout().ticks.iter().filter(|t| t.level == 0).map(|t| t.label).collect();
        assert_eq!(widest[..2], [TickLabel::Year(2000), TickLabel::Year(2100)], "1995 would crowd 2000");
    }

    #[test]
    fn an_axis_that_starts_mid_year_crowds_no_tick_against_its_first() {
        let mut data = load(crate::model::fixtures::TIMELINE_ONLY).unwrap().into_data();
        data.eras.clear();
        data.events.truncate(2);
        data.events[0].date = "1951-06".into();
        data.events[1].date = "1990-03".into();
        let story = Story::new(data).unwrap();
        let ticks = &story.layout().ticks;
        for level in 0..ZOOM_LEVELS {
            let mut xs: Vec<f64> = ticks.iter().filter(|t| t.level <= level).map(|t| t.x * level_px(level)).collect();
            xs.sort_by(f64::total_cmp);
            assert!(xs.windows(2).all(|w| w[1] - w[0] >= TICK_PX - 1.0), "level {level} crowds its ticks: {xs:?}");
        }
    }

    #[test]
    fn an_axis_of_months_is_labelled_as_it_was() {
        let story = load(SYNTHETIC).unwrap();
        let ticks = &story.layout().ticks;
        assert!(ticks.iter().all(|t| !matches!(t.label, TickLabel::Year(_))), "a year has room for its months");
        assert!(matches!(ticks[0], Tick { label: TickLabel::MonthOfYear { .. }, level: 0, .. }));
    }

    /// Every label's slot at a level: (lane, left px, right px).
    fn slots(layout: &TimelineLayout, level: usize) -> Vec<(usize, f64, f64)> {
        let width = level_px(level);
        let singles = layout.events.iter().filter_map(|e| Some((e.lanes[level]?, e.x)));
        let clusters = layout.clusters_at(level).map(|c| (c.lane, c.x0));
        singles.chain(clusters).map(|(lane, x)| (lane, x * width, x * width + LABEL_PX)).collect()
    }

    #[test]
    fn no_two_labels_overlap_at_any_level() {
        for story in [load(SYNTHETIC).unwrap(), scaled(10), scaled(100)] {
            let layout = story.layout();
            assert_eq!(layout.events.len(), story.events.len(), "every event placed");
            for level in 0..ZOOM_LEVELS {
                let slots = slots(layout, level);
                for (i, a) in slots.iter().enumerate() {
                    for b in &slots[i + 1..] {
                        assert!(a.0 != b.0 || a.2 <= b.1 || b.2 <= a.1, "level {level}: {a:?} and {b:?} overlap");
                    }
                }
                assert!(slots.iter().all(|s| s.0 < LANES));
            }
        }
    }

    #[test]
    fn every_event_is_one_label_or_in_one_cluster_at_every_level() {
        for story in [load(SYNTHETIC).unwrap(), scaled(10)] {
            every_event_is_one_label_or_in_one_cluster(story.layout());
        }
    }

    fn every_event_is_one_label_or_in_one_cluster(layout: &TimelineLayout) {
        for level in 0..ZOOM_LEVELS {
            let mut seen = vec![0; layout.events.len()];
            for (i, e) in layout.events.iter().enumerate() {
                if e.lanes[level].is_some() {
                    seen[i] += 1;
                }
            }
            for c in layout.clusters_at(level) {
                assert!(c.first < c.last);
                for n in &mut seen[c.first..=c.last] {
                    *n += 1;
                }
            }
            assert!(seen.iter().all(|n| *n == 1), "level {level}: {seen:?}");
        }
    }

    #[test]
    fn events_a_day_apart_show_their_titles_at_some_level_and_a_cluster_opens_where_they_all_do() {
        // The talks' week, an event a day: too close for their titles at the first levels.
        let mut data = load(SYNTHETIC).unwrap().into_data();
        let talks = data.event("three-party-talks").unwrap().clone();
        for day in ["2025-03-10", "2025-03-11", "2025-03-14"] {
            data.events.push(Event { id: format!("talks-{day}"), date: day.into(), ..talks.clone() });
        }
        let story = Story::new(data).expect("the week's story is valid");
        let layout = story.layout();
        for e in &layout.events {
            assert!(e.fit_level().is_some(), "{} never shows its title", e.id);
        }
        assert!(!layout.clusters.is_empty(), "the week is a cluster at some level");
        for c in &layout.clusters {
            assert!(layout.events[c.first..=c.last].iter().all(|e| e.lanes[c.opens_at].is_some()), "{c:?}");
        }
    }

    #[test]
    fn at_100_times_the_story_the_timeline_is_clusters_of_bounded_number() {
        // Labels drawn at some level: clusters, and events that show their titles.
        let labels = |story: &Story| {
            let layout = story.layout();
            layout.clusters.len() + layout.events.iter().filter(|e| e.fit_level().is_some()).count()
        };
        let (ten, hundred) = (scaled(10), scaled(100));
        assert_eq!(hundred.layout().events.len(), 100 * load(SYNTHETIC).unwrap().events.len());
        // They do not grow with the story.
        assert!(labels(&hundred) <= labels(&ten), "{} at 100 times, {} at 10", labels(&hundred), labels(&ten));
        assert!(labels(&hundred) < 500, "{} labels", labels(&hundred));
    }

    #[test]
    fn ticks_go_from_years_to_months_to_days() {
        let layout = load(SYNTHETIC).unwrap().layout().clone();
        let at = |level: usize| layout.ticks.iter().filter(|t| t.level <= level).count();
        assert!(at(0) < at(ZOOM_LEVELS - 1));
        assert!(layout.ticks.iter().any(|t| t.label == TickLabel::Day(15) && t.level < ZOOM_LEVELS));
        for level in 0..ZOOM_LEVELS {
            let mut xs: Vec<f64> =
                layout.ticks.iter().filter(|t| t.level <= level).map(|t| t.x * level_px(level)).collect();
            xs.sort_by(f64::total_cmp);
            assert!(
                xs.windows(2).all(|w| w[1] - w[0] >= TICK_PX.min(DAY_TICK_PX) - 1e-6),
                "level {level}: ticks too close"
            );
        }
    }

    #[test]
    fn every_event_is_placed_once() {
        let data = load(SYNTHETIC).unwrap();
        let layout = data.layout();
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
        let data = load(SYNTHETIC).unwrap();
        let layout = data.layout();
        assert!(layout.events.windows(2).all(|w| w[0].x <= w[1].x), "sorted by date");
        for (i, a) in layout.events.iter().enumerate() {
            for b in &layout.events[i + 1..] {
                assert!(a.lane != b.lane || (b.x - a.x) >= MIN_GAP, "{} and {} overlap", a.id, b.id);
            }
        }
        let key = layout.key_x.expect("the meeting day is on the axis");
        let on_key_date = data
            .events
            .iter()
            .find(|e| Some(&e.date) == data.meta.key_date.as_ref().map(|k| &k.date))
            .expect("an event on the key date");
        let meeting = layout.events.iter().find(|e| e.id == on_key_date.id).unwrap();
        assert!((meeting.x - key).abs() < 1e-9);
        assert_eq!(layout.eras.len(), data.eras.len());
        assert!(layout.eras.windows(2).all(|w| w[0].x1 <= w[1].x0 + 1e-9), "eras do not overlap");
        assert!(layout.ticks.windows(2).all(|w| w[0].x < w[1].x), "ticks in order");
    }
}
