// Budgets with deterministic figures only (bytes, counts; never timings): first-load transfer,
// and W3C Nu HTML Checker errors in the built page and in the DOM after hydration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, browser, server, useSite, open, ready, assertClean } from './lib/browser.mjs';
import { EDITIONS } from './lib/story.mjs';

const require = createRequire(import.meta.url);
const VNU = join(require.resolve('vnu-jar/package.json'), '../build/dist/vnu.jar');
// The first view is the page alone (issue 17): its HTML and the icon. Under Lighthouse's slow 4G
// a page is sent in TCP round trips of about 14.6, then 29.2 KB: 43,800 bytes in two, response
// headers included. The English page at 42.5 KB gzip with its headers painted in two (FCP
// 832-858 ms); at 45.9 KB it took three (FCP 994-1063 ms). Both editions now get one budget that
// keeps each in two (issue 33): 43,800 bytes, less the headers the test server sends with a page
// (897 bytes, most of them its Content-Security-Policy from _headers), less the 200 bytes or so
// a server's gzip level 6 adds to this test's level 9, with the icon's 223 bytes on top.
const FIRST_VIEW_GZIP_BUDGET = 42_900;
// Once the reader reaches for the app: the page, the story index, the glue and the wasm.
const INTERACTIVE_GZIP_BUDGET = 172 * 1024;
useSite(DIST);

/**
 * Every file the page at `url` fetches from `root` (the build's root), with its gzip -9 size: for
 * the first view, with no input, or, with `interactive`, once the reader has reached for the app
 * and every island has started.
 */
export async function firstLoad(page, url, root = url, { interactive = false } = {}) {
  const files = new Map();
  page.on('response', async (r) => {
    if (r.url().startsWith(root) && r.status() === 200) files.set(new URL(r.url()).pathname, (await r.body()).length);
  });
  await page.goto(url);
  if (interactive) await ready(page);
  await page.waitForLoadState('networkidle');
  return [...files.keys()].map((path) => {
    // A folder's address is its index.html ("/", "/zh-Hans/").
    const bytes = readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

const measured = new Map();
/** The files of each edition's page, measured once (per view) for the tests below. */
function measure(folder, interactive) {
  const key = `${folder} ${interactive}`;
  if (!measured.has(key)) {
    measured.set(key, (async () => {
      const { page, problems, context } = await open(browser, null);
      const files = await firstLoad(page, `${server.url}${folder}`, server.url, { interactive });
      assertClean(problems);
      await context.close();
      const total = files.reduce((sum, f) => sum + f.gzip, 0);
      const table = files.map((f) => `${f.path} ${f.raw} raw, ${f.gzip} gzip`).join('\n');
      console.log(`${interactive ? 'interactive' : 'first view'} of /${folder}: ${total} bytes gzip\n${table}`);
      return { files, total, table };
    })());
  }
  return measured.get(key);
}
const firstView = (folder) => measure(folder, false);
const interactive = (folder) => measure(folder, true);

// The budget: 129,344 bytes were measured on 2026-11-29 (issue 6), with islands that take no
// props and the story index read by the browser's JSON parser (147,432 before; 222,551 before
// islands). Raised to 150 KB the same day, measured at 145,177: the story now gives both sides on
// every issue (the HTML grew from 22.4 to 35.6 KB gzip), and the CSP's Trusted Types glue, the
// URL-parser draft check and the URL sync added 1.7 KB of wasm. Raised again to 160 KB the same
// day, measured at 159,458: find, the zoomable labelled timeline and its clusters (issue 16) added
// 11.7 KB of wasm (three islands, the search, the timeline state; no single large item) and 2.3 KB
// of HTML. Raised to 168 KB for the Chinese edition (issue 19), with each edition's page measured:
// 165,131 bytes for / and 170,298 for /zh-Hans/ (its HTML is 5.2 KB gzip larger; the wasm is
// shared), the string tables of both languages and the translation notes adding about 5 KB.
// Lowered to 167.3 KB (issue 17), measured at 166,202 bytes for / and 171,207 for /zh-Hans/ (from
// 175,068): source links without a title tooltip (-3.0 KB of the Chinese page's HTML), markers
// without their lane-0 properties, the reader's wasm through wasm-opt -Os (-432 bytes), hydration
// marks only in islands' own markup (-435 / -333 bytes). Back to 168 KB once merged with the
// find and timeline work (issue 16: per-item find signals, cluster counts, pinch) and the editor's
// footer link (issue 18): measured at 166,566 for / and 171,599 for /zh-Hans/.
// Then split in two (issue 17): the first view fetches no code (the shell's summitWhenWanted), and
// the story index is a file beside the page (-1.8 KB of HTML) and the shell's scripts lose their
// comment lines and indentation (-0.6 KB); the shell then took over the service worker's
// registration (+0.2 KB): measured at 42,831 bytes for / and 47,521 for /zh-Hans/. Once
// interactive, 166,040 and 171,100.
// Then one first-view budget for both editions (issue 33): each side's words once in the page,
// in the comparison, copied into the cards by their islands (-3.9 KB gzip of /, -5.1 KB of
// /zh-Hans/), event panes shown by the event detail rather than an island each (-0.8 / -0.9
// KB), stylesheets without the white space no rule needs, citations in <small>, an original's
// source named only where it differs from the translation's, and no repeated tags: measured at
// 38,410 bytes for / and 41,973 for /zh-Hans/.
for (const { name, page: folder, dataset } of EDITIONS) {
  const budget = FIRST_VIEW_GZIP_BUDGET;
  test(`the first view, before any input, is the page alone, at most ${budget} bytes gzip: the ${name}`, async () => {
    const { files, total, table } = await firstView(folder);
    assert.ok(files.some((f) => f.path === `/${folder}`), table);
    assert.ok(!files.some((f) => /\.(wasm|js)$/.test(f.path)), `the first view fetched the app's code:\n${table}`);
    assert.ok(total <= budget, `the first view of /${folder} is ${total} bytes gzip, over the budget:\n${table}`);
  });

  test(`once the reader reaches for it, the reader bundle only, at most ${INTERACTIVE_GZIP_BUDGET / 1024} KB gzip in all: the ${name}`, async () => {
    const { files, total, table } = await interactive(folder);
    assert.ok(files.some((f) => f.path.endsWith('.wasm')) && files.some((f) => f.path === `/${folder}`), table);
    assert.ok(!files.some((f) => f.path.includes('/editor-')), `the reader downloaded the renderer or editor bundle:\n${table}`);
    // Its own edition's data only: the page is pre-rendered, and the other edition is not its reader's.
    const others = EDITIONS.filter((e) => e.dataset !== dataset);
    assert.ok(!files.some((f) => others.some((e) => f.path === `/${e.dataset}` || f.path === `/${e.page}`)),
      `the first view of /${folder} fetched another edition:\n${table}`);
    assert.ok(total <= INTERACTIVE_GZIP_BUDGET, `the interactive load of /${folder} is ${total} bytes gzip, over the budget:\n${table}`);
  });
}

test('the editions share one reader bundle: the same code files, no second copy', async () => {
  const code = (files) => files.filter((f) => /\.(wasm|js)$/.test(f.path)).map((f) => f.path).sort();
  const [first, ...rest] = await Promise.all(EDITIONS.map((e) => interactive(e.page)));
  assert.ok(code(first.files).some((p) => p.endsWith('.wasm')), first.table);
  for (const other of rest) assert.deepEqual(code(other.files), code(first.files));
});

test('a draft (?data=) hands the page to the renderer bundle', async () => {
  const { page, problems } = await open(browser, null);
  const renderer = page.waitForResponse((r) => /\/editor-[0-9a-f]+\/summit-render_bg\.wasm$/.test(r.url()));
  await page.goto(`${server.url}?data=data/summit.en.json`);
  assert.equal((await renderer).status(), 200);
  await ready(page);
  assert.ok((await page.getByTestId('issue-card').count()) > 0);
  assertClean(problems);
});

function vnu(html, label) {
  const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
  try {
    const file = join(dir, 'page.html');
    writeFileSync(file, html);
    const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', file], { encoding: 'utf8' });
    assert.ok(run.status !== null, `the Nu checker did not run: ${run.error ?? run.stderr}`);
    const messages = JSON.parse(run.stderr || run.stdout).messages.filter((m) => m.type === 'error');
    const lines = messages.map((m) => `line ${m.lastLine}: ${m.message} — ${(m.extract ?? '').trim().slice(0, 120)}`);
    assert.deepEqual(lines, [], `Nu HTML Checker errors in ${label}:\n${lines.join('\n')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const { page: folder } of EDITIONS) {
  test(`the Nu HTML Checker finds no errors in dist/${folder}index.html`, () => {
    vnu(readFileSync(join(DIST, folder, 'index.html'), 'utf8'), `dist/${folder}index.html`);
  });

  test(`the Nu HTML Checker finds no errors in the DOM of /${folder} after hydration, with a selection`, async () => {
    const { page, problems } = await open(browser, `${server.url}${folder}?issue=taiwan&event=biden-xi-filoli`);
    await ready(page);
    vnu(`<!DOCTYPE html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`, `the rendered DOM of /${folder}`);
    assertClean(problems);
  });
}
