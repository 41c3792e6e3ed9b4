// Publishing without a toolchain (issue 32): the editor's "Download the page" (editor-download-site)
// zips a ready-to-host site of the open story. Each zip is unzipped (extract-zip, on yauzl: an
// unzip that is not the one that wrote it) and served on another port of 127.0.0.1, where the
// explainer must start, select from its address, read offline and break no policy. The page in
// the zip must be the page the build writes for the same dataset: the template's and the
// synthetic story's release builds (dist-template/, dist-synthetic/, scripts/test.sh) are the
// other way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import extract from 'extract-zip';
import { serve } from './lib/server.mjs';
import { DIST, DIST_SYNTHETIC, DIST_TEMPLATE, browser, useBrowser, open, ready, assertClean, workerControls, urlSelectionShown } from './lib/browser.mjs';

const FIXTURES = new URL('../tests/fixtures/', import.meta.url).pathname;
let editorSite;
useBrowser();
before(async () => { editorSite = await serve(DIST); });
after(async () => { await editorSite?.close(); });

async function settled(page, pattern, timeout = 15000) {
  await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('[data-testid=editor-status]')?.innerText ?? ''),
    pattern.source, { timeout });
}

async function openEditor(context, path = 'edit.html', valid = /valid/) {
  const opened = await open(browser, `${editorSite.url}${path}`, { context });
  opened.page.on('dialog', (dialog) => dialog.accept());
  await settled(opened.page, valid);
  return opened;
}

/** Every file under `dir`, as paths from it, sorted. */
function filesUnder(dir) {
  const out = [];
  const walk = (at) => readdirSync(at).forEach((name) => {
    const path = join(at, name);
    if (statSync(path).isDirectory()) walk(path); else out.push(relative(dir, path));
  });
  walk(dir);
  return out.sort();
}

/** Clicks "Download the page"; the zip's name and the folder it is unzipped into. */
async function downloadSite(page) {
  const status = () => page.getByTestId('editor-site-status').innerText();
  const downloading = page.waitForEvent('download', { timeout: 30000 }).catch(async () => assert.fail(`no download; the editor said: ${await status()}`));
  await page.getByTestId('editor-download-site').click();
  const download = await downloading;
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  await extract(await download.path(), { dir });
  // Info-ZIP's unzip too, where the machine has it: its own check of every entry's CRC.
  const unzip = spawnSync('unzip', ['-tq', await download.path()], { encoding: 'utf8' });
  if (unzip.error?.code === 'ENOENT') console.log('SKIPPED: unzip -t (Info-ZIP\'s unzip is not installed)');
  else assert.equal(unzip.status, 0, `unzip -t: ${unzip.stdout}${unzip.stderr}`);
  await page.waitForFunction(() => /\.zip/.test(document.querySelector('[data-testid=editor-site-status]')?.innerText ?? ''));
  return { name: download.suggestedFilename(), dir, status: await status() };
}

/** In the page: the worker's cache has what a downloaded site needs from the editor's list: the kit and pym.js. */
async function editorFilesKept() {
  const cache = await caches.open((await caches.keys())[0] ?? 'none');
  const urls = (await cache.keys()).map((r) => r.url);
  return urls.some((u) => /\/editor-[0-9a-f]+\/site-[0-9a-f]+\.json$/.test(u)) && urls.some((u) => u.endsWith('/pym.v1.min.js'));
}

/** The page in `dir` is the page the build wrote for the same dataset, and so is its story index. */
function assertBuiltBothWays(dir, build) {
  const page = readFileSync(join(dir, 'index.html'), 'utf8');
  const built = readFileSync(join(build, 'index.html'), 'utf8');
  if (page !== built) {
    const at = [...page].findIndex((c, i) => c !== built[i]);
    assert.fail(`the zip's page differs from ${build}index.html at character ${at}:\n  zip:   ${JSON.stringify(page.slice(at - 80, at + 120))}\n  build: ${JSON.stringify(built.slice(at - 80, at + 120))}`);
  }
  assert.equal(readFileSync(join(dir, 'story-index.json'), 'utf8'), readFileSync(join(build, 'story-index.json'), 'utf8'));
}

/** The site unzipped into `dir`, served on its own port: the explainer of `data`, working. */
async function assertSiteWorks(dir, data) {
  const site = await serve(dir, { reportCsp: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    assert.notEqual(new URL(site.url).port, new URL(editorSite.url).port);
    const { page, problems } = await open(browser, site.url, { context });
    await ready(page);
    assert.equal(await page.locator('h1').innerText(), data.meta.title);
    assert.equal(await page.getAttribute('html', 'lang'), data.meta.language);
    assert.equal(await page.getByTestId('issue-card').count(), data.issues?.length ?? 0);
    assert.equal(await page.getByTestId('timeline-event').count(), data.events.length);
    // The address selects: an issue where the story has issues, else an event.
    const [param, id] = data.issues?.length ? ['issue', data.issues[0].id] : ['event', data.events.at(-1).id];
    await page.goto(`${site.url}?${param}=${id}`);
    await ready(page);
    await page.waitForFunction(urlSelectionShown, null, { timeout: 5000 });
    const selected = param === 'issue'
      ? page.locator(`[data-issue-id="${id}"] h3 button`).getAttribute('aria-expanded')
      : page.locator(`[data-testid=timeline-event][data-event-id="${id}"]`).getAttribute('aria-selected');
    assert.equal(await selected, 'true', `?${param}=${id} selects it`);
    // Offline after one visit: the zip's own service worker serves it.
    await workerControls(page);
    await page.waitForFunction(async () => (await caches.keys()).length === 1 &&
      (await (await caches.open((await caches.keys())[0])).keys()).some((r) => r.url.endsWith('_bg.wasm')), null, { timeout: 15000 });
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    assert.equal(await page.locator('h1').innerText(), data.meta.title, 'offline, the page still reads');
    assert.equal(await page.getByTestId('timeline-event').count(), data.events.length);
    assertClean(problems);
    assert.deepEqual(site.cspReports, [], 'the browser reported no violation of the policy in the zip\'s _headers');
  } finally {
    await context.close();
    await site.close();
  }
}

test('offline, the template story downloads as a site whose page is the build\'s, and the site works on its own port', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const { page, problems } = await openEditor(context);
    await workerControls(page);
    // Installed from the editor, the worker keeps what a downloaded site needs: the kit and pym.js too.
    await page.waitForFunction(editorFilesKept, null, { timeout: 15000 });
    await page.getByTestId('editor-template').click();
    await settled(page, /valid: 2 parties, 1 issues/);
    await context.setOffline(true);
    const { name, dir, status } = await downloadSite(page);
    assert.equal(name, 'story-site.zip');
    const files = filesUnder(dir);
    assert.match(status, new RegExp(`Downloaded story-site\\.zip: ${files.length} files, \\d+ KB\\.`));
    for (const file of ['index.html', 'data/summit.en.json', 'story-index.json', 'sw.js', '_headers', 'manifest.webmanifest', 'pym.v1.min.js', 'share.png', 'icons/icon.svg']) {
      assert.ok(files.includes(file), `the site has ${file}: ${files.join(' ')}`);
    }
    for (const pattern of [/^summit-explainer-[0-9a-f]+_bg\.wasm$/, /^summit-explainer-[0-9a-f]+\.js$/, /^editor-[0-9a-f]+\/summit-render_bg\.wasm$/]) {
      assert.ok(files.some((f) => pattern.test(f)), `the site has ${pattern}`);
    }
    assert.ok(!files.some((f) => /edit\.html$|summit-editor|\/site-[0-9a-f]+\.json$|\/start-/.test(f)), `no editor in the site: ${files.join(' ')}`);
    // The reader's bundle is the editor site's own, byte for byte.
    for (const file of files.filter((f) => f.startsWith('summit-explainer-'))) {
      assert.deepEqual(readFileSync(join(dir, file)), readFileSync(join(DIST, file)), file);
    }
    assertBuiltBothWays(dir, DIST_TEMPLATE);
    const template = JSON.parse(readFileSync(join(DIST_TEMPLATE, 'data/summit.en.json'), 'utf8'));
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'data/summit.en.json'), 'utf8')), template);
    assertClean(problems);
    await assertSiteWorks(dir, template);
  } finally {
    await context.close();
  }
});

test('under a worker a reader\'s visit installed, the editor keeps its files too: offline, the synthetic three-party story downloads as a site whose page is the build\'s', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const reader = await open(browser, editorSite.url, { context });
  await ready(reader.page);
  await workerControls(reader.page);
  assert.equal(await reader.page.evaluate(editorFilesKept), false, 'a reader\'s worker keeps only the reader\'s files');
  const { page, problems } = await openEditor(context);
  try {
    await page.waitForFunction(editorFilesKept, null, { timeout: 15000 });
    await context.setOffline(true);
    await page.getByTestId('editor-file').setInputFiles(join(FIXTURES, 'synthetic.json'));
    await settled(page, /valid: 3 parties/);
    const { dir } = await downloadSite(page);
    assertBuiltBothWays(dir, DIST_SYNTHETIC);
    assertClean(reader.problems);
    assertClean(problems);
  } finally {
    await context.close();
  }
});

test('an imported timeline-only story is refused until its blanks are filled, then downloads as a working site', async () => {
  const { page, problems, context } = await openEditor();
  try {
    await page.getByTestId('editor-import').setInputFiles(join(FIXTURES, 'import', 'timelinejs-linked.csv'));
    await page.waitForFunction(() => document.querySelector('[data-testid=editor-preview] h1')?.innerText.includes('river crossing'));
    // No publisher yet: refused, with the problem listed, and nothing downloaded.
    let downloads = 0;
    page.on('download', () => { downloads += 1; });
    await page.getByTestId('editor-download-site').click();
    const listed = page.getByTestId('editor-site-problems');
    await listed.waitFor({ state: 'visible' });
    assert.match(await listed.innerText(), /publisher/);
    assert.match(await page.getByTestId('editor-site-status').innerText(), /cannot be published yet/);
    await page.locator('[data-testid=editor-outline-item][data-path="meta"]').click();
    await page.locator('[data-testid=editor-field][data-path="meta.publisher"]').fill('Test newsroom');
    await settled(page, /is valid/);
    const { dir } = await downloadSite(page);
    assert.equal(downloads, 1, 'only the second click downloaded');
    assert.ok(await listed.isHidden(), 'the list of problems went');
    const data = JSON.parse(readFileSync(join(dir, 'data/summit.en.json'), 'utf8'));
    assert.equal(data.issues.length, 0);
    assert.equal(data.events.length, 3);
    assertClean(problems);
    await assertSiteWorks(dir, data);
  } finally {
    await context.close();
  }
});

test('a draft with a claim without a source is refused, its problems listed; its JSON still downloads', async () => {
  const { page, problems, context } = await openEditor();
  try {
    await page.getByTestId('editor-template').click();
    await settled(page, /valid: 2 parties, 1 issues/);
    await page.getByTestId('editor-view-json').click();
    const text = await page.getByTestId('editor-text').inputValue();
    const draft = JSON.parse(text);
    draft.events[0].sources = [];
    await page.getByTestId('editor-text').fill(JSON.stringify(draft, null, 2));
    await settled(page, /before publishing/);
    await page.getByTestId('editor-download-site').click();
    const listed = page.getByTestId('editor-site-problems');
    await listed.waitFor({ state: 'visible' });
    assert.match(await listed.innerText(), /events\[0\]\.sources|source/);
    assert.equal(await listed.locator('li').count(), await page.getByTestId('editor-error').count(), 'every problem is listed');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('editor-download').click()]);
    assert.equal(download.suggestedFilename(), 'story.json');
    assertClean(problems);
  } finally {
    await context.close();
  }
});

test('the Chinese editor downloads the Chinese story as a site in Chinese, its page at the root', async () => {
  const { page, problems, context } = await openEditor(undefined, 'zh-Hans/edit.html', /内容有效/);
  try {
    await page.getByTestId('editor-open-bundled').click();
    await settled(page, /内容有效/);
    const { name, dir, status } = await downloadSite(page);
    assert.equal(name, 'summit.zh-Hans-site.zip');
    assert.match(status, /已下载/);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    assert.match(html, /<html lang="zh-Hans"/);
    assert.ok(existsSync(join(dir, 'data/summit.zh-Hans.json')) && !existsSync(join(dir, 'zh-Hans')), 'one edition, at the root');
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    assert.match(sw, /const EDITIONS = \{"\.\/":\["\.\/","\.\/index\.html","\.\/data\/summit\.zh-Hans\.json"/);
    assertClean(problems);
    await assertSiteWorks(dir, JSON.parse(readFileSync(join(dir, 'data/summit.zh-Hans.json'), 'utf8')));
  } finally {
    await context.close();
  }
});
