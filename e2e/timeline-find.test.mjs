// Issue 16: a timeline readers can scan at any zoom, and find. Against the release dist/ (and a
// story 100 times the bundled one, served beside it), with every count from the story under test.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { withLargerStories } from './lib/server.mjs';
import { DIST, browser, server, useSite, open, ready, assertClean, axe } from './lib/browser.mjs';
import { WORDS, expectedMatches, readStory } from './lib/story.mjs';
import { synthetic } from '../bench/datasets.mjs';

const story = readStory(DIST);
const { data, eventsByDate, issuesOf } = story;
// The zoom levels (model::ZOOM_LEVELS).
const LEVELS = 10;
// The build, with the bench's 10x and 100x stories beside it (drafts, `?data=`).
const site = withLargerStories(DIST, [10, 100]);
useSite(site);
after(() => rmSync(site, { recursive: true, force: true }));

/** In the page: the boxes of every piece of timeline text a reader sees now, and any two that overlap. */
function labelOverlaps() {
  const visible = (el) => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return s.display !== 'none' && s.visibility !== 'hidden' && r.width > 2 && r.height > 2 && el.checkVisibility();
  };
  const textBox = (el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return range.getBoundingClientRect();
  };
  const axis = document.querySelector('[data-testid=timeline-axis]');
  const boxes = [
    ...[...axis.querySelectorAll('.timeline-title, .timeline-cluster')].filter(visible)
      .map((el) => [el.textContent.trim(), el.getBoundingClientRect()]),
    ...[...axis.querySelectorAll('.timeline-tick, .timeline-era > span, .timeline-key > span')].filter(visible)
      .map((el) => [el.textContent.trim(), textBox(el)]),
  ];
  const overlaps = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i][1], boxes[j][1]];
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
        overlaps.push(`"${boxes[i][0]}" and "${boxes[j][0]}"`);
      }
    }
  }
  return { count: boxes.length, overlaps };
}

/** In the page: the ids of events whose title shows as text now (not clipped away). */
function readableTitles() {
  return [...document.querySelectorAll('[data-testid=timeline-event]')]
    .filter((tab) => {
      const title = tab.querySelector('.timeline-title');
      const r = title.getBoundingClientRect();
      return tab.checkVisibility() && r.width > 60 && r.height > 12 && getComputedStyle(title).clipPath === 'none';
    })
    .map((tab) => tab.dataset.eventId);
}

/** Two frames: what an action changes has been drawn. */
const settle = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
const zoomOf = (page) => page.getByTestId('timeline-axis').getAttribute('data-zoom').then(Number);
const calm = async (page) => {
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.activeElement?.blur());
};

test('at 1280 px every summit-week title is readable as text after at most one action', async () => {
  const summit = data.events.filter((e) => e.era === data.eras.find((era) => /summit/i.test(era.id))?.id).map((e) => e.id);
  assert.ok(summit.length > 0);
  const { page, problems } = await open(browser, server.url, { width: 1280 });
  await ready(page);
  const readable = new Set(await page.evaluate(readableTitles));
  const clusters = await page.locator('.timeline-cluster-slot:visible [data-testid=timeline-cluster]').count();
  assert.ok(clusters > 0, 'the dense weeks are labelled clusters');
  for (let i = 0; i < clusters; i++) {
    await page.goto(server.url);
    await ready(page);
    const cluster = page.locator('.timeline-cluster-slot:visible [data-testid=timeline-cluster]').nth(i);
    // Read as a reader reads it, on screen: off screen the timeline is not rendered
    // (content-visibility), and rendered text (innerText) there is empty.
    await cluster.scrollIntoViewIfNeeded();
    await settle(page);
    assert.match(await cluster.innerText(), /^\d+ events, /);
    await cluster.click();
    await page.waitForFunction(() => document.activeElement?.dataset.eventId);
    await calm(page);
    for (const id of await page.evaluate(readableTitles)) readable.add(id);
  }
  const unread = summit.filter((id) => !readable.has(id));
  assert.deepEqual(unread, [], 'summit-week titles not readable after one click');
  assertClean(problems);
});

test('no timeline text overlaps other text at 1280 and 768 px, light and dark, at every zoom level', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 768]) {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
      const { page, problems } = await open(browser, server.url, { context });
      await ready(page);
      while (await page.getByTestId('timeline-zoom-out').isEnabled()) await page.getByTestId('timeline-zoom-out').click();
      for (let level = 0; level < LEVELS; level++) {
        assert.equal(await zoomOf(page), level);
        await calm(page);
        const { count, overlaps } = await page.evaluate(labelOverlaps);
        assert.ok(count > 0);
        assert.deepEqual(overlaps, [], `${colorScheme}, ${width} px, zoom ${level}`);
        if (level === 0 || level === LEVELS - 1) await axe(page, `${colorScheme}, ${width} px, zoom ${level}`);
        if (level < LEVELS - 1) await page.getByTestId('timeline-zoom-in').click();
      }
      assert.ok(await page.getByTestId('timeline-zoom-in').isDisabled());
      assertClean(problems);
      await context.close();
    }
  }
});

test('zoom: buttons, + and - on the timeline, ?zoom= both ways, the picked event kept in view, arrows in date order', async () => {
  const { page, problems } = await open(browser, `${server.url}?zoom=0`, { width: 1280 });
  await ready(page);
  assert.equal(await zoomOf(page), 0);
  await page.getByTestId('timeline-zoom-in').click();
  await page.waitForURL(/[?&]zoom=1(&|$)/);
  // Arrow keys step through every event in date order, clustered or not.
  await page.getByTestId('timeline-zoom-out').click();
  await page.locator('[data-testid=timeline-event][tabindex="0"]').focus();
  const order = [await page.evaluate(() => document.activeElement.dataset.eventId)];
  for (let i = 1; i < eventsByDate.length; i++) {
    await page.keyboard.press('ArrowRight');
    order.push(await page.evaluate(() => document.activeElement.dataset.eventId));
  }
  assert.deepEqual(order, eventsByDate);
  // + and - on the focused timeline; the picked event stays in the scrolled row's view.
  const middle = eventsByDate[Math.floor(eventsByDate.length / 2)];
  // Picked with the keyboard: at this zoom its dot may lie under a neighbour's.
  await page.locator(`[data-event-id="${middle}"]`).focus();
  await page.keyboard.press('Enter');
  for (const key of ['+', '+', '+', '+', '-']) {
    const before = await zoomOf(page);
    await page.keyboard.press(key);
    await page.waitForFunction((want) => document.querySelector('[data-testid=timeline-axis]').dataset.zoom === String(want), before + (key === '+' ? 1 : -1));
    await settle(page);
    const inView = await page.evaluate((id) => {
      const scroller = document.querySelector('.timeline-scroller').getBoundingClientRect();
      const tab = document.querySelector(`[data-event-id="${id}"]`).getBoundingClientRect();
      return tab.left >= scroller.left && tab.right <= scroller.right;
    }, middle);
    assert.ok(inView, `after ${key}, the picked event is out of view`);
  }
  const level = await zoomOf(page);
  assert.equal(level, 3);
  assert.match(page.url(), new RegExp(`[?&]zoom=${level}(&|$)`));
  assertClean(problems);
});

test('a deep link to an event opens at a zoom where its title shows', async () => {
  for (const id of eventsByDate) {
    const { page, problems, context } = await open(browser, `${server.url}?event=${id}`, { width: 1280 });
    await ready(page);
    await calm(page);
    assert.ok((await page.evaluate(readableTitles)).includes(id), `${id} at zoom ${await zoomOf(page)}`);
    assertClean(problems);
    await context.close();
  }
});

// How many matches find shows before "Show all" (state::FIRST_SHOWN).
const FIRST_SHOWN = 30;

const shown = (page) => page.evaluate(() => ({
  cards: [...document.querySelectorAll('[data-testid=issue-card]')].filter((c) => c.checkVisibility()).map((c) => c.dataset.issueId),
  rows: [...document.querySelectorAll('[data-testid=positions] tbody tr')].filter((r) => r.checkVisibility()).map((r) => r.dataset.issueId),
  events: [...document.querySelectorAll('[data-testid=timeline-event]')].filter((t) => !t.hidden).map((t) => t.dataset.eventId),
}));

test('?q=fentanyl narrows the cards, the comparison and the timeline together, and says how many', async () => {
  const want = expectedMatches('fentanyl', story);
  assert.ok(want.issues.length > 0 && want.events.length > 0);
  for (const width of [1280, 375]) {
    const { page, problems, context } = await open(browser, `${server.url}?q=fentanyl`, { width });
    await ready(page);
    assert.equal(await page.getByTestId('find').inputValue(), 'fentanyl');
    const count = page.getByTestId('find-count');
    await page.waitForFunction(() => document.querySelector('[data-testid=find-count]').textContent.length > 0);
    assert.equal(await count.getAttribute('aria-live'), 'polite');
    const views = await shown(page);
    assert.deepEqual(views.cards.sort(), [...want.issues].sort());
    assert.deepEqual(views.rows.sort(), [...want.issues].sort());
    assert.deepEqual(views.events.sort(), [...want.events].sort());
    const n = (k, one, many) => (k === 1 ? `1 ${one}` : `${k} ${many}`);
    assert.equal(await count.innerText(), `${n(want.issues.length, 'issue', 'issues')} and ${n(want.events.length, 'event', 'events')} match.`);
    await axe(page, `?q=fentanyl at ${width} px`);
    // Escape clears: everything back, and the address without q.
    await page.getByTestId('find').press('Escape');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('q'));
    const all = await shown(page);
    assert.equal(all.cards.length, data.issues.length);
    assert.equal(all.events.length, data.events.length);
    assertClean(problems);
    await context.close();
  }
});

test('find folds case and marks, keeps ?q= as you type, and the arrows step only through what it found', async () => {
  const { page, problems } = await open(browser, server.url, { width: 1280 });
  await ready(page);
  await page.getByTestId('find').fill('FENTANÝL'); // shouted, and with a mark
  await page.waitForURL(/[?&]q=/);
  const want = expectedMatches('fentanyl', story);
  const views = await shown(page);
  assert.deepEqual(views.events.sort(), [...want.events].sort());
  assert.deepEqual(views.cards.sort(), [...want.issues].sort());
  await page.locator('[data-testid=timeline-event][tabindex="0"]').focus();
  const order = [await page.evaluate(() => document.activeElement.dataset.eventId)];
  for (let i = 1; i < want.events.length + 2; i++) {
    await page.keyboard.press('ArrowRight');
    order.push(await page.evaluate(() => document.activeElement.dataset.eventId));
  }
  const found = eventsByDate.filter((id) => want.events.includes(id));
  assert.deepEqual([...new Set(order)], found);
  assertClean(problems);
});

test('on a story 100 times the size, the timeline is clusters, not thousands of markers, and the keyboard reaches every event', async () => {
  const big = synthetic(data, 100);
  const { page, problems } = await open(browser, `${server.url}?data=bench/synthetic-100x.json`, { width: 1280 });
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'), null, { timeout: 120000 });
  // The big story itself, not the bundled one shown beside a refused draft.
  assert.deepEqual(await page.getByTestId('load-error').allInnerTexts(), [], 'the draft is valid');
  const elements = await page.locator('[data-testid=timeline-event], [data-testid=timeline-cluster]').count();
  assert.ok(elements < 500, `${elements} marker and cluster elements for ${big.events.length} events`);
  while (await page.getByTestId('timeline-zoom-out').isEnabled()) await page.getByTestId('timeline-zoom-out').click();
  await calm(page);
  for (let level = 0; level < LEVELS; level++) {
    const { overlaps } = await page.evaluate(labelOverlaps);
    assert.deepEqual(overlaps, [], `zoom ${level}`);
    const tall = await page.evaluate(() => document.querySelector('.timeline-scroller').getBoundingClientRect().height);
    assert.ok(tall < 900, `the timeline is ${tall} px tall`);
    if (level < LEVELS - 1) await page.getByTestId('timeline-zoom-in').click();
  }
  await page.locator('[data-testid=timeline-event][tabindex="0"]').focus();
  // Every event, stepping with ArrowRight (dispatched in the page: 3,500 round trips would be slow).
  const seen = await page.evaluate(async (n) => {
    const ids = new Set([document.activeElement.dataset.eventId]);
    for (let i = 1; i < n; i++) {
      const from = document.activeElement.dataset.eventId;
      document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
      for (let k = 0; k < 10 && document.activeElement.dataset.eventId === from; k++) await new Promise((r) => requestAnimationFrame(r));
      ids.add(document.activeElement.dataset.eventId);
    }
    return [...ids];
  }, big.events.length).then((ids) => new Set(ids));
  assert.equal(seen.size, big.events.length);
  // The cards and the comparison show their first ones, then all on request.
  const visible = (selector) => page.locator(selector).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
  const first = await visible('[data-testid=issue-card]');
  assert.ok(first > 0 && first <= 50, `${first} cards at first`);
  assert.equal(await visible('[data-testid=positions] tbody tr'), first);
  await page.getByTestId('show-all-issues').check();
  await page.getByTestId('show-all-rows').check();
  assert.equal(await visible('[data-testid=issue-card]'), big.issues.length);
  assert.equal(await visible('[data-testid=positions] tbody tr'), big.issues.length);
  assertClean(problems);
});

test('the phone list: the same find, sticky month headings, and a jump to the meeting', async () => {
  const { page, problems } = await open(browser, server.url, { width: 375, height: 800 });
  await ready(page);
  const months = new Set(data.events.map((e) => e.date.slice(0, 7)));
  const headings = page.locator('.timeline-month');
  assert.equal(await headings.count(), months.size);
  assert.equal(await headings.first().evaluate((h) => getComputedStyle(h).position), 'sticky');
  // The meeting is the event on the key date.
  const meeting = data.events.find((e) => e.date === data.meta.key_date.date).id;
  await page.getByTestId('timeline-jump').click();
  await page.waitForFunction((id) => {
    const list = document.querySelector('.timeline-events').getBoundingClientRect();
    const tab = document.querySelector(`[data-event-id="${id}"]`).getBoundingClientRect();
    return tab.top >= list.top - 1 && tab.bottom <= list.bottom + 1;
  }, meeting);
  await page.getByTestId('find').fill('fentanyl');
  await page.waitForFunction(() => document.querySelector('[data-testid=find-count]').textContent.length > 0);
  await axe(page, 'the phone list, found');
  assertClean(problems);
});

/** Opens the 10x story (a draft, `?data=`), ready. */
async function open10x(options) {
  const opened = await open(browser, `${server.url}?data=bench/synthetic-10x.json`, options);
  await opened.page.waitForFunction(() => document.documentElement.classList.contains('app-ready'), null, { timeout: 120000 });
  return opened;
}

/** A story made here, with its relations as `readStory` gives a served one's. */
function storyOf(data) {
  const related = (issue, event) => (issue.events ?? []).includes(event.id) || (event.issues ?? []).includes(issue.id);
  const issuesOf = (eventId) => {
    const event = data.events.find((e) => e.id === eventId);
    return data.issues.filter((i) => related(i, event)).map((i) => i.id).sort();
  };
  return { data, issuesOf };
}

test('find takes each keystroke as it is typed, and says what it found, at the bundled story and at 10 times it', async () => {
  // How long a keystroke takes is a bench figure (bench/run.mjs, e2e/lib/timing.mjs): a bound on
  // it here failed on a loaded machine. This checks what the keystrokes do.
  const stories = [
    ['1x', () => open(browser, server.url, { width: 1280 }), readStory(DIST)],
    ['10x', () => open10x({ width: 1280 }), storyOf(synthetic(data, 10))],
  ];
  for (const [name, opener, story] of stories) {
    const { page, problems, context } = await opener();
    if (name === '1x') await ready(page);
    const box = page.getByTestId('find');
    for (const query of ['summit xi', 'fentanyl']) {
      await box.focus();
      await box.press('Escape');
      await page.waitForFunction(() => !new URLSearchParams(location.search).has('q'));
      // Typed as a reader types (trusted keys), and kept in the address keystroke by keystroke.
      for (let i = 1; i <= query.length; i++) {
        await page.keyboard.type(query[i - 1]);
        await page.waitForFunction((typed) => new URLSearchParams(location.search).get('q') === typed, query.slice(0, i));
      }
      await page.waitForFunction(() => document.querySelector('[data-testid=find-count]').textContent.length > 0);
    }
    // What the last query found, counted over the whole story.
    const want = expectedMatches('fentanyl', story);
    assert.ok(want.issues.length > 0 && want.issues.length < story.data.issues.length, `${name}: fentanyl narrows the issues`);
    const line = WORDS.en.findCount(want.issues.length, want.events.length);
    await page.waitForFunction((line) => document.querySelector('[data-testid=find-count]').textContent === line, line)
      .catch(async () => assert.fail(`${name}: find says ${JSON.stringify(await page.getByTestId('find-count').textContent())}, not ${JSON.stringify(line)}`));
    const views = await shown(page);
    assert.ok(views.cards.length > 0 && views.cards.every((id) => want.issues.includes(id)), `${name}: only cards that match: ${views.cards}`);
    if (want.issues.length <= FIRST_SHOWN) assert.deepEqual(views.cards.sort(), [...want.issues].sort(), `${name}: every card that matches`);
    assertClean(problems);
    await context.close();
  }
});

/** In the page: each cluster's members (index positions, date order), whether it shows, and what its label says. */
function clusterLabels() {
  const events = JSON.parse(window.summitStoryIndex).events.map((e) => e.id);
  return [...document.querySelectorAll('[data-testid=timeline-cluster]')].map((button) => {
    const [first, last] = button.dataset.members.split(' ').map(Number);
    return { members: events.slice(first, last + 1), hidden: button.parentElement.hidden, label: button.firstElementChild.textContent };
  });
}

test('a cluster counts only the events shown in it, under find and "only related", and steps out with none', async () => {
  const { page, problems } = await open(browser, server.url, { width: 1280 });
  await ready(page);
  const check = async (shown, what) => {
    const clusters = await page.evaluate(clusterLabels);
    assert.ok(clusters.length > 0);
    let hidden = 0;
    for (const { members, hidden: isHidden, label } of clusters) {
      const count = members.filter((id) => shown.has(id)).length;
      assert.equal(isHidden, count === 0, `${what}: ${label}`);
      if (count === 0) hidden++;
      else assert.match(label, new RegExp(`^${count} events?, `), `${what}: ${members.join(' ')}`);
    }
    return hidden;
  };
  assert.equal(await check(new Set(eventsByDate), 'all'), 0);
  // Find: the labels count the matches (and the axis's visible clusters say no more).
  await page.getByTestId('find').fill('fentanyl');
  const found = new Set(expectedMatches('fentanyl', story).events);
  await page.waitForFunction(() => document.querySelector('[data-testid=find-count]').textContent.length > 0);
  assert.ok(await check(found, '?q=fentanyl') > 0, 'some cluster has no match and steps out');
  assert.equal((await page.evaluate(labelOverlaps)).overlaps.length, 0);
  await axe(page, 'clusters counted under find');
  // "Only related" to an issue, with find cleared.
  await page.getByTestId('find').press('Escape');
  await settle(page);
  await check(new Set(eventsByDate), 'find cleared');
  const issue = data.issues.find((i) => (i.events ?? []).length > 0 || data.events.some((e) => (e.issues ?? []).includes(i.id)));
  await page.locator(`[data-issue-id="${issue.id}"] h3 button`).click();
  await page.getByTestId('only-related').check();
  const related = new Set(eventsByDate.filter((id) => issuesOf(id).includes(issue.id)));
  await settle(page);
  await check(related, `only related to ${issue.id}`);
  await page.getByTestId('only-related').uncheck();
  await settle(page);
  await check(new Set(eventsByDate), 'all again');
  assertClean(problems);
});

test('the tab shared by events no zoom separates shows its event\'s date, and is related or dimmed as a marker is', async () => {
  const { page, problems } = await open10x({ width: 375, height: 800 });
  const atoms = page.locator('.timeline-atom [data-testid=timeline-event]');
  assert.ok(await atoms.count() > 0, 'the 10x story has events no zoom separates');
  /** Each shared tab's event, the date it shows, and that event's date in its pane. */
  const dates = () => atoms.evaluateAll((tabs) => tabs.filter((t) => !t.hidden).map((tab) => ({
    id: tab.dataset.eventId,
    date: tab.querySelector('.timeline-date').textContent,
    shown: tab.querySelector('.timeline-date').checkVisibility(),
    want: document.querySelector(`[data-event-pane="${tab.dataset.eventId}"] time`).textContent,
  })));
  const before = await dates();
  assert.ok(before.length > 0);
  for (const { id, date, shown, want } of before) {
    assert.ok(want.length > 0);
    assert.equal(date, want, id);
    assert.ok(shown, `${id}: its date is not shown in the phone list`);
  }
  // Stepping onto the next event of the same tab shows that one's date.
  const first = atoms.first();
  await first.focus();
  const from = await first.getAttribute('data-event-id');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((from) => document.activeElement.dataset.eventId !== from, from);
  for (const { id, date, want } of await dates()) assert.equal(date, want, id);
  // An issue picked: each shared tab is related or dimmed, as its event is.
  const big = synthetic(data, 10);
  // One of the cards shown first (FIRST_SHOWN), with events in more than one shared tab.
  const issue = big.issues.slice(0, 30).find((i) => big.events.filter((e) => e.issues.includes(i.id)).length > 1);
  await page.locator(`[data-issue-id="${issue.id}"] h3 button`).click();
  await page.waitForFunction(() => document.querySelector('.timeline-atom .is-dimmed, .timeline-atom .is-related'));
  const marks = await atoms.evaluateAll((tabs) => tabs.filter((t) => !t.hidden)
    .map((t) => ({ id: t.dataset.eventId, related: t.classList.contains('is-related'), dimmed: t.classList.contains('is-dimmed') })));
  for (const { id, related, dimmed } of marks) {
    const want = big.events.find((e) => e.id === id).issues.includes(issue.id);
    assert.deepEqual({ related, dimmed }, { related: want, dimmed: !want }, id);
  }
  assert.ok(marks.some((m) => m.dimmed));
  await axe(page, 'shared tabs with an issue picked, 375 px');
  assertClean(problems);
});

test('two fingers on the timeline zoom it: spread to zoom in, pinch to zoom out', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, hasTouch: true });
  const { page, problems } = await open(browser, `${server.url}?zoom=2`, { context });
  await ready(page);
  assert.equal(await zoomOf(page), 2);
  await page.locator('.timeline-scroller').scrollIntoViewIfNeeded();
  const box = await page.locator('.timeline-scroller').boundingBox();
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const cdp = await context.newCDPSession(page);
  /** Two fingers, `spreads` apart in turn (px), about the timeline's middle. */
  const pinch = async (spreads) => {
    const points = (d) => [{ x: cx - d / 2, y: cy, id: 0 }, { x: cx + d / 2, y: cy, id: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(spreads[0]) });
    // The first move (a pixel: a move that moves nothing is not sent) sets where the pinch
    // starts (state::Pinch), as a real one's first does.
    for (const d of [spreads[0] + 1, ...spreads.slice(1)]) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(d) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  // 100 px apart, then 240: two steps of 1.5 (state::PINCH_STEP).
  await pinch([100, 130, 160, 200, 240]);
  await page.waitForFunction(() => document.querySelector('[data-testid=timeline-axis]').dataset.zoom === '4');
  await page.waitForURL(/[?&]zoom=4(&|$)/);
  await pinch([300, 250, 190]);
  await page.waitForFunction(() => document.querySelector('[data-testid=timeline-axis]').dataset.zoom === '3');
  // A small wobble is no step.
  await pinch([200, 220, 180]);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  assert.equal(await zoomOf(page), 3);
  assertClean(problems);
  await context.close();
});
