// Print is complete whatever the URL picked: every card's details, every comparison row and
// every event, in the printed page as Chromium lays it out for print, in each edition.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, browser, server, useSite, open, ready, assertClean } from './lib/browser.mjs';
import { EDITIONS, readStory } from './lib/story.mjs';

useSite(DIST);

for (const { name, page: folder, dataset } of EDITIONS) {
  const { data } = readStory(DIST, dataset);
  const states = {
    'the default view': '',
    'an issue picked': `?issue=${data.issues[0].id}`,
    'an event picked': `?event=${data.events.at(-1).id}`,
    'both picked': `?issue=${data.issues.at(-1).id}&event=${data.events[0].id}`,
    'an unknown id': '?issue=no-such-issue',
  };

  describe(`print: the ${name}`, () => {
    for (const [label, query] of Object.entries(states)) {
      test(`print of ${label} has every issue, comparison row and event`, async () => {
        const { page, problems } = await open(browser, `${server.url}${folder}${query}`);
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

    test('the printed page is no wider than an A4 sheet', async () => {
      // A4's width at 96 px to the inch: what is wider is cut off, or the whole page shrunk to fit.
      const { page, problems } = await open(browser, `${server.url}${folder}`, { width: 794 });
      await ready(page);
      await page.emulateMedia({ media: 'print' });
      const wide = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const over = [...document.querySelectorAll('body *')]
          .filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > width + 1);
        return {
          scrollWidth: document.documentElement.scrollWidth,
          width,
          widest: over.filter((el) => !over.includes(el.parentElement)).slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().width)} px)`),
        };
      });
      assert.ok(wide.scrollWidth <= wide.width, `printed ${wide.scrollWidth} px wide on a ${wide.width} px page: ${wide.widest.join(', ')}`);
      assertClean(problems);
    });
  });
}
