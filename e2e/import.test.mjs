// Bringing a story in (issue 31): TimelineJS's template columns as CSV and .xlsx, its JSON file
// with eras, pasted rows, and hostile text, imported in the editor (edit.html) of the release
// dist/; and a story of twelve centuries that is only a timeline, drawn by the reader page with
// find and deep links. The fixtures are tests/fixtures/import/ and tests/fixtures/timeline-only.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, browser, server, useSite, open, ready, assertClean } from './lib/browser.mjs';

const FIXTURES = new URL('../tests/fixtures/', import.meta.url).pathname;
const TIMELINE_ONLY = readFileSync(join(FIXTURES, 'timeline-only.json'), 'utf8');
const BUNDLED = JSON.parse(readFileSync(join(DIST, 'data/summit.en.json'), 'utf8'));
useSite(DIST, { routes: { '/timeline-only.json': TIMELINE_ONLY } });

async function openEditor() {
  const opened = await open(browser, `${server.url}edit.html`);
  opened.page.on('dialog', (dialog) => dialog.accept());
  await opened.page.waitForFunction(() => /valid/.test(document.querySelector('[data-testid=editor-status]')?.innerText ?? ''));
  return opened;
}

/** Imports `file` (in tests/fixtures/import/) through the editor-import input; the report once shown. */
async function importFile(page, file) {
  await page.getByTestId('editor-import').setInputFiles(join(FIXTURES, 'import', file));
  const report = page.getByTestId('editor-import-report');
  await report.waitFor({ state: 'visible' });
  await page.waitForFunction((name) => document.querySelector('[data-testid=editor-import-report]').innerText.includes(name), file);
  return report.innerText();
}

/** The story "Download JSON" gives. */
async function downloaded(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('editor-download').click()]);
  return JSON.parse(readFileSync(await download.path(), 'utf8'));
}

const preview = (page) => page.getByTestId('editor-preview');

for (const file of ['timelinejs-sheet.csv', 'timelinejs-sheet.xlsx']) {
  test(`a sheet in TimelineJS's template columns (${file}) imports its title, its dates at their precision, its links as sources, and lists the rows it could not hold`, async () => {
    const { page, problems } = await openEditor();
    const report = await importFile(page, file);
    assert.match(report, /5 events, 1 eras and 2 sources/);
    for (const line of ['row 8: no year', 'row 9: no headline', 'row 10: there is no month 13', 'row 11: year -500 is before year 1']) {
      assert.ok(report.includes(line), `the report lists "${line}":\n${report}`);
    }
    assert.match(report, /so left out: images, video and embeds \(1\)\./);
    // The preview draws the imported timeline at once: a timeline alone, its title the title row's.
    await page.waitForFunction(() => document.querySelector('[data-testid=editor-preview] h1')?.innerText.includes('harbour town'));
    assert.equal(await preview(page).locator('[data-testid=timeline-event]').count(), 5);
    assert.equal(await preview(page).locator('[data-testid=issue-card]').count(), 0);
    assert.equal(await preview(page).locator('time[datetime="0800"]').first().innerText(), '800', 'a year alone stays a year');
    const story = await downloaded(page);
    assert.equal(story.meta.title, 'Test timeline: the harbour town');
    assert.deepEqual(story.events.map((e) => e.date), ['0800', '1066-10', '1500-06-15', '1820/1825-08', '2019-03-04/2019-03-08']);
    assert.deepEqual(story.sources.map((s) => s.url), ['https://example.org/annals', 'https://news.example.com/charter']);
    assert.deepEqual(story.events[1].sources, story.sources.map((s) => s.id), 'the event cites both of its links');
    assert.deepEqual(story.eras.map((e) => [e.start, e.end]), [['1000', '1499']]);
    // Another start point replaces the imported story, and its report with it.
    await page.getByTestId('editor-template').click();
    await page.getByTestId('editor-import-report').waitFor({ state: 'hidden' });
    assertClean(problems);
  });
}

test('a TimelineJS JSON file imports its eras and events; added to the open story instead, its ids stay unique', async () => {
  const { page, problems } = await openEditor();
  const report = await importFile(page, 'timelinejs.json');
  assert.match(report, /3 events, 2 eras and 1 sources/);
  assert.ok(report.includes('events[3]: 1950-02-30 is not a day') && report.includes('events[4]: no headline'), report);
  assert.match(report, /left out: images, video and embeds \(2\), display dates \(1\), groups \(1\)\./);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=editor-preview] .timeline-era').length === 2);
  const story = await downloaded(page);
  assert.deepEqual(story.eras.map((e) => e.label), ['Test era: the first span', 'Test era: the second span']);
  assert.deepEqual(story.events.map((e) => e.date), ['1914-07-28', '1918', '1939-09/1945-05']);
  // The same file added to the bundled story.
  await page.getByTestId('editor-open-bundled').click();
  await page.waitForFunction((n) => /valid/.test(document.querySelector('[data-testid=editor-status]').innerText)
    && document.querySelectorAll('[data-testid=editor-preview] [data-testid=timeline-event]').length === n, BUNDLED.events.length);
  await page.getByTestId('editor-import-add').check();
  await importFile(page, 'timelinejs.json');
  const merged = await downloaded(page);
  assert.equal(merged.meta.title, BUNDLED.meta.title, 'the open story kept');
  assert.equal(merged.events.length, BUNDLED.events.length + 3);
  assert.equal(new Set(merged.events.map((e) => e.id)).size, merged.events.length);
  assert.equal(merged.eras.length, BUNDLED.eras.length + 2);
  assertClean(problems);
});

test('rows pasted from a spreadsheet (tab-separated, with the header row) import as a sheet would', async () => {
  const { page, problems } = await openEditor();
  const rows = readFileSync(join(FIXTURES, 'import/timelinejs-sheet.csv'), 'utf8').trim().split('\n').slice(0, 7)
    .map((line) => line.replace(/"[^"]*"/g, (cell) => cell.replaceAll(',', ' ')).split(',').join('\t')).join('\n');
  await page.locator('.editor-import-paste summary').click();
  await page.getByTestId('editor-import-paste').fill(rows);
  await page.getByTestId('editor-import-paste-button').click();
  await page.waitForFunction(() => /pasted rows: 4 events/.test(document.querySelector('[data-testid=editor-import-report]').innerText));
  const story = await downloaded(page);
  assert.deepEqual(story.events.map((e) => e.date), ['0800', '1066-10', '1500-06-15', '1820/1825-08']);
  assertClean(problems);
});

test('hostile text imports as plain text: nothing runs, no policy is broken, and a javascript: link becomes no source', async () => {
  const { page, problems } = await openEditor();
  const report = await importFile(page, 'hostile.csv');
  assert.match(report, /2 events, 0 eras and 1 sources/);
  assert.match(report, /1 links were not web addresses/);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=editor-preview] [data-testid=timeline-event]').length === 2);
  // The preview is a picture (inert): its event panes are there as text, not opened by a click.
  const text = await preview(page).evaluate((host) => host.textContent);
  assert.ok(text.includes('Bold <script>still text</script>'), 'escaped markup shown as text');
  assert.ok(text.includes('Before after.') && !text.includes('__imported'), 'a script\'s code is dropped with its tags');
  assert.equal(await page.evaluate(() => window.__imported), undefined, 'no imported code ran');
  assert.equal(await preview(page).locator('script, img, svg[onload], iframe, [onclick]').count(), 0);
  const story = await downloaded(page);
  assert.deepEqual(story.sources.map((s) => s.url), ['https://example.org/safe']);
  assert.ok(!JSON.stringify(story).includes('javascript:'));
  assertClean(problems);
});

test('a story of twelve centuries with no issues is a timeline alone: no empty sections, axis labels that fit each zoom, find and deep links', async () => {
  const data = JSON.parse(TIMELINE_ONLY);
  const draft = `${server.url}?data=/timeline-only.json`;
  const { page, problems } = await open(browser, draft);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=timeline-event]').length > 0);
  await ready(page);
  assert.equal(await page.locator('h1').innerText(), data.meta.title);
  assert.equal(await page.getByTestId('issue-card').count(), 0);
  assert.equal(await page.getByTestId('positions').count(), 0, 'no empty comparison');
  assert.equal(await page.locator('#timeline-heading').innerText(), 'Timeline', 'no meeting to lead up to');
  assert.equal(await page.getByTestId('timeline-jump').count(), 0, 'no key date to jump to');
  assert.equal(await page.getByTestId('timeline-event').count(), data.events.length);
  const ticks = () => page.locator('.timeline-tick').evaluateAll((all) => all.filter((t) => t.checkVisibility()).map((t) => t.textContent));
  const zoomTo = async (level) => {
    await page.goto(`${draft}&zoom=${level}`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=timeline-event]').length > 0);
    await ready(page);
    return ticks();
  };
  const widest = await zoomTo(0);
  assert.deepEqual(widest, ['800', '1000', '2000'], 'the first year and the millennia at the widest zoom');
  const centuries = await zoomTo(2);
  assert.ok(centuries.includes('1500') && !centuries.includes('1510'), `centuries at zoom 2: ${centuries}`);
  assert.ok((await zoomTo(5)).includes('1510'), 'decades at zoom 5');
  const deep = await zoomTo(9);
  assert.ok(deep.includes('1501') && !deep.some((t) => /[A-Z][a-z]{2}/.test(t)), `years, no months, at the deepest: ${deep.slice(0, 12)}`);
  // Labels shown together never overlap.
  const overlaps = await page.locator('.timeline-tick').evaluateAll((all) => {
    const boxes = all.filter((t) => t.checkVisibility()).map((t) => t.getBoundingClientRect()).sort((a, b) => a.left - b.left);
    return boxes.filter((b, i) => i > 0 && b.left < boxes[i - 1].right).length;
  });
  assert.equal(overlaps, 0);
  // Find narrows the timeline; a deep link opens its event.
  await page.goto(`${draft}&q=canal`);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=timeline-event]')].filter((t) => !t.hidden).length === 1);
  await page.goto(`${draft}&event=bridge-opens`);
  await page.waitForFunction(() => document.querySelector('[data-testid=event-detail]')?.innerText.includes('the bridge opens'));
  assert.equal(await page.locator('[data-testid=timeline-event][data-event-id=bridge-opens]').getAttribute('aria-selected'), 'true');
  assertClean(problems);
});

test('the Chinese editor imports into a Chinese story and words its report in Chinese; a file that is no timeline is refused, saying why', async () => {
  const { page, problems } = await open(browser, `${server.url}zh-Hans/edit.html`);
  page.on('dialog', (dialog) => dialog.accept());
  await page.waitForFunction(() => /内容有效/.test(document.querySelector('[data-testid=editor-status]')?.innerText ?? ''));
  const report = await importFile(page, 'timelinejs-sheet.csv');
  assert.ok(report.includes('5个事件、1个时期、2个来源') && report.includes('第8行：没有年份') && report.includes('第11行：-500年早于公元1年'), report);
  const story = await downloaded(page);
  assert.equal(story.meta.language, 'zh-Hans');
  const refused = async (name, text) => {
    await page.getByTestId('editor-import').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });
    await page.waitForFunction((file) => document.querySelector('[data-testid=editor-import-report]').innerText.startsWith(`无法`)
      || document.querySelector('[data-testid=editor-import-report]').innerText.startsWith(file), name);
    return page.getByTestId('editor-import-report').innerText();
  };
  assert.match(await refused('notes.csv', 'Date,Title\n2023,x\n'), /notes\.csv没有TimelineJS模板中的Year和Headline列。其第一行：Date \| Title/);
  assert.match(await refused('old.xls', '\u00d0\u00cf'), /无法导入old\.xls：不读取\.xls文件/);
  const after = await downloaded(page);
  assert.deepEqual(after.events.map((e) => e.id), story.events.map((e) => e.id), 'a refused file leaves the story as it was');
  assertClean(problems);
});
