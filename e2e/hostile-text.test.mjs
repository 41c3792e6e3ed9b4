// A story whose words are markup (tests/fixtures/hostile-text.json: <style>, </style>, <script>,
// </script>, <!--, -->, ]]> and U+2028 in its title, standfirst, publisher, issues, quotes,
// events, sources and corrections), built as the release build is (scripts/test.sh, into
// dist-hostile/). The words reach the page's text, attributes and JSON-LD; none of them may
// become the page's markup, and the policy must still allow the page's own stylesheet and
// scripts: the page is styled, its app starts, and Chromium reports no policy violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { browser, server, useSite, open, ready, readText, assertClean } from './lib/browser.mjs';

const folder = (path) => (path.endsWith('/') ? path : `${path}/`);
/** The release build of the hostile story; `SUMMIT_DIST_HOSTILE` names another. */
const DIST_HOSTILE = folder(process.env.SUMMIT_DIST_HOSTILE ?? new URL('../dist-hostile/', import.meta.url).pathname);
const SEQUENCES = ['<style>', '</style>', '<script>', '</script>', '<!--', '-->', ']]>', '\u2028'];

const data = JSON.parse(readFileSync(`${DIST_HOSTILE}data/summit.en.json`, 'utf8'));
useSite(DIST_HOSTILE);

/** Every text of the story a reader sees (and the JSON-LD carries), with where it is from. */
function texts() {
  const { meta, parties, issues, events, sources } = data;
  return [
    ['meta.title', meta.title], ['meta.standfirst', meta.standfirst], ['meta.corrections[0]', meta.corrections[0].text],
    ['parties[0].name', parties[0].name], ['issues[0].title', issues[0].title], ['issues[0].summary', issues[0].summary],
    ['issues[1].summary', issues[1].summary], ['events[1].title', events[1].title], ['sources[0].title', sources[0].title],
    // Shown once its event is picked.
    ['events[1].summary', events[1].summary],
  ];
}

test('the fixture is hostile: its texts hold every sequence the HTML parser acts on', () => {
  const all = texts().map(([, words]) => words).join(' ');
  for (const sequence of SEQUENCES) assert.ok(all.includes(sequence), `the story has ${JSON.stringify(sequence)}`);
  for (const [where, words] of texts()) assert.ok(SEQUENCES.some((s) => words.includes(s)), `${where} is hostile`);
});

test('the page is styled, its scripts run, its words are text, and the policy blocks nothing of its own', async () => {
  const { page, problems } = await open(browser, null);
  // Counted in the page, besides the console errors the watch turns each violation into.
  await page.addInitScript(() => {
    window.policyViolations = [];
    addEventListener('securitypolicyviolation', (e) => window.policyViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.alert = () => { throw new Error('a story text ran as a script'); };
  });
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.goto(server.url);

  // The inline stylesheet applied (base.css puts the skip link off screen), and no text of the
  // story became a rule (the title's `body{display:none}`, the standfirst's `*{color:red}`).
  const styled = await page.evaluate(() => ({
    skipLink: getComputedStyle(document.querySelector('.skip-link')).position,
    body: getComputedStyle(document.body).display,
    sheets: [...document.styleSheets].map((s) => s.cssRules.length),
    styles: document.querySelectorAll('style').length,
  }));
  assert.equal(styled.skipLink, 'absolute', 'the page\'s own stylesheet applies');
  assert.equal(styled.body, 'block');
  assert.equal(styled.styles, 1, 'one <style>: the page\'s');
  assert.ok(styled.sheets[0] > 100, `the page's rules are there: ${styled.sheets}`);

  // The scripts ran: the shell's (which starts the app on the reader's first intent) and the
  // loader, which started the wasm and its islands.
  await ready(page);

  // The JSON-LD is the story's words, whole, in one data block that ends where it should.
  const ld = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((s) => s.textContent));
  assert.equal(ld.length, 1);
  assert.ok(!ld[0].includes('<'), 'no < inside the data block');
  const article = JSON.parse(ld[0]);
  assert.equal(article.headline, data.meta.title);
  assert.equal(article.description, data.meta.standfirst);
  assert.equal(article.publisher.name, data.meta.publisher);
  assert.equal(await page.title(), data.meta.title);

  // No element came from a story's text: the page's scripts are the data block, the shell's
  // own and the loader, in that order.
  assert.deepEqual(await page.evaluate(() => [...document.scripts].map((s) => s.type || 'classic')),
    ['application/ld+json', 'classic', 'module']);

  // Every hostile text is on the page as the reader's text.
  const text = await readText(page);
  for (const [where, words] of texts().slice(0, -1)) assert.ok(text.includes(words), `${where} is shown as text: ${JSON.stringify(words)}`);

  // And the islands handle it too: picking the hostile issue announces its title as written.
  const issue = data.issues[0];
  await page.locator(`[data-testid=issue-card][data-issue-id="${issue.id}"] h3 button`).click();
  await page.waitForURL(new RegExp(`[?&]issue=${issue.id}(&|$)`));
  assert.equal(await page.getByTestId('announcer').innerText(), `Issue selected: ${issue.title}.`);
  const event = data.events[1];
  await page.locator(`[data-testid=timeline-event][data-event-id="${event.id}"]`).click();
  await page.waitForURL(new RegExp(`[?&]event=${event.id}(&|$)`));
  assert.ok((await page.getByTestId('event-detail').innerText()).includes(event.summary), 'the picked event\'s summary, as text');

  assert.deepEqual(await page.evaluate(() => window.policyViolations), [], '0 policy violations');
  assertClean(problems);
});
