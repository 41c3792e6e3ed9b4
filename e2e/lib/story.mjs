// The story a build serves, read from the dataset in that build, so that a test derives its
// counts, ids and orders from the story under test and never knows today's story by heart.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, DIST_SYNTHETIC } from './browser.mjs';

/** The builds the core of the suite runs against: the bundled story and a synthetic one. */
export const BUILDS = [
  { name: 'bundled story', dist: DIST },
  { name: 'synthetic test story', dist: DIST_SYNTHETIC },
];

/** The start and end of a dataset date ("2023-06", "2023-06-18", "a/b"), as sortable days. */
function bounds(date) {
  const [start, end = start] = date.split('/');
  // A month runs from its first day to its last.
  const day = (s, pad) => (s.length === 7 ? `${s}-${pad}` : s);
  return [day(start, '01'), day(end, '31')];
}

export function readStory(dist) {
  const file = join(dist, 'data/summit.en.json');
  // Fail, never skip: the test command always builds both (scripts/test.sh).
  assert.ok(existsSync(file), `${file} is missing: build ${dist} first (bash scripts/test.sh does)`);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const event = (id) => data.events.find((e) => e.id === id);
  const isRelated = (issueId, eventId) => (data.issues.find((i) => i.id === issueId).events ?? []).includes(eventId)
    || (event(eventId).issues ?? []).includes(issueId);
  // By start, then end, as the timeline places them (a stable sort keeps the file's order on ties).
  const byDate = [...data.events].sort((a, b) => {
    const [x, y] = [bounds(a.date), bounds(b.date)];
    return x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]);
  });
  return {
    data,
    /** Event ids in date order. */
    eventsByDate: byDate.map((e) => e.id),
    event,
    /** The ids of the issues related to an event, sorted, as the cards mark them. */
    issuesOf: (eventId) => data.issues.filter((i) => isRelated(i.id, eventId)).map((i) => i.id).sort(),
    /** The ids of the events related to an issue, in date order. */
    eventsOf: (issueId) => byDate.filter((e) => isRelated(issueId, e.id)).map((e) => e.id),
  };
}
