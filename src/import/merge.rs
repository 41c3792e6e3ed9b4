//! An import added to the open story instead of starting a new one: its events, eras and
//! sources appended, each id made unique among the story's, a source already in the story (same
//! address) cited as it is.

use std::collections::HashSet;

use crate::model::{slug, Dataset};

/// `story` with `imported`'s events, eras and sources added.
pub fn add_to(story: &mut Dataset, imported: Dataset) {
    let mut taken: HashSet<String> = story
        .events
        .iter()
        .map(|e| e.id.clone())
        .chain(story.eras.iter().map(|e| e.id.clone()))
        .chain(story.sources.iter().map(|s| s.id.clone()))
        .collect();
    let mut fresh = |id: &str| {
        let new = if taken.contains(id) { slug(id, |candidate| taken.contains(candidate)) } else { id.to_string() };
        taken.insert(new.clone());
        new
    };
    // Old source id → the id it is cited by in the story.
    let mut renamed_sources = Vec::new();
    for mut source in imported.sources {
        let known = story.sources.iter().find(|s| s.url.is_some() && s.url == source.url).map(|s| s.id.clone());
        let id = known.clone().unwrap_or_else(|| fresh(&source.id));
        renamed_sources.push((source.id.clone(), id.clone()));
        if known.is_none() {
            source.id = id;
            story.sources.push(source);
        }
    }
    for mut era in imported.eras {
        era.id = fresh(&era.id);
        story.eras.push(era);
    }
    for mut event in imported.events {
        event.id = fresh(&event.id);
        for cited in &mut event.sources {
            if let Some((_, id)) = renamed_sources.iter().find(|(old, _)| old == cited) {
                *cited = id.clone();
            }
        }
        story.events.push(event);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::SYNTHETIC;
    use crate::model::{parse, Story};

    #[test]
    fn ids_are_made_unique_and_known_addresses_reused() {
        let mut story = parse(SYNTHETIC).unwrap();
        let before = (story.events.len(), story.sources.len());
        let mut imported = story.clone();
        imported.events.truncate(2);
        imported.eras.truncate(1);
        imported.sources.truncate(1);
        let first_event = imported.events[0].id.clone();
        add_to(&mut story, imported);
        assert_eq!(
            (story.events.len(), story.sources.len()),
            (before.0 + 2, before.1),
            "the same address: the same source"
        );
        assert_eq!(story.events[before.0].id, format!("{first_event}-2"));
        let ids: HashSet<&str> = story.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids.len(), story.events.len());
        Story::draft(story).expect("the merged story draws");
    }
}
