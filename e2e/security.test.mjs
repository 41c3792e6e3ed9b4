// What the page will and will not load: hostile ?data= links against a second origin that serves
// a story of its own, and the Content Security Policy the build writes, enforced for real.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { serve } from './lib/server.mjs';
import { DIST, browser, useBrowser, open, ready, assertClean, until } from './lib/browser.mjs';
import { EDITIONS, readStory } from './lib/story.mjs';

const data = JSON.parse(readFileSync(`${DIST}data/summit.en.json`, 'utf8'));
const table = JSON.parse(readFileSync(new URL('../tests/fixtures/hostile-drafts.json', import.meta.url), 'utf8'));
// A valid story that is not ours: if any of it reaches the page, a link took over the masthead.
const FOREIGN_TITLE = 'A FOREIGN STORY UNDER YOUR MASTHEAD';
const foreign = JSON.stringify({ ...data, meta: { ...data.meta, title: FOREIGN_TITLE } });
const LIMIT_CASES = ['limit-nesting', 'limit-long-text', 'limit-nesting-past-the-parser'];
let site, evil;

useBrowser();
before(async () => {
  // Drafts over the dataset limits, with the errors the validator gives them.
  const broken = (name) => readFileSync(new URL(`../tests/broken/${name}`, import.meta.url));
  site = await serve(DIST, {
    routes: Object.fromEntries(LIMIT_CASES.map((name) => [`/drafts/${name}.json`, broken(`${name}.json`)])),
  });
  const routes = {};
  for (const path of ['/x.json', '/drafts/a.json', '/summit/x.json']) routes[path] = foreign;
  evil = await serve(DIST, { routes });
});
after(async () => { await site?.close(); await evil?.close(); });

/** The table's placeholders, for the page on `site` and the foreign origin `evil`. */
function fill(value) {
  const self = new URL(site.url).origin;
  const { hostname, port } = new URL(evil.url);
  const wide = [...hostname].map((c) => String.fromCodePoint(c.codePointAt(0) + 0xfee0)).join('');
  return value
    .replaceAll('{self}', self)
    .replaceAll('{host}', new URL(site.url).host)
    .replaceAll('{evil_wide}', `${wide}:${port}`)
    .replaceAll('{evil_port}', port)
    .replaceAll('{evil}', `${hostname}:${port}`)
    .replaceAll('{long}', `drafts/${'a'.repeat(2048)}.json`);
}

/** Opens `?data=value` and returns every request's origin, the page's title and its error panel. */
async function tryDraft(value, folder = '') {
  const { page, problems, context } = await open(browser, null);
  const origins = new Set();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  await page.goto(`${site.url}${folder}?data=${encodeURIComponent(value)}`);
  await ready(page);
  const title = await page.locator('h1').first().innerText();
  const panel = await page.getByTestId('load-error').innerText().catch(() => '');
  await context.close();
  // A same-origin draft that does not exist answers 404 (403 where the test server refuses a
  // path that climbs out of its folder): expected, and not a policy problem.
  const unexpected = problems.filter((p) => !/\b40[34]\b|net::ERR_ABORTED/.test(p));
  return { origins: [...origins], title, panel, unexpected };
}

/** A policy as each directive's sources, sorted and each once (the directives of several policies merged). */
function directiveSets(policy) {
  const out = {};
  for (const [name, ...sources] of policy.split(/;\s*/).map((d) => d.trim().split(/\s+/))) {
    out[name] = [...new Set([...(out[name] ?? []), ...sources])].sort();
  }
  return Object.fromEntries(Object.entries(out).sort());
}

/** The script hashes a policy allows, sorted, each once. */
const hashes = (policy) => [...new Set(policy.match(/script-src [^;]*/)[0].match(/'sha256-[^']+'/g))].sort();

/** The hashes of the inline scripts a page runs (JSON data blocks are not run). */
function inlineScriptHashes(html) {
  return [...new Set([...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/type="application\/(ld\+)?json"/.test(attrs))
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`))].sort();
}

/** The directives of the CSP violations among `problems`, in order. */
const violated = (problems) => problems.map((p) => p.match(/CSP violation: (\S+)/)?.[1]).filter(Boolean);

/** Runs `check` over `values`, a few pages at a time. */
async function each(values, check) {
  for (let i = 0; i < values.length; i += 4) {
    await Promise.all(values.slice(i, i + 4).map(async (raw) => check(fill(raw), await tryDraft(fill(raw)))));
  }
}

test('the backslash link of the report shows the bundled story and fetches nothing from the other site', async () => {
  const { host } = new URL(evil.url);
  const { origins, title, panel, unexpected } = await tryDraft(`/\\${host}/x.json`);
  assert.deepEqual(origins, [new URL(site.url).origin]);
  assert.equal(title, data.meta.title);
  assert.match(panel, new RegExp(`on another site \\(http://${host.replace(/\./g, '\\.')}\\)`));
  assert.deepEqual(unexpected, []);
});

test(`no hostile ?data= value (${table.refused.length}) is fetched: each is refused, on screen`, async () => {
  await each(table.refused, (value, seen) => {
    assert.deepEqual(seen.origins, [new URL(site.url).origin], `${JSON.stringify(value)} requested another origin`);
    assert.equal(seen.title, data.meta.title, `${JSON.stringify(value)} changed the story`);
    assert.match(seen.panel, /The draft address was ignored/, `${JSON.stringify(value)} was not refused`);
    assert.deepEqual(seen.unexpected, [], `${JSON.stringify(value)}: ${seen.unexpected.join('; ')}`);
  });
});

test(`odd but same-origin ?data= values (${table['same-origin'].length}) are fetched from this site only`, async () => {
  await each(table['same-origin'], (value, seen) => {
    assert.deepEqual(seen.origins, [new URL(site.url).origin], `${JSON.stringify(value)} requested another origin`);
    assert.notEqual(seen.title, FOREIGN_TITLE, `${JSON.stringify(value)} showed the foreign story`);
    assert.deepEqual(seen.unexpected, [], `${JSON.stringify(value)}: ${seen.unexpected.join('; ')}`);
  });
});

test('the backslash link on the Chinese page keeps the Chinese story and fetches nothing from the other site', async () => {
  const zh = EDITIONS.find((e) => e.page !== '');
  const { data: zhData } = readStory(DIST, zh.dataset);
  const { host } = new URL(evil.url);
  const { origins, title, panel, unexpected } = await tryDraft(`/\\${host}/x.json`, zh.page);
  assert.deepEqual(origins, [new URL(site.url).origin]);
  assert.equal(title, zhData.meta.title, 'the refused draft falls back to the page\'s own edition');
  assert.ok(panel.includes(`http://${host}`), `the panel names the other site: ${panel}`);
  assert.ok(panel.includes(`它在另一个网站上（http://${host}）`), `the reason is in the page's language: ${panel}`);
  assert.doesNotMatch(panel, /ignored|another site/, 'no English left in the panel');
  assert.deepEqual(unexpected, []);
});

for (const { page: folder } of EDITIONS) {
  test(`every page the build emits carries a strict policy, and the host headers add frame-ancestors: /${folder}`, async () => {
    const html = readFileSync(`${DIST}${folder}index.html`, 'utf8');
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
    assert.ok(policy, `${folder}index.html has a CSP meta element`);
    assert.ok(html.indexOf(policy) < html.indexOf('<script'), 'the policy comes before every script');
    const directives = Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d]));
    assert.equal(directives['default-src'], "default-src 'self'");
    assert.match(directives['script-src'], /^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=')+$/);
    for (const fixed of ["object-src 'none'", "base-uri 'none'", "connect-src 'self'", "form-action 'none'", "require-trusted-types-for 'script'"]) {
      assert.ok(policy.includes(fixed), `the policy has ${fixed}`);
    }
    assert.doesNotMatch(policy, /'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
    // The page allows exactly its own inline scripts, by hash.
    assert.deepEqual(hashes(policy), inlineScriptHashes(html), `the script hashes of ${folder}index.html`);
    // The host's header serves every page of the build: the same policy, with every page's
    // scripts (each page's own policy still holds it to its own) and frame-ancestors.
    const response = await fetch(`${site.url}${folder}`);
    const header = response.headers.get('content-security-policy');
    assert.ok(header, 'the host sends a policy');
    const pages = EDITIONS.map((e) => readFileSync(`${DIST}${e.page}index.html`, 'utf8')
      .match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1]);
    assert.deepEqual(directiveSets(header), directiveSets([...pages, 'frame-ancestors *'].join('; ')),
      'the header policy is the pages\' policies together, with frame-ancestors');
    assert.match(header, /; frame-ancestors \*$/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(response.headers.get('referrer-policy'));
  });
}

test('the policy is enforced: an inline script the build did not hash does not run', async () => {
  // The page as built, with one more inline script, as an injection anywhere in it would be.
  const html = readFileSync(`${DIST}index.html`, 'utf8').replace('</body>', '<script>window.injected = 1</script></body>');
  const tampered = await serve(DIST, { routes: { '/tampered.html': html } });
  try {
    const { page, problems } = await open(browser, `${tampered.url}tampered.html`);
    await ready(page);
    assert.equal(await page.evaluate(() => window.injected), undefined, 'the injected script did not run');
    assert.deepEqual(violated(problems), ['script-src-elem']);
  } finally {
    await tampered.close();
  }
});

test('Trusted Types refuse plain strings at code sinks, and other origins cannot be reached', async () => {
  const { page, problems } = await open(browser, site.url);
  await ready(page);
  const refused = await page.evaluate(async (elsewhere) => {
    const attempt = (f) => { try { f(); return 'accepted'; } catch (e) { return e.name; } };
    return {
      html: attempt(() => document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.injected=2">')),
      scriptUrl: attempt(() => { document.createElement('script').src = 'data:text/javascript,1'; }),
      scriptText: attempt(() => { document.createElement('script').textContent = 'window.injected=3'; }),
      fetch: await fetch(elsewhere).then(() => 'accepted', (e) => e.name),
    };
  }, `${evil.url}x.json`);
  assert.deepEqual(refused, { html: 'TypeError', scriptUrl: 'TypeError', scriptText: 'TypeError', fetch: 'TypeError' });
  // Each refusal is reported once per policy in force, the header's and the page's own, in a task
  // of its own: wait for every report, not for a while.
  const want = [...Array(2).fill('connect-src'), ...Array(6).fill('require-trusted-types-for')];
  await until(() => violated(problems).length >= want.length, `${want.length} CSP violation reports`)
    .catch(() => assert.fail(`CSP violation reports: ${violated(problems).join(', ')}`));
  assert.deepEqual(violated(problems).sort(), want);
});

for (const { name, page: folder, dataset } of EDITIONS) {
  test(`a draft renders through the one Trusted Types policy with no violation: the ${name}`, async () => {
    const { data: own } = readStory(DIST, dataset);
    // The edition's own dataset, as a draft, addressed from the page's folder.
    const draft = folder ? `../${dataset}` : dataset;
    const { page, problems } = await open(browser, `${site.url}${folder}?data=${encodeURIComponent(draft)}`);
    await ready(page);
    assert.equal(await page.getByTestId('issue-card').count(), own.issues.length);
    assert.ok((await page.locator('h1').innerText()).includes(own.meta.title));
    assertClean(problems);
  });
}

test('a draft over a limit is refused before it is read, with the limit and the path on screen', async () => {
  for (const name of LIMIT_CASES) {
    const expected = readFileSync(new URL(`../tests/broken/${name}.expected`, import.meta.url), 'utf8').trim();
    const { page, problems, context } = await open(browser, `${site.url}?data=drafts/${name}.json`);
    await ready(page);
    const panel = await page.getByTestId('load-error').first().innerText();
    for (const line of expected.split('\n')) assert.ok(panel.includes(line), `${name}: the panel says ${JSON.stringify(line)}:\n${panel}`);
    assert.equal(await page.getByTestId('issue-card').count(), data.issues.length, `${name}: the bundled story is still shown`);
    assertClean(problems);
    await context.close();
  }
});
