// The story a build serves, read from the dataset in that build, so that a test derives its
// counts, ids and orders from the story under test and never knows today's story by heart.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, DIST_SYNTHETIC } from './browser.mjs';

/**
 * The page's own words a test expects, per language, as the build has them (`prerender
 * --test-words` prints src/views/words/'s templates), filled here as the page fills them.
 */
function wordsOf(t) {
  const fill = (template, holes) => template.replace(/\{(\w+)\}/g, (hole, name) => holes[name] ?? hole);
  const count = (n, one, many) => (n === 1 ? one : fill(many, { count: String(n) }));
  const name = (spoken) => t.languageNames[spoken] ?? spoken;
  return {
    language: t.language,
    /** Open Graph's locale for the page. */
    ogLocale: t.ogLocale,
    announceIssue: (title) => fill(t.announceIssue, { issue: title }),
    unknownIssue: (id) => fill(t.unknownId, { kind: t.unknownKindIssue, id }),
    /** The note under a quote spoken in `spoken`: by an outlet (its publisher), or by the explainer itself. */
    translatedBy: (translator, spoken) => (translator
      ? fill(t.translatedByOutlet, { language: name(spoken), translator })
      : fill(t.translatedByUs, { language: name(spoken) })),
    /** Where the dataset has no original of a quote spoken in `spoken`. */
    originalNotFound: (spoken) => fill(t.originalNotFound, { language: name(spoken) }),
    /** A single day ("2023-11-15") as the page writes it. */
    day: (iso) => {
      const [y, m, d] = iso.split('-').map(Number);
      const [year, month, day] = [`${y}${t.yearSuffix}`, t.months[m - 1], `${d}${t.daySuffix}`];
      return t.yearMonthDay ? `${year}${month}${day}` : `${day} ${month} ${year}`;
    },
    /** The story editor's heading, its status for a valid story's counts, and an error's line. */
    editorTitle: t.editorTitle,
    editorValid: ({ parties, issues, events, eras, sources }) => fill(t.editorStatusValid, Object.fromEntries(
      Object.entries({ parties, issues, events, eras, sources }).map(([k, v]) => [k, String(v.length)]),
    )),
    editorErrorLine: (line, column, problem) => fill(t.editorErrorLine, { line: String(line), column: String(column), problem }),
    findCount: (issues, events) => fill(t.findCount, {
      issues: count(issues, t.findIssueOne, t.findIssueMany),
      events: count(events, t.findEventOne, t.findEventMany),
    }),
  };
}

const ROOT = new URL('../..', import.meta.url).pathname;
const built = JSON.parse(execFileSync('cargo', ['run', '-q', '--locked', '--features', 'ssr', '--bin', 'prerender', '--', '--test-words'], { cwd: ROOT, encoding: 'utf8' }));
export const WORDS = Object.fromEntries(Object.entries(built).map(([tag, t]) => [tag, wordsOf(t)]));

/**
 * The builds the core of the suite runs against: the bundled story in each edition (one build,
 * two pages: `page` is the edition's folder under the build's root) and a synthetic one.
 */
export const BUILDS = [
  { name: 'bundled story', dist: DIST, page: '', dataset: 'data/summit.en.json', words: WORDS.en },
  { name: 'Chinese edition', dist: DIST, page: 'zh-Hans/', dataset: 'data/summit.zh-Hans.json', words: WORDS['zh-Hans'] },
  { name: 'synthetic test story', dist: DIST_SYNTHETIC, page: '', dataset: 'data/summit.en.json', words: WORDS.en },
];

/** The editions of the bundled story: the pages one build writes. */
export const EDITIONS = BUILDS.filter((b) => b.dist === DIST);

/** The start and end of a dataset date ("2023-06", "2023-06-18", "a/b"), as sortable days. */
function bounds(date) {
  const [start, end = start] = date.split('/');
  // A month runs from its first day to its last.
  const day = (s, pad) => (s.length === 7 ? `${s}-${pad}` : s);
  return [day(start, '01'), day(end, '31')];
}

/** The dataset `dataset` (a path in the build) of the build in `dist`. */
export function readStory(dist, dataset = 'data/summit.en.json') {
  const file = join(dist, dataset);
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

/** The issues and events find matches for `query` in `story` (a `readStory`): every term in the dataset's own text (not ids, sources or codes). */
export function expectedMatches(query, { data, issuesOf }) {
  const skip = new Set(['id', 'sources', 'source', 'party', 'parties', 'url', 'events', 'issues', 'era', 'kind', 'status', 'color']);
  const texts = (value, key) => {
    if (skip.has(key)) return [];
    if (typeof value === 'string') return [value];
    if (Array.isArray(value)) return value.flatMap((v) => texts(v));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, k));
    return [];
  };
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const terms = fold(query).split(/\s+/).filter(Boolean);
  const hits = (...items) => { const text = fold(items.flatMap((i) => texts(i)).join(' ')); return terms.every((t) => text.includes(t)); };
  // An event's pane names the issues it belongs to: those names are its text too.
  const issueTitles = (eventId) => issuesOf(eventId).map((id) => data.issues.find((i) => i.id === id).title);
  return {
    issues: data.issues.filter((i) => hits(i)).map((i) => i.id),
    events: data.events.filter((e) => hits(e, issueTitles(e.id))).map((e) => e.id),
  };
}
