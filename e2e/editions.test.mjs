// Issue 19: one build, two editions. dist/index.html (English) and dist/zh-Hans/index.html
// (Simplified Chinese) share the reader bundle; each says its language, links the other both
// ways, shows each side's words in the language spoken with a note and the original when shown in
// translation, keeps the view across the language switch, lays Chinese out as Chinese, and is
// cached for reading offline as the reader visits it. Every count comes from the datasets.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, browser, server, useSite, open, ready, assertClean, axe, workerControls } from './lib/browser.mjs';
import { EDITIONS, readStory } from './lib/story.mjs';

const [EN, ZH] = ['en', 'zh-Hans'].map((language) => EDITIONS.find((e) => e.words.language === language));
const stories = new Map(EDITIONS.map((e) => [e, readStory(DIST, e.dataset)]));
const other = (edition) => EDITIONS.find((e) => e !== edition);

before(() => assert.ok(EN && ZH, 'the suite knows both editions'));
useSite(DIST);

const home = (edition) => `${server.url}${edition.page}`;

/**
 * Every quote of a dataset with the language it was spoken in: statements (`quote`, on cards and
 * in the comparison) and event quotes (`text`), wherever they are in the file.
 */
function quotesOf(data) {
  const found = [];
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return undefined;
    if (node.spoken && (node.quote ?? node.text)) found.push({ text: node.quote ?? node.text, spoken: node.spoken });
    return Object.values(node).forEach(walk);
  };
  walk(data);
  return found;
}

/** In the page: every quote shown (a statement's or an event's), with the note under it, if any. */
function shownQuotes() {
  const noteOf = (note) => note && {
    spoken: note.dataset.spoken,
    line: note.querySelector('.translation-from')?.textContent.trim(),
    missing: note.querySelector('.translation-missing')?.textContent.trim() ?? null,
    details: note.querySelector('details[data-testid=translation-original]') != null,
    original: [...note.querySelectorAll('details[data-testid=translation-original] q')]
      .map((q) => ({ lang: q.getAttribute('lang'), text: q.textContent })),
  };
  const next = (el) => (el?.matches('[data-testid=translation-note]') ? el : null);
  return [
    ...[...document.querySelectorAll('.stance-quote')].map((p) => ({
      text: p.querySelector('q').textContent, note: noteOf(next(p.nextElementSibling)),
    })),
    ...[...document.querySelectorAll('figure.event-quote')].map((f) => ({
      text: f.querySelector('blockquote').textContent, note: noteOf(f.querySelector('[data-testid=translation-note]')),
    })),
    // Every note on the page, wherever it is: none may stand apart from a quote.
    { notes: document.querySelectorAll('[data-testid=translation-note]').length },
  ];
}

/** The note a quote spoken in `spoken` must have on a page in `edition`'s language, from the dataset. */
function expectedNote(edition, data, spoken) {
  if (spoken.language === edition.words.language) return null;
  const translator = spoken.translated_by && spoken.translated_by !== 'explainer'
    ? data.sources.find((s) => s.id === spoken.translated_by).publisher : undefined;
  return {
    spoken: spoken.language,
    line: edition.words.translatedBy(translator, spoken.language),
    missing: spoken.original ? null : edition.words.originalNotFound(spoken.language),
    details: spoken.original != null,
    original: spoken.original ? [{ lang: spoken.language, text: spoken.original.text }] : [],
  };
}

for (const edition of EDITIONS) {
  const { data } = stories.get(edition);
  const theOther = other(edition);

  describe(`the ${edition.name}`, () => {
    test('says its language: <html lang>, hreflang alternates both ways, og:locale and JSON-LD inLanguage', async () => {
      const { page, problems } = await open(browser, home(edition), { javaScriptEnabled: false });
      assert.equal(data.meta.language, edition.words.language, 'the dataset is in the edition\'s language');
      assert.equal(await page.getAttribute('html', 'lang'), edition.words.language);
      // An alternate for every edition, itself included, each resolving to that edition's page.
      const alternates = await page.locator('link[rel=alternate][hreflang]')
        .evaluateAll((links) => links.map((l) => [l.hreflang, l.href]));
      assert.deepEqual(Object.fromEntries(alternates), Object.fromEntries(EDITIONS.map((e) => [e.words.language, home(e)])));
      assert.equal(alternates.length, EDITIONS.length, 'one alternate per edition');
      // Both ways: the other edition's page points back here.
      const back = await page.request.get(home(theOther)).then((r) => r.text());
      const backHref = back.match(new RegExp(`<link rel="alternate" hreflang="${edition.words.language}" href="([^"]*)"`))?.[1];
      assert.ok(backHref, `${home(theOther)} has an alternate for ${edition.words.language}`);
      assert.equal(new URL(backHref, home(theOther)).href, home(edition));
      const meta = (property) => page.locator(`meta[property="${property}"]`).getAttribute('content');
      assert.equal(await meta('og:locale'), edition.words.ogLocale);
      const alternateLocales = await page.locator('meta[property="og:locale:alternate"]').evaluateAll((m) => m.map((x) => x.content));
      assert.deepEqual(alternateLocales, [theOther.words.ogLocale]);
      const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
      assert.equal(ld.inLanguage, edition.words.language);
      assert.equal(ld.headline, data.meta.title);
      assertClean(problems.filter((p) => !/^request failed: .*\.js csp$/.test(p)));
    });

    test('with JavaScript off, the language switch is a plain link to the other edition', async () => {
      const { page, problems } = await open(browser, home(edition), { javaScriptEnabled: false });
      const link = page.getByTestId('language-switch');
      assert.equal(await link.count(), 1);
      assert.equal(await link.getAttribute('id'), 'edition-link');
      assert.equal(await link.getAttribute('hreflang'), theOther.words.language);
      assert.equal(await link.getAttribute('lang'), theOther.words.language, 'its name is marked in its own language');
      assert.equal(await page.locator('nav.editions [data-testid=language-switch]').count(), 1, 'in the header\'s editions nav');
      await link.click();
      await page.waitForURL(home(theOther));
      assert.equal(await page.getAttribute('html', 'lang'), theOther.words.language);
      assert.ok((await page.locator('h1').innerText()).includes(stories.get(theOther).data.meta.title));
      assertClean(problems.filter((p) => !/^request failed: .*\.js csp$/.test(p)));
    });

    test('the language switch keeps the view picked in the page (?issue=, ?event=, ?q=, ?zoom=)', async () => {
      const issue = data.issues.at(-1);
      const { eventsByDate } = stories.get(edition);
      const event = eventsByDate.at(-1);
      const { page, problems } = await open(browser, home(edition));
      await ready(page);
      // Picked by the reader, not arrived at: a card, an event from the keyboard, a zoom, a search.
      await page.locator(`[data-issue-id="${issue.id}"] h3 button`).click();
      await page.waitForURL(new RegExp(`[?&]issue=${issue.id}(&|$)`));
      await page.locator('[data-testid=timeline-event][tabindex="0"]').focus();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`[?&]event=${event}(&|$)`));
      await page.getByTestId('timeline-zoom-in').click();
      await page.waitForURL(/[?&]zoom=\d/);
      const zoom = new URL(page.url()).searchParams.get('zoom');
      const q = data.issues[0].title.split(/\s+/)[0];
      await page.getByTestId('find').fill(q);
      await page.waitForURL(/[?&]q=/);
      const link = page.getByTestId('language-switch');
      await page.waitForFunction((want) => {
        const params = new URL(document.getElementById('edition-link').href).searchParams;
        return params.get('q') === want;
      }, q, { timeout: 5000 });
      const target = new URL(await link.evaluate((a) => a.href));
      assert.equal(`${target.origin}${target.pathname}`, home(theOther), 'to the other edition');
      assert.deepEqual(Object.fromEntries(target.searchParams),
        { issue: issue.id, event, q, zoom }, 'the view is kept');
      await link.click();
      await page.waitForURL((url) => url.pathname === new URL(home(theOther)).pathname);
      await ready(page);
      assert.equal(await page.getAttribute('html', 'lang'), theOther.words.language);
      assert.equal(await page.locator(`[data-issue-id="${issue.id}"] h3 button`).getAttribute('aria-expanded'), 'true');
      assert.equal(await page.locator(`[data-testid=timeline-event][data-event-id="${event}"]`).getAttribute('aria-selected'), 'true');
      assert.equal(await page.getByTestId('find').inputValue(), q);
      assert.equal(new URL(page.url()).searchParams.get('zoom'), zoom);
      assertClean(problems);
    });

    test('the language switch never carries ?data=: beside a refused draft it links the other edition, without the draft', async () => {
      const issue = data.issues.at(-1);
      // A refused draft leaves the bundled story on screen, and with it the way to the other
      // edition, for the same view.
      const refused = await open(browser, `${home(edition)}?data=${encodeURIComponent('https://evil.example/x.json')}&issue=${issue.id}`);
      await ready(refused.page);
      assert.ok((await refused.page.locator('h1').innerText()).includes(data.meta.title));
      const switches = await refused.page.getByTestId('language-switch').evaluateAll((links) => links.map((a) => a.href));
      assert.equal(switches.length, 1, 'the page with a refused draft still links the other edition');
      const fromRefused = new URL(switches[0]);
      assert.equal(`${fromRefused.origin}${fromRefused.pathname}`, home(theOther));
      assert.equal(fromRefused.searchParams.has('data'), false, `the link carries ?data=: ${fromRefused.href}`);
      assert.equal(fromRefused.searchParams.get('issue'), issue.id);
      assertClean(refused.problems);
      // A draft previewed: any link to another edition is to its bundled story, without the draft.
      const draft = edition.page ? `../${edition.dataset}` : edition.dataset;
      const drafted = await open(browser, `${home(edition)}?data=${encodeURIComponent(draft)}&issue=${issue.id}`);
      await ready(drafted.page);
      for (const href of await drafted.page.getByTestId('language-switch').evaluateAll((links) => links.map((a) => a.href))) {
        assert.equal(new URL(href).searchParams.has('data'), false, `the link carries ?data=: ${href}`);
      }
      assertClean(drafted.problems);
    });

    test('each quote is in the language spoken, or says it is translated and gives the original', async () => {
      const { page, problems } = await open(browser, home(edition), { javaScriptEnabled: false });
      const shown = await page.evaluate(shownQuotes);
      const { notes } = shown.pop();
      const quotes = quotesOf(data);
      assert.ok(quotes.length > 0);
      const foreign = quotes.filter((q) => q.spoken.language !== edition.words.language);
      assert.ok(foreign.length > 0 && foreign.length < quotes.length, 'the story has words spoken in each language');
      // Every quote of the dataset is on the page, each time with the note its spoken language asks for.
      for (const quote of quotes) {
        assert.ok(shown.some((s) => s.text === quote.text), `not shown: ${quote.text}`);
      }
      let translated = 0;
      for (const s of shown) {
        const sources = quotes.filter((q) => q.text === s.text);
        assert.ok(sources.length > 0, `a quote not in the dataset: ${s.text}`);
        const expected = expectedNote(edition, data, sources[0].spoken);
        assert.deepEqual(s.note, expected, `the note under "${s.text}"`);
        if (expected) translated += 1;
      }
      assert.equal(notes, translated, 'a note only under a quote shown in translation');
      // Derived from the dataset: every translated quote is shown at least once with its note.
      assert.ok(translated >= foreign.length, `${translated} notes for ${foreign.length} translated quotes`);
      // An original is one tap away: the disclosure opens to it.
      const details = page.locator('details[data-testid=translation-original]:visible').first();
      await details.locator('summary').click();
      assert.equal(await details.locator('q').isVisible(), true);
      assertClean(problems.filter((p) => !/^request failed: .*\.js csp$/.test(p)));
    });

    test('every word in the other script is marked with its language', async () => {
      const { page, problems } = await open(browser, `${home(edition)}?issue=taiwan&event=biden-xi-filoli`);
      await ready(page);
      const unmarked = await page.evaluate((pageLanguage) => {
        const han = /[\u3400-\u9fff\uf900-\ufaff]/;
        const out = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement;
          if (!han.test(node.textContent) || el.closest('script, style')) continue;
          const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
          if (!lang.startsWith('zh')) out.push(`${node.textContent.trim().slice(0, 40)} (lang="${lang}")`);
        }
        // On the Chinese page, an English original is marked English.
        if (pageLanguage.startsWith('zh')) {
          for (const q of document.querySelectorAll('[data-testid=translation-original] q')) {
            if (/[A-Za-z]{3}/.test(q.textContent) && !han.test(q.textContent) && !q.closest('[lang]').lang.startsWith('en')) {
              out.push(`${q.textContent.slice(0, 40)} (lang="${q.closest('[lang]').lang}")`);
            }
          }
        }
        return out;
      }, edition.words.language);
      assert.deepEqual(unmarked, [], 'Chinese text outside an element with lang="zh…", or English marked otherwise');
      // A source's title in another language than the page's says so (the dataset's `language`).
      const titles = await page.evaluate((sources) => sources.map(({ id, title }) => {
        const item = document.getElementById(`source-${id}`);
        const walker = document.createTreeWalker(item ?? document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (item && node.textContent === title) return [id, node.parentElement.closest('[lang]').getAttribute('lang')];
        }
        return [id, null];
      }), data.sources.map(({ id, title }) => ({ id, title })));
      const expected = data.sources.map((source) => [source.id, source.language ?? data.meta.language]);
      assert.deepEqual(titles, expected, 'each source title\'s language');
      await axe(page, `${edition.name} with Chinese and English quotes`);
      assertClean(problems);
    });

    test('dates are written in the edition\'s language: the updated date and the key date', async () => {
      const { page, problems } = await open(browser, home(edition), { javaScriptEnabled: false });
      const updated = page.locator('.page-header .page-meta time');
      assert.equal(await updated.getAttribute('datetime'), data.meta.updated);
      assert.equal(await updated.innerText(), edition.words.day(data.meta.updated));
      const key = data.meta.key_date.date;
      const said = await page.locator(`time[datetime="${key}"]`).allTextContents();
      assert.ok(said.some((t) => t.includes(edition.words.day(key))), `no time reads ${edition.words.day(key)}: ${said.slice(0, 5).join(' | ')}`);
      assertClean(problems.filter((p) => !/^request failed: .*\.js csp$/.test(p)));
    });

    test('the embed panel gives the snippet for this edition\'s page and the view picked in it', async () => {
      const [issue, event] = [data.issues[0].id, stories.get(edition).eventsByDate[0]];
      const { page, problems } = await open(browser, `${home(edition)}?event=${event}`);
      await ready(page);
      await page.locator(`[data-issue-id="${issue}"] h3 button`).click();
      await page.waitForURL(new RegExp(`[?&]issue=${issue}`));
      await page.getByTestId('embed-toggle').click();
      const decode = (s) => s.replaceAll('&amp;', '&');
      const iframe = await page.getByTestId('embed-iframe').inputValue();
      const src = new URL(decode(iframe.match(/<iframe src="([^"]+)"/)[1]));
      assert.equal(`${src.origin}${src.pathname}`, home(edition), `the iframe points at this edition: ${iframe}`);
      assert.deepEqual(Object.fromEntries(src.searchParams), { issue, event, embed: '1' });
      const pym = await page.getByTestId('embed-pym').inputValue();
      const pymSrc = new URL(decode(pym.match(/data-pym-src="([^"]+)"/)[1]));
      assert.equal(pymSrc.href, src.href);
      // The snippet's script is there to load.
      const script = pym.match(/<script src="([^"]+)"/)[1];
      assert.equal((await page.request.get(script)).status(), 200, `the pym.js address in the snippet: ${script}`);
      // The frame, loaded from the snippet, shows this edition with the view.
      await page.goto(src.href);
      await ready(page);
      assert.equal(await page.getAttribute('html', 'lang'), edition.words.language);
      assert.equal(await page.getByTestId('embed-credit').isVisible(), true);
      assert.equal(await page.locator(`[data-issue-id="${issue}"] h3 button`).getAttribute('aria-expanded'), 'true');
      assertClean(problems);
    });
  });
}

describe('Chinese typography and layout on the Chinese page', () => {
  const { data, eventsByDate } = stories.get(ZH);
  const quoteText = '.stance-quote, .stance-quote *, .event-quote blockquote, .event-quote blockquote *';

  /** In the page: the elements with `selector` whose text is Chinese and whose computed font-style is not normal. */
  const slanted = (page, selector) => page.evaluate((sel) => {
    const els = [...document.querySelectorAll(sel)].filter((el) => /[\u3400-\u9fff]/.test(el.textContent));
    return {
      count: els.length,
      slanted: els.filter((el) => getComputedStyle(el).fontStyle !== 'normal')
        .map((el) => `${el.className || el.tagName}: ${getComputedStyle(el).fontStyle} "${el.textContent.slice(0, 20)}"`),
    };
  }, selector);

  test('no synthetic italics on Chinese quotes, strict line breaks, no Latin hyphenation, CJK fonts first', async () => {
    const { page, problems } = await open(browser, `${home(ZH)}?issue=${data.issues[0].id}&event=${eventsByDate.at(-1)}`);
    await ready(page);
    const quotes = await slanted(page, quoteText);
    assert.ok(quotes.count >= quotesOf(data).length, `Chinese quotes found: ${quotes.count}`);
    assert.deepEqual(quotes.slanted, []);
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).lineBreak), 'strict');
    const hyphenated = await page.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((el) => (el.closest('[lang]')?.lang ?? '').startsWith('zh') && getComputedStyle(el).hyphens === 'auto')
      .map((el) => el.className || el.tagName).slice(0, 5));
    assert.deepEqual(hyphenated, [], 'hyphens: auto on Chinese text');
    // Chinese text takes a CJK font before any Latin one (its quotation marks are full width),
    // English words in it a Latin one; the English page's Chinese originals too.
    const firstFonts = (p, selector) => p.evaluate((sel) => [...new Set([...document.querySelectorAll(sel)]
      .map((el) => getComputedStyle(el).fontFamily.split(',')[0].trim()))], selector);
    assert.deepEqual(await firstFonts(page, '.standfirst, .stance-quote'), ['"PingFang SC"']);
    assert.deepEqual(await firstFonts(page, '[lang="en"]'), ['system-ui']);
    const english = await open(browser, home(EN));
    assert.deepEqual(await firstFonts(english.page, 'q[lang|="zh"]'), ['"PingFang SC"']);
    assert.deepEqual(await firstFonts(english.page, '.standfirst'), ['system-ui']);
    assertClean(english.problems);
    assertClean(problems);
  });

  test('nothing overflows at 320 px, with each card, each event and every original open', async () => {
    const { page, problems } = await open(browser, `${home(ZH)}?event=${eventsByDate[0]}`, { width: 320, height: 640 });
    await ready(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    for (const issue of data.issues) {
      await page.locator(`[data-issue-id="${issue.id}"] h3 button`).click();
      assert.ok(await overflow() <= 320, `${issue.id} open: ${await overflow()} px wide`);
    }
    for (const id of eventsByDate) {
      assert.equal(await page.locator('[data-testid=timeline-event][aria-selected=true]').getAttribute('data-event-id'), id);
      assert.ok(await overflow() <= 320, `${id} open: ${await overflow()} px wide`);
      if (id !== eventsByDate.at(-1)) await page.getByTestId('event-next').click();
    }
    await page.getByTestId('embed-toggle').click();
    assert.ok(await overflow() <= 320, `embed panel open: ${await overflow()} px wide`);
    assertClean(problems);
  });

  test('dark mode: axe finds no violations, nothing overflows, quotes stay upright', async () => {
    for (const width of [320, 1280]) {
      const context = await browser.newContext({ colorScheme: 'dark', viewport: { width, height: 900 } });
      const { page, problems } = await open(browser, `${home(ZH)}?issue=taiwan&event=biden-xi-filoli`, { context });
      await ready(page);
      assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= width, `overflow at ${width} px in dark mode`);
      assert.deepEqual((await slanted(page, quoteText)).slanted, []);
      await axe(page, `the Chinese page in dark mode at ${width} px`);
      assertClean(problems);
      await context.close();
    }
  });

  test('print: nothing overflows, every issue and event is printed, quotes stay upright', async () => {
    // A4's width at 96 px to the inch.
    const { page, problems } = await open(browser, `${home(ZH)}?issue=taiwan&event=biden-xi-filoli`, { width: 794 });
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.evaluate(() => matchMedia('print').matches), true);
    const width = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(width[0] <= width[1], `printed page is ${width[0]} px wide in ${width[1]} px`);
    const text = await page.evaluate(() => document.body.innerText);
    for (const item of [...data.issues, ...data.events]) assert.ok(text.includes(item.title), `${item.title} is printed`);
    assert.deepEqual((await slanted(page, quoteText)).slanted, []);
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000);
    assertClean(problems);
  });

  test('find speaks Chinese: its count, and the live region', async () => {
    const issue = data.issues[0];
    const { page, problems } = await open(browser, home(ZH));
    await ready(page);
    await page.getByTestId('find').fill(issue.title);
    await page.waitForFunction(() => document.querySelector('[data-testid=find-count]').textContent.length > 0);
    const [cards, events] = await page.evaluate(() => [
      [...document.querySelectorAll('[data-testid=issue-card]')].filter((c) => !c.hidden && c.checkVisibility()).length,
      [...document.querySelectorAll('[data-testid=timeline-event]')].filter((t) => !t.hidden).length,
    ]);
    assert.ok(cards >= 1);
    assert.equal(await page.getByTestId('find-count').innerText(), ZH.words.findCount(cards, events));
    await page.getByTestId('find').press('Escape');
    await page.locator(`[data-issue-id="${issue.id}"] h3 button`).click();
    // The announcement follows the pick once its frame is painted, with the address.
    await page.waitForURL(new RegExp(`[?&]issue=${issue.id}(&|$)`));
    assert.equal(await page.getByTestId('announcer').innerText(), ZH.words.announceIssue(issue.title));
    assertClean(problems);
  });
});

describe('the service worker caches the edition the reader opens, and another when visited', () => {
  /** In the page: every address in the explainer's caches. */
  const cached = (page) => page.evaluate(async () => {
    const urls = [];
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      urls.push(...(await cache.keys()).map((r) => r.url));
    }
    return urls;
  });
  /** An edition's page is cached if its folder's address or its index.html is. */
  const hasPage = (urls, edition) => urls.includes(home(edition)) || urls.includes(`${home(edition)}index.html`);
  const hasData = (urls, edition) => urls.includes(`${server.url}${edition.dataset}`);

  test('after opening only zh-Hans/, the Chinese page is cached and the English one is not; after visiting English, both', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const { page, problems } = await open(browser, home(ZH), { context });
      await ready(page);
      await workerControls(page);
      const first = await cached(page);
      assert.ok(first.some((u) => u.endsWith('.wasm')), 'the shared bundle is cached');
      assert.ok(hasPage(first, ZH), `the Chinese page is cached:\n${first.join('\n')}`);
      assert.ok(hasData(first, ZH), 'the Chinese dataset is cached');
      assert.ok(!hasPage(first, EN), `the English page is not cached before the reader visits it:\n${first.join('\n')}`);
      assert.ok(!hasData(first, EN), 'the English dataset is not cached before the reader visits it');

      // Offline, the Chinese page reloads in Chinese.
      await context.setOffline(true);
      await page.reload();
      await ready(page);
      assert.equal(await page.getAttribute('html', 'lang'), ZH.words.language);
      assert.ok((await page.locator('h1').innerText()).includes(stories.get(ZH).data.meta.title));
      await context.setOffline(false);

      // Visiting the English page online caches it too.
      await page.goto(home(EN));
      await ready(page);
      await page.waitForFunction(async (url) => {
        for (const key of await caches.keys()) if (await (await caches.open(key)).match(url)) return true;
        return false;
      }, home(EN), { timeout: 10000 });
      const both = await cached(page);
      assert.ok(hasPage(both, ZH) && hasPage(both, EN), `both pages are cached:\n${both.join('\n')}`);

      // And both read offline, each in its language.
      await context.setOffline(true);
      for (const edition of [EN, ZH]) {
        await page.goto(`${home(edition)}?issue=taiwan`);
        await ready(page);
        assert.equal(await page.getAttribute('html', 'lang'), edition.words.language, `offline: ${home(edition)}`);
        assert.equal(await page.locator('[data-issue-id=taiwan] h3 button').getAttribute('aria-expanded'), 'true');
      }
      assertClean(problems);
    } finally {
      await context.close();
    }
  });
});
