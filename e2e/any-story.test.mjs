// The engine works for any story: the core views, the keyboard, deep links and history, run
// against the release build of the bundled story (dist/), in each edition (dist/index.html in
// English, dist/zh-Hans/index.html in Chinese), and of a synthetic test story (dist-synthetic/:
// three invented parties, other ids and counts, an issue with no events). Every count, id and
// order comes from the dataset the page serves, every sentence from the edition's words. Embed
// sizing and offline reading run against the same pages in embed.test.mjs and offline.test.mjs.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './lib/server.mjs';
import { browser, useBrowser, open, ready, assertClean } from './lib/browser.mjs';
import { BUILDS, readStory } from './lib/story.mjs';

useBrowser();

const cardButton = (page, issueId) => page.locator(`[data-testid=issue-card][data-issue-id="${issueId}"] h3 button`);
const visibleRows = (page) => page.locator('[data-testid=positions] tbody tr:visible');
const markedCards = (page) => page.locator('[data-testid=issue-card].is-marked')
  .evaluateAll((cards) => cards.map((c) => c.dataset.issueId).sort());

for (const { name, dist, page: folder, dataset, words } of BUILDS) {
  describe(`any story: the ${name}`, () => {
    let story, server, home;
    before(async () => {
      story = readStory(dist, dataset);
      server = await serve(dist);
      home = `${server.url}${folder}`;
    });
    after(async () => { await server?.close(); });

    test('one card per issue, one marker per event, one comparison row per issue and a column per party', async () => {
      const { data } = story;
      const { page, problems } = await open(browser, home);
      await ready(page);
      assert.ok((await page.locator('h1').innerText()).includes(data.meta.title));
      assert.deepEqual(await page.getByTestId('issue-card').evaluateAll((cards) => cards.map((c) => c.dataset.issueId)),
        data.issues.map((i) => i.id));
      assert.deepEqual(await page.getByTestId('timeline-event').evaluateAll((tabs) => tabs.map((t) => t.dataset.eventId)).then((ids) => ids.sort()),
        data.events.map((e) => e.id).sort());
      assert.equal(await visibleRows(page).count(), data.issues.length);
      const columns = await page.locator('[data-testid=positions] thead th').allInnerTexts();
      assert.deepEqual(columns.slice(1, -1), data.parties.map((p) => p.name), 'a column per party, in order');
      const joints = data.issues.filter((i) => i.joint);
      assert.deepEqual(await page.locator('[data-testid=positions] td.joint-cell').evaluateAll((cells) => cells.map((c) => c.colSpan)),
        joints.map((i) => i.joint.parties.length), 'a joint text once, across its parties\' columns');
      assertClean(problems);
    });

    test('picking each issue opens its card, narrows the comparison and marks exactly its events', async () => {
      const { data, eventsOf } = story;
      const { page, problems } = await open(browser, home);
      await ready(page);
      for (const issue of data.issues) {
        await cardButton(page, issue.id).click();
        await page.waitForURL(new RegExp(`[?&]issue=${issue.id}(&|$)`));
        assert.equal(await cardButton(page, issue.id).getAttribute('aria-expanded'), 'true');
        assert.equal(await page.locator('[data-testid=issue-card] h3 button[aria-expanded=true]').count(), 1, 'one card open');
        assert.equal(await visibleRows(page).count(), 1);
        assert.equal(await visibleRows(page).getAttribute('data-issue-id'), issue.id);
        const related = await page.locator('[data-testid=timeline-event].is-related').evaluateAll((tabs) => tabs.map((t) => t.dataset.eventId));
        assert.deepEqual(related.sort(), eventsOf(issue.id).sort(), `the events of ${issue.id}`);
        assert.equal(await page.getByTestId('announcer').innerText(), words.announceIssue(issue.title));
      }
      assertClean(problems);
    });

    test('the timeline works from the keyboard in date order: one tab stop, arrows, Home, End, Enter', async () => {
      const { eventsByDate, event } = story;
      const [first, second, last] = [eventsByDate[0], eventsByDate[1], eventsByDate.at(-1)];
      const { page, problems } = await open(browser, home);
      await ready(page);
      const focused = () => page.evaluate(() => document.activeElement?.dataset.eventId);
      await page.locator('[data-testid=timeline-event][tabindex="0"]').focus();
      assert.equal(await focused(), first, 'the tab stop is the first event by date');
      await page.keyboard.press('ArrowRight');
      assert.equal(await focused(), second);
      await page.keyboard.press('End');
      assert.equal(await focused(), last);
      await page.keyboard.press('Home');
      assert.equal(await focused(), first);
      await page.keyboard.press('ArrowLeft');
      assert.equal(await focused(), last, 'wraps around');
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`[?&]event=${last}$`));
      assert.ok((await page.getByTestId('event-detail').innerText()).includes(event(last).title));
      // One tab stop: Tab leaves the list for the next control.
      await page.keyboard.press('Tab');
      assert.equal(await focused(), undefined);
      // Arrow keys typed elsewhere are not captured (no document-wide handler).
      const issue = story.data.issues[0].id;
      await cardButton(page, issue).focus();
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.evaluate(() => document.activeElement?.closest('[data-issue-id]')?.dataset.issueId), issue);
      assertClean(problems);
    });

    test('previous and next step through the events in date order, marking each one\'s issues', async () => {
      const { eventsByDate, event, issuesOf } = story;
      const { page, problems } = await open(browser, `${home}?event=${eventsByDate[0]}`);
      await ready(page);
      // Where the next button is on the page: it must not move from event to event, however
      // long each one's text, or a reader stepping on would have to chase it.
      const nextAt = () => page.getByTestId('event-next').evaluate((b) => Math.round(b.getBoundingClientRect().top + scrollY));
      const heights = new Set();
      const at = await nextAt();
      for (const id of eventsByDate) {
        // The cards an event marks follow it once the click's frame is painted, with the address.
        await page.waitForURL(new RegExp(`[?&]event=${id}(&|$)`));
        assert.equal(await page.locator('[data-testid=timeline-event][aria-selected=true]').getAttribute('data-event-id'), id);
        assert.ok((await page.getByTestId('event-detail').innerText()).includes(event(id).title), id);
        assert.deepEqual(await markedCards(page), issuesOf(id), `the issues of ${id}`);
        assert.equal(await nextAt(), at, `the next button stays where it was, at ${id}`);
        heights.add(await page.getByTestId('event-detail').evaluate((d) => Math.round(d.getBoundingClientRect().height)));
        if (id !== eventsByDate.at(-1)) await page.getByTestId('event-next').click();
      }
      assert.ok(heights.size > 1, 'the events differ in height, so the test above could fail');
      assertClean(problems);
    });

    test('a deep link restores the view and scrolls to it; Back and Forward step through selections', async () => {
      const { data, eventsByDate, event, issuesOf } = story;
      const [issue, other] = [data.issues.at(-1).id, data.issues[0].id];
      const picked = eventsByDate[Math.floor(eventsByDate.length / 2)];
      const { page, problems } = await open(browser, `${home}?issue=${issue}&event=${picked}`, { width: 375, height: 700 });
      await ready(page);
      assert.equal(await cardButton(page, issue).getAttribute('aria-expanded'), 'true');
      assert.ok((await page.getByTestId('event-detail').innerText()).includes(event(picked).title));
      assert.deepEqual(await markedCards(page), issuesOf(picked));
      await page.waitForFunction((id) => {
        const box = document.querySelector(`[data-testid=issue-card][data-issue-id="${id}"]`).getBoundingClientRect();
        return box.top < innerHeight && box.bottom > 0;
      }, issue, { timeout: 5000 });
      await cardButton(page, other).click();
      await page.waitForURL(new RegExp(`issue=${other}`));
      await page.goBack();
      await page.waitForURL(new RegExp(`issue=${issue}`));
      assert.equal(await cardButton(page, issue).getAttribute('aria-expanded'), 'true');
      assert.equal(await cardButton(page, other).getAttribute('aria-expanded'), 'false');
      await page.goForward();
      await page.waitForURL(new RegExp(`issue=${other}`));
      assert.equal(await cardButton(page, other).getAttribute('aria-expanded'), 'true');
      assertClean(problems);
    });

    test('an id the story does not have gives a gentle notice and keeps the rest of the link', async () => {
      const { eventsByDate, event } = story;
      const known = eventsByDate[0];
      const { page, problems } = await open(browser, `${home}?issue=no-such-issue&event=${known}`);
      await ready(page);
      const notice = await page.getByTestId('notice').innerText();
      assert.ok(notice.includes(words.unknownIssue('no-such-issue')), notice);
      assert.equal(await page.locator('[data-testid=issue-card] h3 button[aria-expanded=true]').count(), 0);
      assert.ok((await page.getByTestId('event-detail').innerText()).includes(event(known).title));
      assert.doesNotMatch(page.url(), /no-such-issue/);
      assertClean(problems);
    });
  });
}
