// The audit and benchmark: bytes, Lighthouse, axe, Nu checker and interaction latency for the
// release build, side by side with TimelineJS3 showing the same events. Prints a table and
// writes bench/results.json. Run through `bash scripts/bench.sh`, which builds dist/ first.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { serve } from '../e2e/lib/server.mjs';
import { DIST, launch, ready } from '../e2e/lib/browser.mjs';
import { synthetic, toTimelineJs } from './datasets.mjs';

const require = createRequire(import.meta.url);
const benchRequire = createRequire(new URL('./package.json', import.meta.url));
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const VNU = join(require.resolve('vnu-jar/package.json'), '../build/dist/vnu.jar');
const TLJS = join(benchRequire.resolve('@knight-lab/timelinejs/package.json'), '../dist');
const RUNS = 3;
const CLICKS = 50;

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const log = (...a) => console.error('bench:', ...a);

// One served folder: our dist at /, TimelineJS3 at /timelinejs/, synthetic datasets under /bench/.
const site = mkdtempSync(join(tmpdir(), 'summit-bench-'));
cpSync(DIST, site, { recursive: true });
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
  // Keep the editor bundle's address: with no pre-render, the reader hands the page to it.
  const app = /<div id="app" data-prerendered(?:="")?( data-editor="[^"]*")>[\s\S]*<\/div><!--\/app-->/;
  const match = built.match(app);
  if (!match) throw new Error('bench: dist/index.html has no pre-rendered #app[data-editor] to strip');
  writeFileSync(join(site, 'csr/index.html'), built.replace(app, skeleton.replace('<div id="app">', `<div id="app"${match[1]}>`)));
}
mkdirSync(join(site, 'bench'));
for (const [name, size] of [['10x', 10], ['100x', 100]]) {
  writeFileSync(join(site, `bench/synthetic-${name}.json`), JSON.stringify(synthetic(data, size)));
}
const server = await serve(site);
const browser = await launch();
const results = { date: new Date().toISOString(), url: server.url };

try {
  // 1. Bytes of every file the first view loads.
  log('bytes');
  async function firstLoad(path, root) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = new Set();
    page.on('response', (r) => { if (r.url().startsWith(server.url) && r.status() === 200) seen.add(new URL(r.url()).pathname); });
    await page.goto(server.url + path);
    await page.waitForLoadState('networkidle');
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
  const ours = await firstLoad('', site);
  const theirs = await firstLoad('timelinejs/', site);
  results.bytes = {
    ours: { files: ours, total: { raw: sum(ours, 'raw'), gzip: sum(ours, 'gzip'), brotli: sum(ours, 'brotli') } },
    timelinejs: { files: theirs, total: { raw: sum(theirs, 'raw'), gzip: sum(theirs, 'gzip'), brotli: sum(theirs, 'brotli') } },
  };

  // 2. Lighthouse 12.2.3 with Debian's Chromium, median of three runs.
  log('lighthouse');
  const { default: lighthouse } = await import(benchRequire.resolve('lighthouse'));
  const chromeLauncher = await import(benchRequire.resolve('chrome-launcher'));
  const { default: desktopConfig } = await import(join(benchRequire.resolve('lighthouse/package.json'), '../core/config/desktop-config.js'));
  async function lighthouseMedian(url, preset) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const chrome = await chromeLauncher.launch({
        chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      try {
        const flags = { port: chrome.port, output: 'json', logLevel: 'error' };
        const { lhr } = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
        const a = lhr.audits;
        runs.push({
          performance: lhr.categories.performance.score * 100, accessibility: lhr.categories.accessibility.score * 100,
          'best-practices': lhr.categories['best-practices'].score * 100, seo: lhr.categories.seo.score * 100,
          fcp_ms: a['first-contentful-paint'].numericValue, lcp_ms: a['largest-contentful-paint'].numericValue,
          tbt_ms: a['total-blocking-time'].numericValue, cls: a['cumulative-layout-shift'].numericValue,
          speed_index_ms: a['speed-index'].numericValue,
        });
      } finally {
        await chrome.kill();
      }
    }
    return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, round(median(runs.map((r) => r[k])), k === 'cls' ? 3 : 0)]));
  }
  results.lighthouse = {
    ours: { mobile: await lighthouseMedian(server.url, 'mobile'), desktop: await lighthouseMedian(server.url, 'desktop') },
    client_rendered_only: { mobile: await lighthouseMedian(`${server.url}csr/`, 'mobile') },
    timelinejs: { mobile: await lighthouseMedian(`${server.url}timelinejs/`, 'mobile') },
  };

  // 3. axe-core violations per view and width.
  log('axe');
  async function axeCount(url, width, wait) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await wait(page);
    await page.addScriptTag({ content: AXE });
    const r = await page.evaluate(() => window.axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }));
    await context.close();
    return { violations: r.violations.length, rules: r.violations.map((v) => `${v.id} (${v.nodes.length})`) };
  }
  const tlReady = (page) => page.waitForSelector('.tl-slidenav-next', { timeout: 20000 });
  results.axe = { ours: {}, timelinejs: {} };
  for (const width of [375, 1280]) {
    for (const [view, q] of [['default', ''], ['issue', '?issue=taiwan'], ['event', '?event=biden-xi-filoli']]) {
      results.axe.ours[`${view}@${width}`] = await axeCount(server.url + q, width, ready);
    }
    results.axe.timelinejs[`default@${width}`] = await axeCount(`${server.url}timelinejs/`, width, tlReady);
  }

  // 4. W3C Nu HTML Checker errors: the built file and the DOM after hydration.
  log('nu checker');
  function nuErrors(html) {
    const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
    writeFileSync(join(dir, 'p.html'), html);
    const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', join(dir, 'p.html')], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    return JSON.parse(run.stderr || run.stdout).messages.filter((m) => m.type === 'error').length;
  }
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}?issue=taiwan&event=biden-xi-filoli`);
    await ready(page);
    const dom = `<!DOCTYPE html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`;
    await context.close();
    results.nu = { dist_index_html: nuErrors(readFileSync(join(DIST, 'index.html'), 'utf8')), rendered_dom: nuErrors(dom) };
  }

  // 5. Interaction latency: from the click (or key) to the next frame after the DOM update.
  log('latency');
  async function latency(url, wait, script) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await wait(page);
    const times = await page.evaluate(script, CLICKS);
    await context.close();
    return { p50_ms: round(pct(times, 0.5), 2), p95_ms: round(pct(times, 0.95), 2), samples: times.length };
  }
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const cardClicks = async (n) => {
    const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const buttons = [...document.querySelectorAll('[data-testid=issue-card] h3 button')];
    const times = [];
    for (let i = 0; i < n; i++) {
      const b = buttons[(i * 7) % buttons.length];
      const t0 = performance.now();
      b.click();
      await nextFrame();
      times.push(performance.now() - t0);
    }
    return times;
  };
  const keySteps = async (n) => {
    const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r()));
    document.querySelector('[data-testid=timeline-event]').focus();
    const times = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
      document.activeElement.click(); // Enter on a focused button
      await nextFrame();
      times.push(performance.now() - t0);
    }
    return times;
  };
  const tlSteps = async (n) => {
    const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const times = [];
    for (let i = 0; i < n; i++) {
      const next = document.querySelector('.tl-slidenav-next');
      const t0 = performance.now();
      next.click();
      await nextFrame();
      times.push(performance.now() - t0);
      if (i % 30 === 29) window.timeline.goToStart();
    }
    return times;
  };
  void frame;
  results.latency = { ours: {}, timelinejs: {} };
  for (const [name, q] of [['bundled', ''], ['10x', '?data=bench/synthetic-10x.json'], ['100x', '?data=bench/synthetic-100x.json']]) {
    // Every island started (`app-ready`), so no click lands on a card that is not live yet.
    const waitFor = (page) => page.waitForFunction((want) => document.documentElement.classList.contains('app-ready')
      && document.querySelectorAll('[data-testid=issue-card]').length >= want,
      name === 'bundled' ? data.issues.length : data.issues.length * (name === '10x' ? 10 : 100), { timeout: 300000 });
    results.latency.ours[name] = {
      issue_card_click: await latency(server.url + q, waitFor, cardClicks),
      timeline_key_step: await latency(server.url + q, waitFor, keySteps),
    };
  }
  results.latency.timelinejs.bundled = { timeline_step: await latency(`${server.url}timelinejs/`, tlReady, tlSteps) };

  // 6. Ratios, ours to theirs.
  results.ratios = {
    first_load_gzip: round(results.bytes.ours.total.gzip / results.bytes.timelinejs.total.gzip, 2),
    lighthouse_mobile_lcp: round(results.lighthouse.ours.mobile.lcp_ms / results.lighthouse.timelinejs.mobile.lcp_ms, 2),
    lighthouse_mobile_performance: round(results.lighthouse.ours.mobile.performance / results.lighthouse.timelinejs.mobile.performance, 2),
    axe_violations: `${Object.values(results.axe.ours).reduce((s, v) => s + v.violations, 0)} : ${Object.values(results.axe.timelinejs).reduce((s, v) => s + v.violations, 0)}`,
    step_latency_p50: round(results.latency.ours.bundled.timeline_key_step.p50_ms / results.latency.timelinejs.bundled.timeline_step.p50_ms, 2),
  };
} finally {
  await browser.close();
  await server.close();
  rmSync(site, { recursive: true, force: true });
}

writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);

// The table.
const kb = (b) => `${round(b / 1024, 1)} KB`;
const rows = [];
rows.push('## Bytes of the first view (raw / gzip -9 / brotli 11)');
for (const [who, r] of Object.entries(results.bytes)) {
  for (const f of r.files) rows.push(`${who.padEnd(10)} ${f.file.padEnd(48)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)} ${kb(f.brotli).padStart(10)}`);
  rows.push(`${who.padEnd(10)} ${'TOTAL'.padEnd(48)} ${kb(r.total.raw).padStart(10)} ${kb(r.total.gzip).padStart(10)} ${kb(r.total.brotli).padStart(10)}`);
}
rows.push('', '## Lighthouse 12.2.3, median of 3');
for (const [who, presets] of Object.entries(results.lighthouse)) {
  for (const [preset, m] of Object.entries(presets)) rows.push(`${who.padEnd(10)} ${preset.padEnd(8)} ${JSON.stringify(m)}`);
}
rows.push('', '## axe-core violations');
for (const [who, views] of Object.entries(results.axe)) {
  for (const [view, v] of Object.entries(views)) rows.push(`${who.padEnd(10)} ${view.padEnd(14)} ${v.violations} ${v.rules.join(', ')}`);
}
rows.push('', `## Nu HTML Checker errors: dist/index.html ${results.nu.dist_index_html}, rendered DOM ${results.nu.rendered_dom}`);
rows.push('', '## Interaction latency, click or key to next frame (p50 / p95 over 50)');
for (const [who, sets] of Object.entries(results.latency)) {
  for (const [set, kinds] of Object.entries(sets)) {
    for (const [kind, l] of Object.entries(kinds)) rows.push(`${who.padEnd(10)} ${set.padEnd(8)} ${kind.padEnd(18)} ${l.p50_ms} ms / ${l.p95_ms} ms`);
  }
}
rows.push('', `## Ratios, ours : TimelineJS3  ${JSON.stringify(results.ratios)}`);
console.log(rows.join('\n'));
