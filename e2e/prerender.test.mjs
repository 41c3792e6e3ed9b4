// The pre-rendered page: the whole story with JavaScript off, metadata for previews and search,
// and a hydration that neither duplicates nor flashes.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIST, browser, server, useSite, open, ready, readText, assertClean, watchLayoutShifts, layoutShift } from './lib/browser.mjs';
import { EDITIONS, readStory } from './lib/story.mjs';

const data = JSON.parse(readFileSync(`${DIST}data/summit.en.json`, 'utf8'));
useSite(DIST);

// Each edition's page (dist/index.html, dist/zh-Hans/index.html) is pre-rendered in full.
for (const { name, page: folder, dataset } of EDITIONS) {
  const { data } = readStory(DIST, dataset);
  describe(`the pre-rendered page: the ${name}`, () => {
    test('with JavaScript off the page shows every issue, the comparison and the timeline', async () => {
      const { page, problems } = await open(browser, `${server.url}${folder}`, { javaScriptEnabled: false });
      assert.equal(await page.getAttribute('html', 'lang'), data.meta.language);
      assert.ok((await page.locator('h1').innerText()).includes(data.meta.title));
      assert.equal(await page.getByTestId('issue-card').count(), data.issues.length);
      assert.equal(await page.getByTestId('timeline-event').count(), data.events.length);
      assert.equal(await page.locator('[data-testid=positions] tbody tr').count(), data.issues.length);
      const text = await readText(page);
      for (const item of [...data.issues, ...data.events]) {
        assert.ok(text.includes(item.title), `missing: ${item.title}`);
      }
      assert.equal(await page.locator('#app-failed').isVisible(), false);
      assert.equal(await page.locator('.skeleton').count(), 0, 'the pre-render replaced the skeleton');
      // Links work without scripts.
      await page.locator('a[href="#sources"]').first().click();
      assert.match(page.url(), /#sources$/);
      // With scripts off, the browser refuses the module preload; nothing else may fail.
      assertClean(problems.filter((p) => !/^request failed: .*\.js csp$/.test(p)));
    });

    test('the head carries title, description, Open Graph, Twitter card and NewsArticle JSON-LD', async () => {
      const { page } = await open(browser, `${server.url}${folder}`, { javaScriptEnabled: false });
      assert.equal(await page.title(), data.meta.title);
      const meta = (sel) => page.locator(sel).getAttribute('content');
      assert.equal(await meta('meta[name=description]'), data.meta.standfirst);
      assert.equal(await meta('meta[property="og:title"]'), data.meta.title);
      assert.equal(await meta('meta[name="twitter:card"]'), 'summary_large_image');
      assert.match(await meta('meta[property="og:image"]'), /share\.png$/);
      const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
      assert.equal(ld['@type'], 'NewsArticle');
      assert.equal(ld.headline, data.meta.title);
      assert.equal(ld.isAccessibleForFree, true);
      assert.equal(ld.datePublished, data.meta.published);
      assert.equal(ld.publisher.name, data.meta.publisher);
      assert.equal(ld.inLanguage, data.meta.language);
      // The share image, from the page's own folder.
      const image = new URL(await meta('meta[property="og:image"]'), page.url()).href;
      assert.equal((await page.request.get(image)).status(), 200, image);
    });

    test('hydration keeps the pre-rendered DOM: same counts, no duplicates, no warnings, clicks work at once', async () => {
      const url = `${server.url}${folder}`;
      const issue = data.issues.at(-1).id;
      const html = await (await fetch(url)).text();
      const before = (html.match(/data-testid="issue-card"/g) || []).length;
      assert.equal(before, data.issues.length);
      const { page, problems } = await open(browser, null);
      const warnings = [];
      page.on('console', (m) => { if (m.type() === 'warning' && /hydrat|mismatch/i.test(m.text())) warnings.push(m.text()); });
      await page.goto(url);
      await page.evaluate((id) => { window.__marker = document.querySelector(`[data-issue-id="${id}"]`); }, issue);
      await ready(page);
      assert.equal(await page.getByTestId('issue-card').count(), before);
      assert.equal(await page.getByTestId('timeline-event').count(), data.events.length);
      assert.equal(await page.evaluate((id) => document.querySelector(`[data-issue-id="${id}"]`) === window.__marker, issue), true,
        'the same element survives: hydrated, not re-rendered');
      await page.locator(`[data-issue-id="${issue}"] h3 button`).click();
      assert.equal(await page.locator(`[data-issue-id="${issue}"] h3 button`).getAttribute('aria-expanded'), 'true');
      assert.deepEqual(warnings, []);
      assertClean(problems);
    });

    test('a query-string selection is applied after hydration', async () => {
      const [issue, event] = [data.issues[0].id, data.events.at(-1).id];
      const { page, problems } = await open(browser, `${server.url}${folder}?issue=${issue}&event=${event}`);
      await ready(page);
      assert.equal(await page.locator(`[data-issue-id="${issue}"] h3 button`).getAttribute('aria-expanded'), 'true');
      assert.equal(await page.locator(`[data-event-id="${event}"]`).getAttribute('aria-selected'), 'true');
      assertClean(problems);
    });
  });
}

/** A context whose requests all reach the network (and the test's routes): the shell registers a
 * service worker at load, which would otherwise serve the bundle from its cache. */
const withoutWorker = () => browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });

test('the first view fetches no code; a click before the islands start is held and replayed, words typed into find are found', async () => {
  const { page, problems } = await open(browser, null, { context: await withoutWorker() });
  const code = [];
  let release, asked;
  const held = new Promise((resolve) => { release = resolve; });
  const wasmAsked = new Promise((resolve) => { asked = resolve; });
  await page.route('**/*.wasm', async (route) => { code.push(route.request().url()); asked(); await held; await route.continue(); });
  page.on('request', (r) => { if (/\.js$/.test(r.url())) code.push(r.url()); });
  await page.goto(server.url);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(code, [], 'no code before the reader reaches for the app');
  const issue = data.issues.at(-1).id;
  const button = page.locator(`[data-issue-id="${issue}"] h3 button`);
  await button.click();
  await wasmAsked;
  assert.equal(await button.getAttribute('aria-expanded'), 'false', 'held while the app loads');
  await page.getByTestId('find').fill('fentanyl');
  release();
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
  await page.waitForFunction((id) => document.querySelector(`[data-issue-id="${id}"] h3 button`).getAttribute('aria-expanded') === 'true', issue);
  await page.waitForFunction(() => document.querySelector('[data-testid=find-count]')?.textContent.length > 0);
  assertClean(problems);
});

test('no layout shift while the page loads and hydrates', async () => {
  const { page, problems } = await open(browser, null, { width: 375, height: 800 });
  await watchLayoutShifts(page);
  await page.goto(server.url);
  await ready(page);
  // Until the page is still (nothing fetched, the DOM unchanged frame after frame), not for a while.
  assert.equal(await layoutShift(page), 0);
  assertClean(problems);
});

test('if the wasm cannot load, a plain-HTML note says so and the story stays readable', async () => {
  const { page } = await open(browser, null, { context: await withoutWorker() });
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(server.url);
  await page.mouse.move(1, 1);
  await page.locator('#app-failed').waitFor({ state: 'visible' });
  assert.match(await page.locator('#app-failed').innerText(), /could not start/);
  assert.equal(await page.getByTestId('issue-card').count(), data.issues.length);
});

test('an island whose key is missing from the page stops the start with an error naming it', async () => {
  const { page, problems } = await open(browser, null);
  await page.route((url) => url.pathname === '/', async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    // An issue card's key (the cards come before the comparison, whose rows are keyed the same).
    const key = `data-island-key="${data.issues[0].id}"`;
    assert.ok(html.includes(key));
    await route.fulfill({ response, body: html.replace(key, '') });
  });
  await page.goto(server.url);
  await page.mouse.move(1, 1);
  await page.locator('#app-failed').waitFor({ state: 'visible' });
  assert.ok(problems.some((p) => /island IssueCard_\w+ has no data-island-key on its wrapper/.test(p)), problems.join('\n'));
});

test('if a draft\'s renderer bundle cannot load, the same note shows over the pre-rendered story', async () => {
  const { page } = await open(browser, null, { context: await withoutWorker() });
  await page.route('**/editor-*/**', (route) => route.abort());
  await page.goto(`${server.url}?data=data/summit.en.json`);
  await page.locator('#app-failed').waitFor({ state: 'visible' });
  assert.equal(await page.getByTestId('issue-card').count(), data.issues.length);
});

test('print lays out every issue and every event in full, with source addresses', async () => {
  const { page, problems } = await open(browser, server.url);
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  for (const issue of data.issues) {
    assert.equal(await page.locator(`#issue-${issue.id}-details`).isVisible(), true, `${issue.id} details in print`);
  }
  const everyEvent = page.getByTestId('event-detail');
  assert.equal(await everyEvent.isVisible(), true);
  assert.equal(await everyEvent.locator('article.event-pane:visible').count(), data.events.length);
  const text = await everyEvent.innerText();
  for (const event of data.events) assert.ok(text.includes(event.summary.slice(0, 40)), `event ${event.id} in print`);
  const after = await page.locator('.sources-list a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
  assert.match(after, /https?:\/\//, 'source addresses are printed');
  assert.equal(await page.locator('.timeline-axis').isVisible(), false);
  assertClean(problems);
});
