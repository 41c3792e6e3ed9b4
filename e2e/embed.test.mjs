// Embedding as a newsroom does: a host page on another origin loads the real pym.js from npm;
// the frame must follow the content's height both ways. Also a sandboxed frame with no
// same-origin access.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve } from './lib/server.mjs';
import { DIST, browser, useBrowser, open, ready, assertClean } from './lib/browser.mjs';
import { BUILDS, readStory } from './lib/story.mjs';

const require = createRequire(import.meta.url);
const PYM = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'));
const bundled = readStory(DIST);
const [deepIssue, deepEvent] = [bundled.data.issues[0].id, bundled.eventsByDate[0]];
let explainer, host;

const hostPage = (src) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news article</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><h1>A news article</h1><p>Text before the explainer.</p>
<div id="explainer"></div><p id="after">Text after the explainer.</p>
<script>window.ampHeights = []; addEventListener('message', function (e) {
  if (e.data && e.data.sentinel === 'amp' && e.data.type === 'embed-size') window.ampHeights.push(e.data.height);
});</script>
<script src="/pym.v1.min.js"></script>
<script>window.pymParent = new pym.Parent('explainer', ${JSON.stringify(src)}, { title: 'Biden–Xi explainer' });</script>
</body></html>`;

before(async () => {
  explainer = await serve(DIST);
  host = await serve(DIST, {
    routes: {
      '/deep.html': hostPage(`${explainer.url}?embed=1&issue=${deepIssue}`),
      '/pym.v1.min.js': PYM,
      '/sandboxed.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sandboxed</title><link rel="icon" href="data:,"></head><body>
        <iframe id="f" title="Explainer" sandbox="allow-scripts allow-popups" src="${explainer.url}?embed=1" style="width:800px;height:900px"></iframe></body></html>`,
    },
  });
  assert.notEqual(new URL(host.url).port, new URL(explainer.url).port, 'host and explainer are different origins');
});
useBrowser();
after(async () => { await host?.close(); await explainer?.close(); });

/** The iframe's height in the host page, and the height of the document inside it. */
async function heights(page) {
  const frameHeight = await page.locator('#explainer iframe').evaluate((f) => f.getBoundingClientRect().height);
  const frame = page.frameLocator('#explainer iframe');
  const contentHeight = await frame.locator('html').evaluate((h) => h.offsetHeight);
  return { frameHeight, contentHeight };
}

async function settled(page) {
  let last;
  await page.waitForFunction(async () => true);
  for (let i = 0; i < 100; i++) {
    const h = await heights(page);
    if (Math.abs(h.frameHeight - h.contentHeight) <= 3) return h;
    last = h;
    await page.waitForTimeout(100);
  }
  assert.fail(`the frame did not follow its content: ${JSON.stringify(last)}`);
}

// For each build and edition: the frame follows the content whatever the story, its language,
// its counts and its ids.
for (const { name, dist, page: folder, dataset } of BUILDS) {
  test(`pym.js sizes the frame to the content as it shrinks and grows: the ${name}`, async () => {
    const { data, eventsByDate } = readStory(dist, dataset);
    const [issue, event] = [data.issues[0].id, eventsByDate[0]];
    const site = await serve(dist);
    const news = await serve(dist, { routes: { '/article.html': hostPage(`${site.url}${folder}?embed=1`), '/pym.v1.min.js': PYM } });
    try {
      const { page, problems } = await open(browser, `${news.url}article.html`, { width: 900 });
      const frame = page.frameLocator('#explainer iframe');
      const card = frame.locator(`[data-issue-id="${issue}"] h3 button`);
      await frame.locator('html.app-ready').waitFor();
      const closed = await settled(page);
      assert.ok(closed.frameHeight > 500, `a sensible height: ${closed.frameHeight}`);

      // Opening a card opens its details and narrows the comparison to its row; by how much
      // either way depends on the story, but the frame follows the content.
      await card.click();
      assert.equal(await card.getAttribute('aria-expanded'), 'true');
      const opened = await settled(page);

      // Closing it brings the page back as it was: the frame follows back.
      await card.click();
      const closedAgain = await settled(page);
      assert.ok(Math.abs(closedAgain.frameHeight - closed.frameHeight) <= 3, `back: ${opened.frameHeight} → ${closedAgain.frameHeight}`);

      // Opening an event's detail makes it taller than before, and clearing the pick shorter.
      await frame.locator(`[data-event-id="${event}"]`).click();
      const withEvent = await settled(page);
      assert.ok(withEvent.frameHeight > closedAgain.frameHeight + 50, `grew: ${closedAgain.frameHeight} → ${withEvent.frameHeight}`);
      const amp = await page.evaluate(() => window.ampHeights.at(-1));
      await frame.getByTestId('clear-selection').click();
      const cleared = await settled(page);
      assert.ok(Math.abs(cleared.frameHeight - closed.frameHeight) <= 3, `shrank back: ${withEvent.frameHeight} → ${cleared.frameHeight}`);

      // The AMP-style message carried the same height.
      assert.ok(Math.abs(amp - withEvent.contentHeight) <= 3, `amp height ${amp}`);
      // Embed mode: no page chrome, one credit line to the full page.
      assert.equal(await frame.getByTestId('embed-credit').isVisible(), true);
      assert.equal(await frame.getByTestId('embed-toggle').isVisible(), false);
      assert.equal(await frame.getByTestId('copy-link').isVisible(), true);
      assertClean(problems);
    } finally {
      await news.close();
      await site.close();
    }
  });
}

test('a selection in the frame\'s URL is restored, and copy link gives the host page\'s address', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 900, height: 900 } });
  const { page, problems } = await open(browser, `${host.url}deep.html`, { context });
  const frame = page.frameLocator('#explainer iframe');
  // The URL's selection is applied once every island has started.
  await frame.locator(`[data-issue-id="${deepIssue}"] h3 button[aria-expanded=true]`).waitFor();
  // Its arrival scroll stays in the frame: the host article does not jump to the picked card.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.equal(await page.evaluate(() => scrollY), 0, 'the deep-linked embed scrolled the host page');
  await frame.locator(`[data-event-id="${deepEvent}"]`).click();
  await frame.getByTestId('copy-link').click();
  // pym passes the host page's address as parentUrl; the link carries the selection. A
  // cross-origin frame may not write the clipboard, so the link is shown to copy by hand.
  const status = frame.getByTestId('copy-status');
  await status.filter({ hasText: 'deep.html' }).waitFor();
  assert.match(await status.innerText(), new RegExp(`${host.url.replace(/[.]/g, '\\.')}deep\\.html\\?issue=${deepIssue}&event=${deepEvent}`));
  const sources = frame.locator('.sources-list a[href^="http"]');
  assert.equal(await sources.first().getAttribute('target'), '_blank');
  assert.equal(await sources.first().getAttribute('rel'), 'noopener');
  assertClean(problems);
  await context.close();
});

test('the explainer works in a sandboxed frame without same-origin access', async () => {
  const { page, problems } = await open(browser, `${host.url}sandboxed.html`, { width: 900 });
  const frame = page.frameLocator('#f');
  await frame.locator('html.app-ready').waitFor();
  await frame.locator(`[data-issue-id="${deepIssue}"] h3 button`).click();
  assert.equal(await frame.locator(`[data-issue-id="${deepIssue}"] h3 button`).getAttribute('aria-expanded'), 'true');
  await frame.locator(`[data-event-id="${deepEvent}"]`).click();
  assert.ok((await frame.getByTestId('event-detail').innerText()).includes(bundled.event(deepEvent).title));
  assertClean(problems);
});
