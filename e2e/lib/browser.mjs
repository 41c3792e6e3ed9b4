// Debian's headless Chromium through playwright-core, with every console error, page error,
// failed request and HTTP error collected so a test can fail on any of them.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The release build under test; `SUMMIT_DIST` names another (a build of one's own, while others build dist/). */
const folder = (path) => (path.endsWith('/') ? path : `${path}/`);
export const DIST = folder(process.env.SUMMIT_DIST ?? new URL('../../dist/', import.meta.url).pathname);
/** The same release build of the synthetic test story (scripts/test.sh builds it); `SUMMIT_DIST_SYNTHETIC` names another. */
export const DIST_SYNTHETIC = folder(process.env.SUMMIT_DIST_SYNTHETIC ?? new URL('../../dist-synthetic/', import.meta.url).pathname);
/** The same release build of the editor's template story (scripts/test.sh builds it): the page a downloaded site of it must match. */
export const DIST_TEMPLATE = folder(process.env.SUMMIT_DIST_TEMPLATE ?? new URL('../../dist-template/', import.meta.url).pathname);

export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** A page in a fresh context, watched for problems. */
export async function open(browser, url, { width = 1280, height = 900, javaScriptEnabled = true, context } = {}) {
  const ctx = context ?? await browser.newContext({ viewport: { width, height }, javaScriptEnabled });
  const page = await ctx.newPage();
  const problems = watch(page);
  if (url) await page.goto(url);
  return { page, problems, context: ctx };
}

/** Reports every Content Security Policy violation, in every frame, as a console error. */
function reportPolicyViolations() {
  addEventListener('securitypolicyviolation', (e) => {
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
  });
}

export function watch(page) {
  const problems = [];
  page.addInitScript(reportPolicyViolations);
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // The browser fetches the favicon on its own, late, and drops that fetch when a test
    // navigates on: not a failure of the page's.
    if (r.failure()?.errorText === 'net::ERR_ABORTED' && /\/icons\/icon\.svg$/.test(new URL(r.url()).pathname)) return;
    problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return problems;
}

export function assertClean(problems) {
  assert.deepEqual(problems, [], `problems in the browser:\n${problems.join('\n')}`);
}

/**
 * The page's text as a reader scrolling through it meets it. `innerText` leaves out what
 * content-visibility skips while it is off screen, so the skipping is turned off first; what
 * is hidden (display: none) stays out.
 */
export function readText(page) {
  return page.evaluate(() => {
    for (const el of document.querySelectorAll('*')) {
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    }
    return document.body.innerText;
  });
}

/**
 * Waits until every island has started and the page shows the selection its URL asks for. A
 * pre-rendered page with a bare address starts its app at the reader's first intent (the shell's
 * summitWhenWanted): a pointer move is one.
 */
export async function ready(page) {
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'), null, { timeout: 20000 });
  // The URL's selection is applied once the islands have started, and shown by effects that run
  // after that: wait for what a reader would see, not for a while.
  await page.waitForFunction(urlSelectionShown, null, { timeout: 5000 });
}

/**
 * In the page: each id the URL names is shown selected, or the notice says the story lacks it,
 * and what follows the selection a frame later (the selection bar, as the comparison, the marks
 * and the announcement) has followed it.
 */
export function urlSelectionShown() {
  const params = new URLSearchParams(location.search);
  const notice = document.querySelector('[data-testid=notice]');
  const noticeShown = notice != null && !notice.hidden;
  const shown = (param, item, selected) => {
    const id = params.get(param);
    if (!id) return true;
    const el = document.querySelector(`${item}[data-${param}-id="${CSS.escape(id)}"]`);
    return el ? el.matches(selected) : noticeShown;
  };
  const known = (param, item) => {
    const id = params.get(param);
    return id != null && document.querySelector(`${item}[data-${param}-id="${CSS.escape(id)}"]`) != null;
  };
  const picked = known('issue', '[data-testid=issue-card]') || known('event', '[data-testid=timeline-event]');
  const bar = document.querySelector('[data-testid=selection-bar]');
  return shown('issue', '[data-testid=issue-card]', ':has(h3 button[aria-expanded=true])')
    && shown('event', '[data-testid=timeline-event]', '[aria-selected=true]')
    && (bar == null || bar.hidden !== picked);
}

export async function axe(page, label) {
  // Evaluated through the DevTools protocol, as a test harness may: a <script> tag would be
  // (rightly) refused by the page's Content Security Policy.
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, {
    resultTypes: ['violations'],
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  const lines = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  assert.deepEqual(lines, [], `axe violations on ${label}:\n${lines.join('\n')}`);
  return result.violations.length;
}

/**
 * A test file's browser and its served build, set before the file's first test by `useBrowser()`
 * or `useSite()` and closed after its last (each test file runs in a process of its own).
 */
export let browser;
export let server;

/** Launches the test file's `browser` before its first test, and closes it after its last. */
export function useBrowser() {
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });
}

/** `useBrowser()`, and the build in `root` served (`serve(root, options)`) as the file's `server`. */
export function useSite(root = DIST, options = {}) {
  before(async () => { server = await serve(root, options); });
  useBrowser();
  after(async () => { await server?.close(); });
}

/** Waits until a service worker controls the page (the shell registers it once the page has loaded). */
export async function workerControls(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
}

/** Waits until `check()` (run here, in Node) is true; fails after `timeout` ms, saying what it waited for. */
export async function until(check, what, timeout = 5000) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    assert.ok(Date.now() < end, `waited ${timeout} ms for ${what}`);
    await sleep(20);
  }
}

/**
 * Waits until the page is still: no request for 500 ms (Playwright's network idle), then no
 * change to the DOM (nodes, attributes, text) through `frames` animation frames in a row.
 */
export async function pageIsStill(page, frames = 5) {
  await page.waitForLoadState('networkidle');
  await page.evaluate((frames) => new Promise((resolve) => {
    let quiet = 0;
    const changes = new MutationObserver(() => { quiet = 0; });
    changes.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const frame = () => {
      if (++quiet > frames) { changes.disconnect(); resolve(); } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }), frames);
}

/** Adds up the page's layout shifts that no input caused, from its first byte: call before `goto`. */
export async function watchLayoutShifts(page) {
  await page.addInitScript(() => {
    const shifts = { total: 0 };
    const add = (entries) => { for (const e of entries) if (!e.hadRecentInput) shifts.total += e.value; };
    shifts.observer = new PerformanceObserver((list) => add(list.getEntries()));
    shifts.observer.observe({ type: 'layout-shift', buffered: true });
    shifts.now = () => { add(shifts.observer.takeRecords()); return shifts.total; };
    window.summitLayoutShifts = shifts;
  });
}

/** The layout shift so far (the sum since `watchLayoutShifts`), once the page is still (`pageIsStill`). */
export async function layoutShift(page) {
  await pageIsStill(page);
  return page.evaluate(() => window.summitLayoutShifts.now());
}
