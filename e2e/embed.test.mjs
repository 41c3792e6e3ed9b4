// Embedding as a newsroom does: a host page on another origin loads the real pym.js from npm;
// the frame must follow the content's height both ways. Also a sandboxed frame with no
// same-origin access.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve } from './lib/server.mjs';
import { DIST, launch, open, ready, assertClean } from './lib/browser.mjs';

const require = createRequire(import.meta.url);
const PYM = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'));
let explainer, host, browser;

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
      '/article.html': hostPage(`${explainer.url}?embed=1`),
      '/deep.html': hostPage(`${explainer.url}?embed=1&issue=taiwan`),
      '/pym.v1.min.js': PYM,
      '/sandboxed.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sandboxed</title><link rel="icon" href="data:,"></head><body>
        <iframe id="f" title="Explainer" sandbox="allow-scripts allow-popups" src="${explainer.url}?embed=1" style="width:800px;height:900px"></iframe></body></html>`,
    },
  });
  assert.notEqual(new URL(host.url).port, new URL(explainer.url).port, 'host and explainer are different origins');
  browser = await launch();
});
after(async () => { await browser?.close(); await host?.close(); await explainer?.close(); });

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

test('pym.js sizes the frame to the content, shrinking and growing as a card opens and closes', async () => {
  const { page, problems } = await open(browser, `${host.url}article.html`, { width: 900 });
  const frame = page.frameLocator('#explainer iframe');
  await frame.locator('html.app-ready').waitFor();
  const closed = await settled(page);
  assert.ok(closed.frameHeight > 500, `a sensible height: ${closed.frameHeight}`);

  // Opening a card narrows the comparison to that issue: the page gets shorter.
  await frame.locator('[data-issue-id=taiwan] h3 button').click();
  assert.equal(await frame.locator('[data-issue-id=taiwan] h3 button').getAttribute('aria-expanded'), 'true');
  const opened = await settled(page);
  assert.ok(opened.frameHeight < closed.frameHeight - 100, `shrank: ${closed.frameHeight} → ${opened.frameHeight}`);

  // Closing it brings every row back: the frame grows to where it was.
  await frame.locator('[data-issue-id=taiwan] h3 button').click();
  const closedAgain = await settled(page);
  assert.ok(Math.abs(closedAgain.frameHeight - closed.frameHeight) <= 3, `grew back: ${opened.frameHeight} → ${closedAgain.frameHeight}`);

  // Opening an event's detail makes it taller than before.
  await frame.locator('[data-event-id=biden-xi-filoli]').click();
  const withEvent = await settled(page);
  assert.ok(withEvent.frameHeight > closedAgain.frameHeight + 50, `grew: ${closedAgain.frameHeight} → ${withEvent.frameHeight}`);

  // The AMP-style message carries the same height.
  const amp = await page.evaluate(() => window.ampHeights.at(-1));
  assert.ok(Math.abs(amp - withEvent.contentHeight) <= 3, `amp height ${amp}`);
  // Embed mode: no page chrome, one credit line to the full page.
  assert.equal(await frame.getByTestId('embed-credit').isVisible(), true);
  assert.equal(await frame.getByTestId('embed-toggle').isVisible(), false);
  assert.equal(await frame.getByTestId('copy-link').isVisible(), true);
  assertClean(problems);
});

test('a selection in the frame\'s URL is restored, and copy link gives the host page\'s address', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 900, height: 900 } });
  const { page, problems } = await open(browser, `${host.url}deep.html`, { context });
  const frame = page.frameLocator('#explainer iframe');
  await frame.locator('html.app-ready').waitFor();
  assert.equal(await frame.locator('[data-issue-id=taiwan] h3 button').getAttribute('aria-expanded'), 'true');
  await frame.locator('[data-event-id=bali-meeting]').click();
  await frame.getByTestId('copy-link').click();
  // pym passes the host page's address as parentUrl; the link carries the selection. A
  // cross-origin frame may not write the clipboard, so the link is shown to copy by hand.
  const status = frame.getByTestId('copy-status');
  await status.filter({ hasText: 'deep.html' }).waitFor();
  assert.match(await status.innerText(), new RegExp(`${host.url.replace(/[.]/g, '\\.')}deep\\.html\\?issue=taiwan&event=bali-meeting`));
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
  await frame.locator('[data-issue-id=fentanyl] h3 button').click();
  assert.equal(await frame.locator('[data-issue-id=fentanyl] h3 button').getAttribute('aria-expanded'), 'true');
  await frame.locator('[data-event-id=counternarcotics-wg]').click();
  assert.match(await frame.getByTestId('event-detail').innerText(), /Counternarcotics working group meets/);
  assertClean(problems);
});
