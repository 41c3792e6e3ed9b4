// Print is complete whatever the URL picked: every card's details, every comparison row and
// every event, in the printed page as Chromium lays it out for print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve } from './lib/server.mjs';
import { DIST, launch, open, ready, assertClean } from './lib/browser.mjs';

const data = JSON.parse(readFileSync(`${DIST}data/summit.en.json`, 'utf8'));
let server, browser;

before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const states = {
  'the default view': '',
  'an issue picked': `?issue=${data.issues[0].id}`,
  'an event picked': `?event=${data.events.at(-1).id}`,
  'both picked': `?issue=${data.issues.at(-1).id}&event=${data.events[0].id}`,
  'an unknown id': '?issue=no-such-issue',
};

for (const [label, query] of Object.entries(states)) {
  test(`print of ${label} has every issue, comparison row and event`, async () => {
    const { page, problems } = await open(browser, `${server.url}${query}`);
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector) => page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
    assert.equal(await shown('.issue-card-details'), data.issues.length, 'card details');
    assert.equal(await shown('[data-testid=positions] tbody tr'), data.issues.length, 'comparison rows');
    assert.equal(await shown('.event-pane'), data.events.length, 'event panes');
    // What the printer gets is the text the layout shows: every title is in it.
    const text = await page.evaluate(() => document.body.innerText);
    for (const item of [...data.issues, ...data.events]) assert.ok(text.includes(item.title), `${item.title} is printed`);
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000, 'a real PDF is produced');
    assertClean(problems);
  });
}
