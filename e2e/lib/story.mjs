// The story a build serves, read from the dataset in that build, so that a test derives its
// counts, ids and orders from the story under test and never knows today's story by heart.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, DIST_SYNTHETIC } from './browser.mjs';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The page's own words a test expects, per language (src/views/words/: LIVE_EN, LIVE_ZH, EN, ZH). */
export const WORDS = {
  en: {
    language: 'en',
    announceIssue: (title) => `Issue selected: ${title}.`,
    unknownIssue: (id) => `no issue "${id}"`,
    /** The first words of the note under a quote shown in translation. */
    translatedFrom: 'Translated from Chinese',
    /** The whole note: by an outlet (its publisher), or by the explainer itself (no translator). */
    translatedBy: (translator) => `Translated from Chinese by ${translator ?? 'this explainer'}.`,
    /** Where the dataset has no original of a translated quote. */
    originalNotFound: 'The original Chinese words were not found in the sources checked.',
    /** Open Graph's locale for the page. */
    ogLocale: 'en_US',
    /** A single day ("2023-11-15") as the page writes it. */
    day: (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${d} ${MONTHS[m - 1]} ${y}`; },
    findCount: (issues, events) => `${issues === 1 ? '1 issue' : `${issues} issues`} and ${events === 1 ? '1 event' : `${events} events`} match.`,
  },
  'zh-Hans': {
    language: 'zh-Hans',
    announceIssue: (title) => `已选择议题：${title}。`,
    unknownIssue: (id) => `没有编号为“${id}”的议题`,
    translatedFrom: '译自英文',
    translatedBy: (translator) => (translator ? `译自英文，${translator}译文。` : '译自英文，本解读译。'),
    originalNotFound: '未找到英文原文。',
    ogLocale: 'zh_CN',
    day: (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${y}年${m}月${d}日`; },
    findCount: (issues, events) => `匹配${issues}个议题、${events}个事件。`,
  },
};

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
