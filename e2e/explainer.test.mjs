// The three views, the shared selection, the URL, accessibility and layout, against the
// release dist/ served on 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { serve } from './lib/server.mjs';
import { DIST, browser, server, useSite, open, ready, assertClean, axe } from './lib/browser.mjs';
import { EDITIONS, readStory } from './lib/story.mjs';

// Checks that hold for any story (counts, keyboard order, deep links) are in any-story.test.mjs,
// run against this build and the synthetic test story's; these are about the bundled story.
const { data, issuesOf, eventsOf } = readStory(DIST);
useSite(DIST, {
  routes: {
    '/drafts/good.json': readFileSync(new URL('../tests/fixtures/minimal.json', import.meta.url)),
    '/drafts/bad.json': readFileSync(new URL('../tests/broken/several-errors-at-once.json', import.meta.url)),
  },
});

test('selecting an issue narrows the comparison, marks its events and writes the URL', async () => {
  const { page, problems } = await open(browser, server.url);
  await ready(page);
  await page.locator('[data-issue-id=taiwan] h3 button').click();
  await assert.doesNotReject(page.waitForURL(/[?&]issue=taiwan/));
  assert.equal(await page.locator('[data-issue-id=taiwan] h3 button').getAttribute('aria-expanded'), 'true');
  assert.equal(await page.locator('[data-testid=positions] tbody tr:visible').count(), 1);
  // Read as a reader meets it: the comparison renders only near the viewport (content-visibility),
  // in a frame after the scroll, so its caption is waited for, not read at once.
  const caption = page.locator('[data-testid=positions] caption');
  await caption.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => /Taiwan$/.test(document.querySelector('[data-testid=positions] caption').innerText), null, { timeout: 5000 })
    .catch(async () => assert.fail(`the caption says ${JSON.stringify(await caption.innerText())}`));
  assert.equal(await page.locator('[data-testid=timeline-event].is-related').count(), eventsOf('taiwan').length);
  // The others step back: CSS dims every marker not related to the picked issue.
  const dimmed = page.locator('[data-testid=timeline-event]:not(.is-related) .timeline-title').first();
  assert.equal(await dimmed.evaluate((el) => getComputedStyle(el).fontWeight), '400');
  assert.match(await page.getByTestId('announcer').innerText(), /^Issue selected: Taiwan\.$/);
  // Only the related events, on request.
  await page.getByTestId('only-related').check();
  assert.equal(await page.locator('[data-testid=timeline-event]:visible').count(), eventsOf('taiwan').length);
  assertClean(problems);
});

test('selecting an event by mouse opens its detail and steps with previous and next', async () => {
  // At the deepest zoom, where every title shows: at the first view this one may be in a cluster,
  // its dot under a neighbour's (timeline-find.test.mjs clicks clusters).
  const { page, problems } = await open(browser, `${server.url}?zoom=9`);
  await ready(page);
  await page.locator('[data-event-id=blinken-beijing] .timeline-title').click();
  await page.waitForURL(/[?&]event=blinken-beijing/);
  const detail = page.getByTestId('event-detail');
  assert.match(await detail.innerText(), /Blinken visits Beijing and meets Xi/);
  assert.match(await detail.innerText(), /a robust conversation/);
  // The cards of its issues are marked, and only those; stepping on moves the marks.
  const marked = () => page.locator('[data-testid=issue-card].is-marked').evaluateAll((cards) => cards.map((c) => c.dataset.issueId).sort());
  assert.deepEqual(await marked(), issuesOf('blinken-beijing'));
  await page.getByTestId('event-next').click();
  const next = await page.locator('[data-testid=timeline-event][aria-selected=true]').getAttribute('data-event-id');
  // The marks follow the pick once its frame is painted, with the address (views/shared.rs).
  await page.waitForURL(new RegExp(`[?&]event=${next}(&|$)`));
  assert.deepEqual(await marked(), issuesOf(next));
  assert.match(await detail.innerText(), /Biden refers to Xi as a dictator/);
  await page.getByTestId('event-prev').click();
  await page.getByTestId('event-prev').click();
  assert.match(await detail.innerText(), /Xie Feng on de-risking/);
  assertClean(problems);
});

test('an event\'s related issue link picks that issue in place and keeps the event', async () => {
  const { page, problems } = await open(browser, server.url);
  await ready(page);
  await page.locator('[data-event-id=pelosi-taiwan]').click();
  const link = page.locator('[data-testid=event-detail] .event-pane:visible .event-issues a', { hasText: 'Military-to-military channels' });
  assert.equal(await link.getAttribute('href'), '?issue=military-channels', 'a real link without the app');
  await link.click();
  await page.waitForURL(/[?&]issue=military-channels/);
  assert.match(page.url(), /[?&]event=pelosi-taiwan/);
  assert.equal(await page.locator('[data-issue-id=military-channels] h3 button').getAttribute('aria-expanded'), 'true');
  assert.match(await page.getByTestId('selection-bar').innerText(), /Military-to-military channels/);
  await page.getByTestId('clear-selection').click();
  // The bar follows the selection once the click's own frame is painted (views/shared.rs).
  await page.getByTestId('selection-bar').waitFor({ state: 'hidden', timeout: 2000 });
  assertClean(problems);
});

test('it works under a sub-path', async () => {
  const parent = await serve(new URL('..', `file://${DIST}`).pathname);
  try {
    const { page, problems } = await open(browser, `${parent.url}${basename(DIST)}/?issue=taiwan`);
    await ready(page);
    assert.equal(await page.locator('[data-issue-id=taiwan] h3 button').getAttribute('aria-expanded'), 'true');
    await page.locator('[data-event-id=bali-meeting]').click();
    await page.waitForURL(new RegExp(`/${basename(DIST)}/\\?issue=taiwan&event=bali-meeting$`));
    assertClean(problems);
  } finally {
    await parent.close();
  }
});

test('copy link copies the current URL', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const { page, problems } = await open(browser, `${server.url}?issue=iran`, { context });
  await ready(page);
  await page.getByTestId('copy-link').click();
  await page.getByTestId('copy-status').filter({ hasText: 'Link copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${server.url}?issue=iran`);
  assertClean(problems);
  await context.close();
});

test('a draft dataset from ?data= is previewed, and a broken one is reported with every error', async () => {
  const good = await open(browser, `${server.url}?data=drafts/good.json`);
  await ready(good.page);
  await good.page.getByTestId('issue-card').nth(1).waitFor();
  assert.equal(await good.page.getByTestId('issue-card').count(), 2);
  assertClean(good.problems);

  const bad = await open(browser, `${server.url}?data=drafts/bad.json`);
  await ready(bad.page);
  const panel = bad.page.getByTestId('load-error');
  await panel.waitFor();
  const text = await panel.innerText();
  assert.match(text, /drafts\/bad\.json has 4 problems/);
  assert.match(text, /events\[0\]\.issues\[0\]: unknown issue id "taiwn"/);
  assert.match(text, /sources\[1\]\.url: "javascript:void\(0\)" is not an http or https address/);
  assert.equal(await bad.page.getByTestId('issue-card').count(), data.issues.length, 'the bundled story is still shown');
  await bad.page.getByTestId('bundled-link').click();
  await bad.page.waitForURL(server.url);
  assertClean(bad.problems);

  const offsite = await open(browser, `${server.url}?data=${encodeURIComponent('https://evil.example/x.json')}`);
  await ready(offsite.page);
  assert.match(await offsite.page.getByTestId('load-error').innerText(), /on another site \(https:\/\/evil\.example\)\. Only a file on this site/);
  assertClean(offsite.problems);

  const missing = await open(browser, `${server.url}?data=drafts/missing.json`);
  await ready(missing.page);
  assert.match(await missing.page.getByTestId('load-error').innerText(), /drafts\/missing\.json: the server answered 404/);
  assert.deepEqual(missing.problems.filter((p) => !p.includes('missing.json') && !p.includes('404 (Not Found)')), [], 'only the expected 404');
});

// Accessibility and layout in each edition: the same views, in English and in Chinese.
for (const { name, page: folder } of EDITIONS) {
  const home = () => `${server.url}${folder}`;
  for (const width of [375, 1280]) {
    test(`axe finds no WCAG 2.2 AA violations at ${width} px: default, issue and event views: the ${name}`, async () => {
      const { page, problems } = await open(browser, home(), { width });
      await ready(page);
      await axe(page, `default view at ${width}px`);
      await page.goto(`${home()}?issue=taiwan`);
      await ready(page);
      await axe(page, `issue view at ${width}px`);
      await page.goto(`${home()}?event=biden-xi-filoli`);
      await ready(page);
      await axe(page, `event view at ${width}px`);
      assertClean(problems);
    });
  }

  test(`dark mode also passes axe: the ${name}`, async () => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
    const { page, problems } = await open(browser, `${home()}?issue=taiwan&event=bali-meeting`, { context });
    await ready(page);
    await axe(page, 'dark mode');
    assertClean(problems);
    await context.close();
  });

  test(`nothing overflows horizontally at 320 px: the ${name}`, async () => {
    const { page, problems } = await open(browser, `${home()}?issue=export-controls&event=biden-xi-filoli`, { width: 320, height: 640 });
    await ready(page);
    await page.getByTestId('embed-toggle').click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0);
    assertClean(problems);
  });
}

test('on a phone, the timeline entries and the comparison\'s caption have room for their text', async () => {
  const { page, problems } = await open(browser, server.url, { width: 375, height: 800 });
  await ready(page);
  const clipped = await page.evaluate(() => [...document.querySelectorAll('[data-testid=timeline-event]')]
    .filter((b) => b.scrollHeight > b.clientHeight + 1)
    .map((b) => `${b.dataset.eventId}: ${b.clientHeight} px for ${b.scrollHeight} px of text`));
  assert.deepEqual(clipped, []);
  const [caption, table] = await page.evaluate(() => ['caption', 'table'].map((tag) => document.querySelector(`.positions ${tag}`).getBoundingClientRect().width));
  assert.ok(caption >= table - 1, `the caption is ${caption} px wide in a ${table} px table`);
  assertClean(problems);
});

test('the comparison never breaks a word across lines, at any width', async () => {
  for (const width of [1280, 375]) {
    const { page, problems } = await open(browser, `${server.url}?issue=taiwan`, { width, height: 900 });
    await ready(page);
    // One line per word: a word broken across lines has more.
    const broken = await page.evaluate(() => [...document.querySelectorAll('.positions :is(caption, th, td, .marker)')]
      // Phones hide the header row to all but screen readers (each cell is labelled instead).
      .filter((el) => (el.closest('thead')?.offsetWidth ?? 2) > 1)
      .flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()))
      // Words, split where a line may break anyway: spaces, hyphens and dashes.
      .flatMap((node) => [...node.textContent.matchAll(/[^\s\-–—]+/g)].map((m) => {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        return [m[0], new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size];
      }))
      .filter(([, lines]) => lines > 1)
      .map(([word, lines]) => `${word} over ${lines} lines`));
    assert.deepEqual(broken, [], `at ${width} px`);
    assertClean(problems);
  }
});

test('the footer links the data the page shows: the bundled file, or a draft', async () => {
  const { page, problems } = await open(browser, server.url);
  await ready(page);
  const bundled = await page.request.get(new URL(await page.getByTestId('get-the-data').getAttribute('href'), page.url()).href);
  assert.equal(bundled.status(), 200);
  assert.equal((await bundled.json()).issues.length, await page.getByTestId('issue-card').count());
  await page.goto(`${server.url}?data=drafts/good.json`);
  await ready(page);
  // The address the page fetched: resolved, and on this site.
  assert.equal(await page.getByTestId('get-the-data').getAttribute('href'), `${server.url}drafts/good.json`);
  assertClean(problems);
});

for (const { name, page: folder } of EDITIONS) {
  test(`${name}: each card shows its comparison row's words once started, and find finds them there`, async () => {
    const { page, problems } = await open(browser, server.url + folder);
    // Before the islands start, the page carries each side's words once, in the comparison, and
    // a card links to them.
    assert.equal(await page.locator('[data-testid=issue-card] .card-stances a[href="#positions-heading"]').count(), data.issues.length);
    await ready(page);
    // Once started, every card holds a copy of its row: the same words, a heading per party's
    // cell (its column's name), and the joint text with its own label.
    const cards = await page.evaluate(() => [...document.querySelectorAll('[data-testid=issue-card]')].map((card) => {
      const id = card.dataset.issueId;
      const cells = [...document.querySelectorAll(`[data-testid=positions] tr[data-issue-id="${id}"] > td.stance-cell`)];
      const stances = [...card.querySelectorAll('.card-stances > .card-stance')];
      return {
        id,
        link: card.querySelectorAll('.card-stances a[href="#positions-heading"]').length,
        card: stances.map((s) => [s.querySelector(':scope > h5')?.textContent ?? null, s.querySelector('.stance, .stance-none, .stance-joint')?.outerHTML]),
        row: cells.map((c) => [c.classList.contains('joint-cell') ? null : c.dataset.label, c.querySelector('.stance, .stance-none, .stance-joint')?.outerHTML]),
      };
    }));
    assert.equal(cards.length, data.issues.length);
    for (const { id, link, card, row } of cards) {
      assert.equal(link, 0, `${id}: the link gave way to the words`);
      assert.ok(row.length >= 1 && row.every(([, words]) => words), `${id}: ${JSON.stringify(row)}`);
      assert.deepEqual(card, row, id);
    }
    // Open, a card shows them; find looks in them (words only on the card and in its row).
    const framing = page.locator('[data-testid=issue-card][data-issue-id=framing]');
    await framing.locator('h3 button').click();
    assert.ok(await framing.locator('.card-stances .stance-quote').first().isVisible());
    const quote = (await page.locator('[data-testid=positions] tr[data-issue-id=framing] td.stance-cell .stance-quote').first().textContent()).trim();
    const own = (await framing.evaluate((el) => {
      const copy = el.cloneNode(true);
      copy.querySelector('.card-stances').remove();
      return copy.textContent;
    })).toLowerCase();
    const words = [...quote].map((_, i) => quote.slice(i, i + 8)).find((w) => w.length === 8 && !own.includes(w.toLowerCase()));
    assert.ok(words, `the card's own text has every part of ${quote}`);
    await page.getByTestId('find').fill(words);
    await page.waitForFunction(() => document.querySelector('[data-testid=find-count]').textContent.length > 0);
    assert.ok(await framing.evaluate((el) => el.classList.contains('is-found')), `find did not find ${words}`);
    assertClean(problems);
  });
}

test('every side is accounted for: a missing statement said plainly, a joint text once, older words dated', async () => {
  const { page, problems } = await open(browser, server.url);
  await ready(page);
  const notFound = data.issues.flatMap((i) => i.positions.filter((p) => p.status === 'no-statement-found').map(() => i.id));
  assert.ok(notFound.includes('iran'));
  await page.locator('[data-issue-id=iran] h3 button').click();
  const line = 'No public statement from China on this topic found for 13–18 Nov 2023.';
  assert.equal(await page.locator('[data-testid=issue-card][data-issue-id=iran] [data-testid=no-statement]').innerText(), line);
  // In the comparison, each such party's cell says the same, and no issue is silent about a party.
  assert.equal(await page.locator('[data-testid=positions] [data-testid=no-statement]').count(), notFound.length);
  // The envoys' joint statement: one cell across both columns, not one per party.
  const joint = page.locator('[data-testid=positions] tr[data-issue-id=climate] td.joint-cell');
  assert.equal(await joint.count(), 1);
  assert.equal(await joint.getAttribute('colspan'), String(data.parties.length));
  // Xi's ceasefire call predates the meeting, and says so.
  await page.locator('[data-issue-id=israel-hamas] h3 button').click();
  assert.match(await page.locator('[data-testid=issue-card][data-issue-id=israel-hamas] [data-testid=stance-when]').allInnerTexts().then((t) => t.join(' | ')),
    /said on 19 Oct 2023, before the Biden–Xi meeting/);
  assertClean(problems);
});
