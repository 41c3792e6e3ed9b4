// The audit and benchmark: bytes, Lighthouse, axe, Nu checker and interaction latency for the
// release build, side by side with TimelineJS3 showing the same events. Prints a table and
// writes bench/results.json. Run through `bash scripts/bench.sh`, which builds dist/ first.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { serve, withLargerStories } from '../e2e/lib/server.mjs';
import { DIST, launch, ready } from '../e2e/lib/browser.mjs';
import { timingFigures, timingRows } from '../e2e/lib/timing.mjs';
import { toTimelineJs } from './datasets.mjs';

const require = createRequire(import.meta.url);
const benchRequire = createRequire(new URL('./package.json', import.meta.url));
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const VNU = join(require.resolve('vnu-jar/package.json'), '../build/dist/vnu.jar');
const TLJS = join(benchRequire.resolve('@knight-lab/timelinejs/package.json'), '../dist');
// Lighthouse runs per page and preset (the median is reported; seven, as one page's LCP varies
// by 100 ms from run to run on two shared cores; BENCH_RUNS=3 for a quicker look); the pages
// alternate.
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CLICKS = 50;
// Steps timed to standstill: each waits half a second of stillness, and TimelineJS3 slides for one.
const SETTLE_STEPS = 20;

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const log = (...a) => console.error('bench:', ...a);

// The font the Chinese page is drawn in (scripts/setup.sh's `bench` installs one): with none,
// its figures would be a bare machine's, not a reader's.
const cjkFont = spawnSync('fc-match', ['-f', '%{family[0]}', ':lang=zh-cn'], { encoding: 'utf8' }).stdout.trim();
if (!spawnSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' }).stdout.trim()) {
  throw new Error(`bench: no Chinese font is installed (fc-match gives "${cjkFont}"); run scripts/bench.sh, which installs one`);
}
// One served folder: our dist at / (its Chinese edition at /zh-Hans/), TimelineJS3 at
// /timelinejs/, synthetic datasets under /bench/. Every figure for / is taken for /zh-Hans/ too.
const ZH = 'zh-Hans/';
const site = withLargerStories(DIST, [10, 100]);
// The build's `_headers` (our CSP for every path) would also govern TimelineJS3's page, served
// from the same folder, and refuse its inline script: leave it out. Our page keeps its own
// policy in its <meta>.
rmSync(join(site, '_headers'));
cpSync(TLJS, join(site, 'timelinejs'), { recursive: true });
const data = JSON.parse(readFileSync(join(DIST, 'data/summit.en.json'), 'utf8'));
writeFileSync(join(site, 'timelinejs/timeline.json'), JSON.stringify(toTimelineJs(data)));
writeFileSync(join(site, 'timelinejs/index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>TimelineJS3: the same events</title>
<link rel="stylesheet" href="css/timeline.css"><script src="js/timeline.js"></script></head>
<body style="margin:0"><div id="timeline-embed" style="width:100%;height:650px"></div>
<script>fetch('timeline.json').then(function (r) { return r.json(); }).then(function (d) {
  window.timeline = new TL.Timeline('timeline-embed', d, { script_path: 'js/', font: null });
});</script></body></html>`);
// The same build rendered on the client only (the "before" of the pre-render): the skeleton
// from the source index.html in place of the pre-rendered app, so the page fetches and renders.
cpSync(DIST, join(site, 'csr'), { recursive: true });
{
  const skeleton = readFileSync(new URL('../index.html', import.meta.url), 'utf8').match(/<div id="app">[\s\S]*?<\/div><!--\/app-->/)[0];
  const built = readFileSync(join(DIST, 'index.html'), 'utf8');
  // Keep #app's other attributes (the renderer bundle's address, the build's root): with no
  // pre-render, the reader hands the page to the renderer bundle.
  const app = /<div id="app"([^>]*)>[\s\S]*<\/div><!--\/app-->/;
  const match = built.match(app);
  if (!match || !/ data-prerendered\b/.test(match[1]) || !/ data-renderer="/.test(match[1])) {
    throw new Error('bench: dist/index.html has no pre-rendered #app[data-renderer] to strip');
  }
  const attributes = match[1].replace(/ data-prerendered(?:="")?/, '');
  writeFileSync(join(site, 'csr/index.html'), built.replace(app, () => skeleton.replace('<div id="app">', `<div id="app"${attributes}>`)));
}
const server = await serve(site);
const browser = await launch();
const results = { date: new Date().toISOString(), url: server.url, chinese_font: cjkFont };
// Written after each step as well, so a run that stops part-way keeps what it measured.
const save = (step) => {
  results.complete = step === 'done';
  if (!results.complete) results.last_step = step;
  else delete results.last_step;
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
};
process.on('exit', (code) => { if (code) console.error(`bench: stopped (exit ${code}) after ${results.last_step ?? 'nothing'}`); });

try {
  // 1. Bytes of every file the first view loads, before any input; and, for ours, once the reader
  // has reached for the app (a pointer move) and every island has started: our pre-rendered
  // page fetches its code only then (the shell's summitWhenWanted). TimelineJS3 has one figure.
  log('bytes');
  async function firstLoad(path, root, interactive = false) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = new Set();
    page.on('response', (r) => { if (r.url().startsWith(server.url) && r.status() === 200) seen.add(new URL(r.url()).pathname); });
    await page.goto(server.url + path);
    await page.waitForLoadState('networkidle');
    if (interactive) {
      await page.mouse.move(1, 1);
      await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
      await page.waitForLoadState('networkidle');
    }
    await context.close();
    return [...seen].map((p) => {
      const file = join(root, p.endsWith('/') ? `${p}index.html` : p);
      const bytes = readFileSync(file);
      return {
        file: p, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    });
  }
  const sum = (files, k) => files.reduce((s, f) => s + f[k], 0);
  const totals = (files) => ({ files, total: { raw: sum(files, 'raw'), gzip: sum(files, 'gzip'), brotli: sum(files, 'brotli') } });
  // What the service worker the shell registers at load then caches in the background, for
  // offline reading: the shared files and the edition's (`./`, `./zh-Hans/`), less what the first
  // view had.
  const offlineCache = (firstView, edition = './') => {
    const sw = readFileSync(join(site, 'sw.js'), 'utf8');
    const shared = JSON.parse(sw.match(/const PRECACHE = (\[.*\]);/)[1]);
    const own = JSON.parse(sw.match(/const EDITIONS = (\{.*\});/)[1])[edition];
    const seen = new Set(firstView.map((f) => f.file));
    const shownAsFolder = (p) => p.endsWith('/index.html') && seen.has(p.slice(0, -'index.html'.length));
    return [...shared, ...own].map((u) => `/${u.replace(/^\.\//, '')}`).filter((p) => !p.endsWith('/') && !seen.has(p) && !shownAsFolder(p))
      .map((p) => {
        const bytes = readFileSync(join(site, p));
        return { file: p, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
      });
  };
  const oursFirst = await firstLoad('', site);
  const zhFirst = await firstLoad(ZH, site);
  results.bytes = {
    ours: totals(oursFirst),
    ours_zh_hans: totals(zhFirst),
    ours_offline_cache_after_load: totals(offlineCache(oursFirst)),
    ours_zh_hans_offline_cache_after_load: totals(offlineCache(zhFirst, `./${ZH}`)),
    ours_interactive: totals(await firstLoad('', site, true)),
    ours_zh_hans_interactive: totals(await firstLoad(ZH, site, true)),
    timelinejs: totals(await firstLoad('timelinejs/', site)),
  };

  save('bytes');
  // 2. Lighthouse 12.2.3 with Debian's Chromium: the median of RUNS runs, the pages taking turns.
  log('lighthouse');
  const { default: lighthouse } = await import(benchRequire.resolve('lighthouse'));
  const chromeLauncher = await import(benchRequire.resolve('chrome-launcher'));
  const { default: desktopConfig } = await import(join(benchRequire.resolve('lighthouse/package.json'), '../core/config/desktop-config.js'));
  const Lantern = await import(join(benchRequire.resolve('lighthouse/package.json'), '../core/lib/lantern/lantern.js'));
  /** Where the simulated FCP goes: the page's download, then the main-thread work before it paints. */
  function fcpParts() {
    const timings = [...Lantern.Simulation.Simulator.allNodeTimings.get('optimisticFirstContentfulPaint')];
    const page = timings.find(([node]) => node.type === 'network' && node.isMainDocument())[1].endTime;
    return { fcp_document_ms: page, fcp_main_thread_ms: Math.max(...timings.map(([, t]) => t.endTime)) - page };
  }
  async function lighthouseRun(url, preset) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const flags = { port: chrome.port, output: 'json', logLevel: 'error' };
      const { lhr } = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
      const a = lhr.audits;
      return {
        performance: lhr.categories.performance.score * 100, accessibility: lhr.categories.accessibility.score * 100,
        'best-practices': lhr.categories['best-practices'].score * 100, seo: lhr.categories.seo.score * 100,
        fcp_ms: a['first-contentful-paint'].numericValue, lcp_ms: a['largest-contentful-paint'].numericValue,
        tbt_ms: a['total-blocking-time'].numericValue, cls: a['cumulative-layout-shift'].numericValue,
        speed_index_ms: a['speed-index'].numericValue, ...fcpParts(),
      };
    } finally {
      await chrome.kill();
    }
  }
  /** Medians of RUNS runs of each `[name, url, preset]`, taken in turn, so machine noise hits all. */
  async function lighthouseAlternating(pages) {
    const runs = Object.fromEntries(pages.map(([name]) => [name, []]));
    for (let i = 0; i < RUNS; i++) {
      for (const [name, url, preset] of pages) runs[name].push(await lighthouseRun(url, preset));
    }
    const medianOf = (rs) => Object.fromEntries(Object.keys(rs[0]).map((k) => [k, round(median(rs.map((r) => r[k])), k === 'cls' ? 3 : 0)]));
    return Object.fromEntries(pages.map(([name]) => [name, medianOf(runs[name])]));
  }
  const mobile = await lighthouseAlternating([
    ['ours', server.url, 'mobile'], ['timelinejs', `${server.url}timelinejs/`, 'mobile'], ['csr', `${server.url}csr/`, 'mobile'],
    ['zh', `${server.url}${ZH}`, 'mobile'],
  ]);
  const desktop = await lighthouseAlternating([
    ['ours', server.url, 'desktop'], ['timelinejs', `${server.url}timelinejs/`, 'desktop'], ['zh', `${server.url}${ZH}`, 'desktop'],
  ]);
  results.lighthouse = {
    ours: { mobile: mobile.ours, desktop: desktop.ours },
    // The Chinese edition: the same code, its own page (its text is larger in gzip).
    ours_zh_hans: { mobile: mobile.zh, desktop: desktop.zh },
    client_rendered_only: { mobile: mobile.csr },
    timelinejs: { mobile: mobile.timelinejs, desktop: desktop.timelinejs },
  };

  save('lighthouse');
  // 3. axe-core violations per view and width.
  log('axe');
  async function axeCount(url, width, wait) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await wait(page);
    // Through the DevTools protocol: the page's CSP (rightly) refuses an injected <script>.
    await page.evaluate(AXE);
    const r = await page.evaluate(() => window.axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }));
    await context.close();
    return { violations: r.violations.length, rules: r.violations.map((v) => `${v.id} (${v.nodes.length})`) };
  }
  const tlReady = (page) => page.waitForSelector('.tl-slidenav-next', { timeout: 60000 });
  results.axe = { ours: {}, ours_zh_hans: {}, timelinejs: {} };
  for (const width of [375, 1280]) {
    for (const [view, q] of [['default', ''], ['issue', '?issue=taiwan'], ['event', '?event=biden-xi-filoli']]) {
      results.axe.ours[`${view}@${width}`] = await axeCount(server.url + q, width, ready);
      results.axe.ours_zh_hans[`${view}@${width}`] = await axeCount(server.url + ZH + q, width, ready);
    }
    results.axe.timelinejs[`default@${width}`] = await axeCount(`${server.url}timelinejs/`, width, tlReady);
  }

  save('axe');
  // 4. W3C Nu HTML Checker errors: the built file and the DOM after hydration.
  log('nu checker');
  function nuErrors(html) {
    const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
    writeFileSync(join(dir, 'p.html'), html);
    const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', join(dir, 'p.html')], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    return JSON.parse(run.stderr || run.stdout).messages.filter((m) => m.type === 'error').length;
  }
  async function renderedDom(path) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}${path}?issue=taiwan&event=biden-xi-filoli`);
    await ready(page);
    const dom = `<!DOCTYPE html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`;
    await context.close();
    return dom;
  }
  results.nu = {
    dist_index_html: nuErrors(readFileSync(join(DIST, 'index.html'), 'utf8')), rendered_dom: nuErrors(await renderedDom('')),
    dist_zh_hans_index_html: nuErrors(readFileSync(join(DIST, ZH, 'index.html'), 'utf8')), rendered_dom_zh_hans: nuErrors(await renderedDom(ZH)),
  };

  save('nu');
  // 5. Interaction latency as readers feel it: the Event Timing API (the measure behind INP),
  // from trusted input to the next paint: input delay, processing and presentation.
  log('interactions');
  const PHONE = { width: 375, height: 800 };
  async function interactions(url, wait, act, { throttle = 1, viewport = { width: 1280, height: 900 } } = {}) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    if (throttle > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(url);
    await wait(page);
    await page.evaluate(() => {
      window.interactionsSeen = new Map();
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.interactionId) window.interactionsSeen.set(e.interactionId, Math.max(window.interactionsSeen.get(e.interactionId) ?? 0, e.duration));
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    });
    let count = 0;
    for (let i = 0; i < CLICKS; i++) count += await act(page, i);
    // Entries are delivered after the frame they end in.
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 200))));
    const over = await page.evaluate(() => [...window.interactionsSeen.values()]);
    await context.close();
    // The API reports no interaction under its 16 ms floor: each of those counts as 16 ms, an
    // upper bound, so a p95 of 16 means at least 95 % of interactions took 16 ms or less.
    const times = [...over, ...Array(Math.max(0, count - over.length)).fill(16)];
    return { p50_ms: round(pct(times, 0.5), 1), p95_ms: round(pct(times, 0.95), 1), interactions: count, over_16ms: over.length };
  }
  // Among the cards shown: past the first ones, a larger story's wait for "Show all".
  const cardClick = async (page, i) => {
    const cards = page.locator('[data-testid=issue-card] h3 button:visible');
    await cards.nth((i * 7) % Math.min(await cards.count(), 50)).click();
    return 1;
  };
  const timelineStep = async (page, i) => {
    if (i === 0) await page.locator('[data-testid=timeline-event]').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    return 2;
  };
  // Focus and Enter: a trusted input like a click, but no neighbouring marker can lie over it.
  const eventPick = async (page, i) => {
    const markers = page.locator('[data-testid=timeline-event]:visible');
    await markers.nth((i * 5) % Math.min(await markers.count(), 50)).focus();
    await page.keyboard.press('Enter');
    return 1;
  };
  const tljsStep = async (page, i) => {
    if (i % 30 === 29) await page.evaluate(() => window.timeline.goToStart());
    await page.locator('.tl-slidenav-next').click();
    return 1;
  };
  results.latency = { ours: {}, timelinejs: {} };
  // Every island started (`app-ready`, set once the address is applied), so no input lands on a
  // card that is not live yet.
  const appReady = async (page) => {
    await page.mouse.move(1, 1);
    await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'), null, { timeout: 300000 });
  };
  const sets = [['bundled', '', ''], ['bundled_zh_hans', ZH, ''], ['10x', '', '?data=bench/synthetic-10x.json'], ['100x', '', '?data=bench/synthetic-100x.json']];
  for (const [name, path, q] of sets) {
    const url = server.url + path + q;
    results.latency.ours[name] = {
      issue_card_click: await interactions(url, appReady, cardClick),
      timeline_step: await interactions(url, appReady, timelineStep),
      event_pick: await interactions(`${url}${q ? '&' : '?'}zoom=9`, appReady, eventPick),
    };
    // Issue 33's bound is on the bundled story at 1x and at 4x CPU: a click shown in the frame it
    // lands (p95 <= 32 ms and <= 64 ms), beside TimelineJS3's next button at the same rates.
    if (!q) {
      Object.assign(results.latency.ours[name], {
        issue_card_click_4x_cpu: await interactions(url, appReady, cardClick, { throttle: 4 }),
        event_pick_4x_cpu: await interactions(`${url}?zoom=9`, appReady, eventPick, { throttle: 4 }),
      });
    }
    save(`latency ${name}`);
    if (name === '100x') {
      results.latency.ours['100x_phone_4x_cpu'] = {
        issue_card_click: await interactions(url, appReady, cardClick, { throttle: 4, viewport: PHONE }),
        timeline_step: await interactions(url, appReady, timelineStep, { throttle: 4, viewport: PHONE }),
      };
    }
  }
  results.latency.timelinejs.bundled = {
    timeline_step: await interactions(`${server.url}timelinejs/`, tlReady, tljsStep),
    timeline_step_4x_cpu: await interactions(`${server.url}timelinejs/`, tlReady, tljsStep, { throttle: 4 }),
  };

  // The same step by each page's own "next" button: TimelineJS3's step above is its button; ours
  // is the event pane's.
  const firstEvent = () => document.querySelector('[data-testid=timeline-event]').click();
  const oursNext = async (page, i) => {
    if (i % 30 === 0) await page.evaluate(firstEvent);
    await page.locator('[data-testid=event-next]').click();
    return 1;
  };
  results.latency.ours.bundled.next_button = await interactions(server.url, appReady, oursNext);
  results.latency.ours.bundled_zh_hans.next_button = await interactions(server.url + ZH, appReady, oursNext);
  save('next button');

  // Event Timing ends at the first frame after the input. There TimelineJS3 starts sliding to the
  // next event, for a second (its `duration` option); ours shows the event in that frame. So
  // also: from the input to the frame from which what the reader reads no longer moves (the
  // start of that frame: the same lower bound for both), by the same next buttons.
  async function settled(url, wait, prepare, next, watch) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await wait(page);
    await prepare(page);
    const times = [];
    for (let i = 0; i < SETTLE_STEPS; i++) {
      await page.evaluate((watch) => {
        const state = () => [...document.querySelectorAll(watch)].map((e) => {
          const r = e.getBoundingClientRect();
          return `${e.dataset.eventPane ?? ''} ${Math.round(r.left)} ${Math.round(r.top)}`;
        }).join('|');
        const s = { start: null, changed: null };
        addEventListener('pointerdown', (e) => { s.start = e.timeStamp; }, { once: true, capture: true });
        let last = state();
        let quiet = 0;
        window.settling = new Promise((done) => {
          const frame = (t) => {
            if (s.start !== null) {
              const now = state();
              if (now !== last) [s.changed, last, quiet] = [t, now, 0];
              else if (++quiet >= 30) return done(s.changed === null ? null : s.changed - s.start);
            }
            requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        });
      }, watch);
      await next(page, i);
      times.push(await page.evaluate(() => window.settling));
    }
    await context.close();
    const moved = times.filter((t) => t !== null);
    return { p50_ms: round(pct(moved, 0.5), 1), p95_ms: round(pct(moved, 0.95), 1), steps: times.length, unmoved: times.length - moved.length };
  }
  const paneShown = '[data-testid=event-detail] .event-pane:not([hidden])';
  results.settled = {
    ours: await settled(server.url, appReady, (page) => page.evaluate(firstEvent), oursNext, paneShown),
    ours_zh_hans: await settled(server.url + ZH, appReady, (page) => page.evaluate(firstEvent), oursNext, paneShown),
    timelinejs: await settled(`${server.url}timelinejs/`, tlReady, async () => {}, tljsStep, '.tl-slider-container'),
  };
  save('settled');

  // Times the tests no longer bound (on shared cores a bound fails under load; the tests check
  // what happens, and wait for it): a keystroke in find, the editor's preview after typing stops,
  // the layout shift through load and hydration (e2e/lib/timing.mjs).
  log('timings');
  results.timings = await timingFigures(browser, server.url, data, { zh: ZH });
  save('timings');

  // The reader's wasm, by owner: twiggy on wasm-bindgen's output before wasm-opt, which strips
  // the names (and on which twiggy 0.7.0 panics: "should not parse the same key into multiple
  // items"). wasm-bindgen's output, unlike rustc's, has no describe functions or custom section
  // that never ship, so each row is code the reader downloads, before wasm-opt shrinks it.
  const rustWasm = new URL('../target/wasm32-unknown-unknown/release/summit-explainer.wasm', import.meta.url).pathname;
  const bindgenDir = mkdtempSync(join(tmpdir(), 'summit-twiggy-'));
  spawnSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', bindgenDir, rustWasm], { stdio: 'inherit' });
  const wasm = join(bindgenDir, 'summit-explainer_bg.wasm');
  const twiggy = (...args) => spawnSync('twiggy', [...args, wasm], { encoding: 'utf8' });
  results.wasm_profile = {
    top: twiggy('top', '-n', '25').stdout,
    dominators: twiggy('dominators', '-d', '2', '-r', '25').stdout,
  };
  rmSync(bindgenDir, { recursive: true, force: true });

  // 6. Ratios, ours to theirs.
  const lm = results.lighthouse.ours.mobile;
  const tm = results.lighthouse.timelinejs.mobile;
  const ratio = (x, y) => (y === 0 ? (x === 0 ? 1 : null) : round(x / y, 2));
  const step = results.latency.ours.bundled.timeline_step;
  const theirStep = results.latency.timelinejs.bundled.timeline_step;
  results.ratios = {
    first_view_gzip: ratio(results.bytes.ours.total.gzip, results.bytes.timelinejs.total.gzip),
    first_view_brotli: ratio(results.bytes.ours.total.brotli, results.bytes.timelinejs.total.brotli),
    interactive_gzip: ratio(results.bytes.ours_interactive.total.gzip, results.bytes.timelinejs.total.gzip),
    interactive_brotli: ratio(results.bytes.ours_interactive.total.brotli, results.bytes.timelinejs.total.brotli),
    mobile_fcp: ratio(lm.fcp_ms, tm.fcp_ms),
    // The Chinese page against the English one, in the same run.
    zh_hans_to_en_first_view_gzip: ratio(results.bytes.ours_zh_hans.total.gzip, results.bytes.ours.total.gzip),
    zh_hans_to_en_mobile_fcp: ratio(results.lighthouse.ours_zh_hans.mobile.fcp_ms, lm.fcp_ms),
    zh_hans_to_en_mobile_lcp: ratio(results.lighthouse.ours_zh_hans.mobile.lcp_ms, lm.lcp_ms),
    zh_hans_mobile_fcp: ratio(results.lighthouse.ours_zh_hans.mobile.fcp_ms, tm.fcp_ms),
    mobile_lcp: ratio(lm.lcp_ms, tm.lcp_ms),
    mobile_tbt: ratio(lm.tbt_ms, tm.tbt_ms),
    mobile_cls: ratio(lm.cls, tm.cls),
    mobile_score: ratio(tm.performance, lm.performance),
    axe_violations: `${Object.values(results.axe.ours).reduce((s, v) => s + v.violations, 0)} : ${Object.values(results.axe.timelinejs).reduce((s, v) => s + v.violations, 0)}`,
    axe_violations_zh_hans: `${Object.values(results.axe.ours_zh_hans).reduce((s, v) => s + v.violations, 0)} : ${Object.values(results.axe.timelinejs).reduce((s, v) => s + v.violations, 0)}`,
    step_p50: ratio(step.p50_ms, theirStep.p50_ms),
    step_p95: ratio(step.p95_ms, theirStep.p95_ms),
    next_button_p50: ratio(results.latency.ours.bundled.next_button.p50_ms, theirStep.p50_ms),
    next_button_p95: ratio(results.latency.ours.bundled.next_button.p95_ms, theirStep.p95_ms),
    next_event_settled_p50: ratio(results.settled.ours.p50_ms, results.settled.timelinejs.p50_ms),
    next_event_settled_p95: ratio(results.settled.ours.p95_ms, results.settled.timelinejs.p95_ms),
  };
} finally {
  await browser.close();
  await server.close();
  rmSync(site, { recursive: true, force: true });
}

save('done');

// The table.
const kb = (b) => `${round(b / 1024, 1)} KB`;
const rows = [];
rows.push('## Bytes of the first view, and ours once interactive (raw / gzip -9 / brotli 11)');
for (const [who, r] of Object.entries(results.bytes)) {
  for (const f of r.files) rows.push(`${who.padEnd(10)} ${f.file.padEnd(48)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)} ${kb(f.brotli).padStart(10)}`);
  rows.push(`${who.padEnd(10)} ${'TOTAL'.padEnd(48)} ${kb(r.total.raw).padStart(10)} ${kb(r.total.gzip).padStart(10)} ${kb(r.total.brotli).padStart(10)}`);
}
rows.push('', `## Lighthouse 12.2.3, median of ${RUNS}, pages alternating`);
for (const [who, presets] of Object.entries(results.lighthouse)) {
  for (const [preset, m] of Object.entries(presets)) rows.push(`${who.padEnd(10)} ${preset.padEnd(8)} ${JSON.stringify(m)}`);
}
rows.push('', '## axe-core violations');
for (const [who, views] of Object.entries(results.axe)) {
  for (const [view, v] of Object.entries(views)) rows.push(`${who.padEnd(10)} ${view.padEnd(14)} ${v.violations} ${v.rules.join(', ')}`);
}
rows.push('', `## Nu HTML Checker errors: dist/index.html ${results.nu.dist_index_html}, rendered DOM ${results.nu.rendered_dom}; dist/zh-Hans/index.html ${results.nu.dist_zh_hans_index_html}, rendered DOM ${results.nu.rendered_dom_zh_hans}`);
rows.push('', '## Interactions, Event Timing duration (input to next paint), p50 / p95');
for (const [who, sets] of Object.entries(results.latency)) {
  for (const [set, kinds] of Object.entries(sets)) {
    for (const [kind, l] of Object.entries(kinds)) rows.push(`${who.padEnd(10)} ${set.padEnd(18)} ${kind.padEnd(18)} ${l.p50_ms} ms / ${l.p95_ms} ms (${l.over_16ms} of ${l.interactions} over 16 ms)`);
  }
}
rows.push('', '## Next event by the next button: input to the frame from which it stands still, p50 / p95');
for (const [who, l] of Object.entries(results.settled)) rows.push(`${who.padEnd(10)} ${l.p50_ms} ms / ${l.p95_ms} ms (${l.steps} steps, ${l.unmoved} without a change)`);
rows.push('', ...timingRows(results.timings));
rows.push('', '## Ratios, ours : TimelineJS3 (score: theirs : ours, so lower is better everywhere)');
for (const [k, v] of Object.entries(results.ratios)) rows.push(`${k.padEnd(20)} ${v}`);
rows.push('', '## The reader\'s wasm by owner (twiggy top)', results.wasm_profile.top, '## twiggy dominators', results.wasm_profile.dominators);
console.log(rows.join('\n'));
