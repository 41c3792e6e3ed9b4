// Offline reading: after one online visit the service worker serves the whole explainer with
// the network cut, and a new build replaces the old cache on the next online visit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './lib/server.mjs';
import { DIST, browser, useBrowser, open, ready, assertClean, workerControls } from './lib/browser.mjs';
import { BUILDS, EDITIONS, readStory } from './lib/story.mjs';

useBrowser();

test('the manifest is installable and the service worker precaches the whole first view of each edition', async () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  // The files every edition shares, and each edition's own page and dataset by its folder.
  const list = JSON.parse(sw.match(/const PRECACHE = (\[.*\]);/)[1]);
  const editions = JSON.parse(sw.match(/const EDITIONS = (\{.*\});/)[1]);
  for (const pattern of [/\.wasm$/, /summit-explainer-[0-9a-f]+\.js$/, /icon-192\.png$/, /manifest\.webmanifest$/]) {
    assert.ok(list.some((u) => pattern.test(u)), `precache list lacks ${pattern}: ${list.join(' ')}`);
  }
  assert.deepEqual(Object.keys(editions).sort(), EDITIONS.map((e) => `./${e.page}`).sort(), 'a precache list per edition');
  for (const { page, dataset } of EDITIONS) {
    const own = editions[`./${page}`];
    for (const file of [`./${page}`, `./${page}index.html`, `./${dataset}`]) {
      assert.ok(own.includes(file), `the ${page || 'root'} edition's list lacks ${file}: ${own.join(' ')}`);
      assert.ok(!list.includes(file), `${file} is in the shared list: every reader would download it`);
    }
  }
  assert.doesNotMatch(sw, /const VERSION = "dev"/, 'the build stamped a version');
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.ok(manifest.name && manifest.short_name && manifest.theme_color && manifest.start_url);
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512') && manifest.icons.some((i) => i.sizes === '192x192'));
});

for (const { name, dist, page: folder, dataset } of BUILDS) {
  test(`after one online visit, a reload with the network cut shows the complete explainer: the ${name}`, async () => {
    const { data, eventsByDate, eventsOf, event } = readStory(dist, dataset);
    // A deep link to the issue with the most events, and the last of them.
    const issue = data.issues.reduce((a, b) => (eventsOf(b.id).length > eventsOf(a.id).length ? b : a)).id;
    const picked = eventsOf(issue).at(-1) ?? eventsByDate.at(-1);
    const server = await serve(dist);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const home = `${server.url}${folder}`;
      const { page, problems } = await open(browser, home, { context });
      await ready(page);
      await workerControls(page);
      await context.setOffline(true);
      await page.reload();
      await ready(page);
      // The edition the reader opened, not another: its headline, in its language.
      const headline = async () => (await page.locator('h1').innerText()).includes(data.meta.title);
      assert.ok(await headline(), `offline, ${home} shows its own edition`);
      assert.equal(await page.getAttribute('html', 'lang'), data.meta.language);
      assert.equal(await page.getByTestId('issue-card').count(), data.issues.length);
      assert.equal(await page.getByTestId('timeline-event').count(), data.events.length);
      const card = page.locator(`[data-issue-id="${data.issues[0].id}"] h3 button`);
      await card.click();
      assert.equal(await card.getAttribute('aria-expanded'), 'true');
      // A deep link opened offline.
      await page.goto(`${home}?issue=${issue}&event=${picked}`);
      await ready(page);
      assert.ok(await headline(), `offline, a deep link into ${home} shows its own edition`);
      assert.equal(await page.locator(`[data-issue-id="${issue}"] h3 button`).getAttribute('aria-expanded'), 'true');
      assert.ok((await page.getByTestId('event-detail').innerText()).includes(event(picked).title));
      assertClean(problems);
    } finally {
      await context.close();
      await server.close();
    }
  });
}

test('a reader who has not touched the page can read it, and then use it, offline', async () => {
  const { data } = readStory(DIST);
  const server = await serve(DIST);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const { page, problems } = await open(browser, null, { context });
    const code = [];
    page.on('request', (r) => { if (/\.(wasm|js)$/.test(r.url())) code.push(r.url()); });
    await page.goto(server.url);
    // The shell registers the worker once the page has loaded; the app has not started.
    await workerControls(page);
    assert.deepEqual(code, [], 'the page itself fetched no code');
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('app-ready')), false);
    await context.setOffline(true);
    await page.reload();
    assert.equal(await page.getByTestId('issue-card').count(), data.issues.length);
    // The first click starts the app from the worker's cache, and is replayed on the live card.
    const id = data.issues[0].id;
    await page.locator(`[data-issue-id="${id}"] h3 button`).click();
    await page.waitForFunction((issue) => document.querySelector(`[data-issue-id="${issue}"] h3 button`).getAttribute('aria-expanded') === 'true', id);
    assertClean(problems);
  } finally {
    await context.close();
    await server.close();
  }
});

test('a new build replaces the old one on the next online visit and deletes the old cache', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'summit-build-'));
  cpSync(DIST, dir, { recursive: true });
  const server = await serve(dir);
  const context = await browser.newContext();
  try {
    const { page, problems } = await open(browser, server.url, { context });
    await ready(page);
    await workerControls(page);
    const before = await page.evaluate(() => caches.keys());
    assert.equal(before.length, 1);

    // "Deploy" a build with changed content: a new headline, and so a new stamped version.
    const title = readStory(DIST).data.meta.title;
    const next = `${title}, updated`;
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8').replace(/const VERSION = "([0-9a-f]+)";/, 'const VERSION = "$1-next";');
    writeFileSync(join(dir, 'sw.js'), sw);
    const html = readFileSync(join(dir, 'index.html'), 'utf8').replaceAll(title, next);
    writeFileSync(join(dir, 'index.html'), html);

    await page.reload();
    await ready(page);
    assert.ok((await page.locator('h1').innerText()).includes(next));
    await page.waitForFunction(async (old) => {
      const keys = await caches.keys();
      return keys.length === 1 && keys[0] !== old && keys[0].endsWith('-next');
    }, before[0], { timeout: 15000 });
    // And the new content is what the cache now serves offline.
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    assert.ok((await page.locator('h1').innerText()).includes(next));
    assertClean(problems);
  } finally {
    await context.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
