// Firefox and WebKit from Debian's packages, for the journeys every engine must pass
// (e2e/engines.test.mjs). No browser build is downloaded:
// - Firefox ESR (/usr/bin/firefox-esr) through WebDriver BiDi, with puppeteer-core;
// - WebKitGTK's MiniBrowser (package libwebkit2gtk-4.1-0), started with --automation by
//   WebKitWebDriver (package webkit2gtk-driver), through classic WebDriver, on an Xvfb display
//   started here. Classic WebDriver is plain HTTP and JSON: the few commands used are sent by the
//   small client below, with no library in between.
// Both engines give the tests one small interface, a `Tab`: eval, waitFor, click, press, type,
// pointer, goto, reload, url, frame, problems. Every problem the engine lets a test see is
// collected: page errors, console errors, Content Security Policy violations, failed requests
// (the test servers add what the browser itself reports: e2e/lib/server.mjs, `reportCsp`).
import puppeteer from 'puppeteer-core';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const FIREFOX = process.env.SUMMIT_FIREFOX ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.SUMMIT_WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const VIEWPORT = { width: 1280, height: 900 };

/** MiniBrowser is not on PATH: it lives in libwebkit2gtk's own folder, under the multiarch triplet. */
function miniBrowser() {
  if (process.env.SUMMIT_MINIBROWSER) return process.env.SUMMIT_MINIBROWSER;
  for (const arch of readdirSync('/usr/lib').filter((d) => d.includes('-linux-'))) {
    for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
      const path = `/usr/lib/${arch}/${api}/MiniBrowser`;
      if (existsSync(path)) return path;
    }
  }
  throw new Error('MiniBrowser not found: bash scripts/setup.sh test installs webkit2gtk-driver (and libwebkit2gtk-4.1-0)');
}

/**
 * In the page, the engines that cannot watch a page from before its scripts run (WebKit's
 * classic WebDriver) keep what goes wrong in a buffer: console errors, uncaught errors and
 * rejections, resources that fail to load, and CSP violations, each from the moment this runs.
 * It runs before every command a test sends, so it is in place once a page has loaded and before
 * the test does anything to it (what happens earlier: see `launchWebKit`).
 */
function installWatcher() {
  if (window.__summitProblems) return;
  const seen = [];
  window.__summitProblems = seen;
  const text = (v) => {
    if (v instanceof Error) return `${v.name}: ${v.message}`;
    if (typeof v === 'string') return v;
    try { return JSON.stringify(v); } catch { return String(v); }
  };
  const error = console.error;
  console.error = function (...args) { seen.push(`console error: ${args.map(text).join(' ')}`); return error.apply(this, args); };
  addEventListener('error', (e) => {
    if (e instanceof ErrorEvent) seen.push(`page error: ${e.message} (${e.filename}:${e.lineno})`);
    // Capturing: a resource's error event does not bubble.
    else seen.push(`request failed: ${e.target?.currentSrc || e.target?.src || e.target?.href || e.target?.tagName}`);
  }, true);
  addEventListener('unhandledrejection', (e) => seen.push(`page error: unhandled rejection: ${text(e.reason)}`));
  addEventListener('securitypolicyviolation', (e) => {
    seen.push(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
  });
}

/** In the page: its buffer's problems, emptied, and whether the shell's start-failure note is up. */
function drainWatcher() {
  const found = (window.__summitProblems ?? []).splice(0);
  // The shell marks the page `app-failed` on any error or rejection before the app has started:
  // a record of the earliest failures, kept by the page itself.
  if (document.documentElement.classList.contains('app-failed')) found.push('the page says the app could not start (html.app-failed)');
  return found;
}

/** Reports every CSP violation as a console error: installed before the page's scripts run. */
function reportPolicyViolations() {
  addEventListener('securitypolicyviolation', (e) => {
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
  });
}

/**
 * In the page: scrolls the element `selector` to the middle of the view and says where it is once
 * it is there and on top at its centre, or null. Closed parts of the page render only near the
 * viewport (content-visibility: auto), so a scroll can move what is around the element after it:
 * the caller asks again until the answer stays the same.
 */
function intoView(selector) {
  const el = document.querySelector(selector);
  if (!el) return 'missing';
  el.scrollIntoView({ block: 'center', inline: 'center' });
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    const onTop = hit != null && (el === hit || el.contains(hit));
    resolve(r.width > 0 && r.top >= 0 && r.bottom <= innerHeight && onTop ? `${Math.round(r.left)},${Math.round(r.top)}` : null);
  })));
}

/** In the top document: scrolls the frame `frame` so that its part from `top` to `bottom` is in view. */
function showFramePart(frame, top, bottom) {
  const box = document.querySelector(frame).getBoundingClientRect();
  if (box.top + top >= 0 && box.top + bottom <= innerHeight) return;
  scrollBy(0, box.top + (top + bottom) / 2 - innerHeight / 2);
}

/**
 * Brings `selector` into view in `tab` and waits until it stays put, so that a click lands on it.
 * In a frame as tall as its content (an embed sized by pym.js) the element is in the frame's
 * view wherever it is: the page around the frame is scrolled to it too, as neither WebKit nor its
 * WebDriver scrolls a page for a cross-origin frame's element.
 */
async function settleIntoView(tab, selector) {
  let last;
  for (let i = 0; i < 20; i++) {
    const at = await tab.eval(intoView, selector);
    if (at === 'missing') throw new Error(`${tab.engine}: no element ${selector} to click`);
    if (at && at === last) return;
    if (at && tab.parent) {
      const top = Number(at.split(',')[1]);
      await tab.parent.eval(showFramePart, tab.frameSelector, top, top + 1);
    }
    last = at;
  }
  throw new Error(`${tab.engine}: ${selector} did not come to rest in view, uncovered (last: ${last})`);
}

async function waitUntil(tab, what, fn, args, timeout) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await tab.eval(fn, ...args);
      if (last) return last;
    } catch (e) {
      // A document being replaced (a navigation) answers nothing for a moment.
      last = e.message;
    }
    if (Date.now() > deadline) throw new Error(`${tab.engine}: timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await sleep(50);
  }
}

// ---------------------------------------------------------------------------------------------
// Firefox: puppeteer-core over WebDriver BiDi.

/**
 * Firefox ESR, headless, one instance for the whole suite; each `open` is a fresh browser
 * context (its own storage, service workers and caches) with one page.
 */
export async function launchFirefox() {
  const version = execFileSync(FIREFOX, ['--version'], { encoding: 'utf8' }).trim();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Firefox prints its own start-up chatter on stderr; nothing in it is the page's.
    dumpio: false,
  });
  let current;
  const engine = {
    name: 'Firefox',
    version: `${version} (WebDriver BiDi, puppeteer-core)`,
    /** Whether a script can run in every document before the page's own (BiDi preload scripts). */
    preloads: true,
    /** How the suite learns of a CSP violation in this engine, printed once. */
    watching: 'a securitypolicyviolation listener installed before the page\'s scripts (evaluateOnNewDocument, BiDi preload script, every frame), and console, page-error and network events',
    async open(url, viewport = VIEWPORT) {
      await current?.close().catch(() => {});
      current = await browser.createBrowserContext();
      const page = await current.newPage();
      await page.setViewport(viewport);
      const problems = [];
      await page.evaluateOnNewDocument(reportPolicyViolations);
      page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()} (${m.location()?.url ?? ''})`); });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message ?? e}`));
      page.on('requestfailed', (r) => {
        // As in browser.mjs: the browser's own late favicon fetch, dropped on navigation.
        if (/\/icons\/icon\.svg$/.test(new URL(r.url()).pathname)) return;
        problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
      });
      page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
      const tab = firefoxTab(page, page.mainFrame(), problems);
      if (url) await tab.goto(url);
      return tab;
    },
    async close() {
      await current?.close().catch(() => {});
      await browser.close();
    },
  };
  return engine;
}

function firefoxTab(page, frame, problems) {
  const tab = {
    engine: 'Firefox',
    page,
    eval: (fn, ...args) => frame.evaluate(fn, ...args),
    waitFor: (what, fn, args = [], timeout = 15000) => waitUntil(tab, what, fn, args, timeout),
    click: async (selector) => { await settleIntoView(tab, selector); await frame.click(selector); },
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    /** A pointer move over the page: a reader's first intent. */
    pointer: async () => { await page.mouse.move(1, 1); await page.mouse.move(2, 2); },
    goto: async (url) => { await page.goto(url, { waitUntil: 'load' }); },
    reload: async () => { await page.reload({ waitUntil: 'load' }); },
    url: async () => frame.url(),
    /** The document in the iframe `selector` (of this document), as a tab of its own. */
    frame: async (selector) => {
      const handle = await frame.waitForSelector(selector);
      const child = firefoxTab(page, await handle.contentFrame(), problems);
      return Object.assign(child, { parent: tab, frameSelector: selector });
    },
    /** Every problem so far (and forgets them): the page's events, and the shell's own mark. */
    problems: async () => {
      const found = problems.splice(0);
      for (const f of page.frames()) found.push(...await f.evaluate(drainWatcher).catch(() => []));
      return found;
    },
  };
  return tab;
}

// ---------------------------------------------------------------------------------------------
// WebKit: MiniBrowser through WebKitWebDriver (classic WebDriver), on Xvfb.

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
// WebDriver's codes for the keys the journeys press.
const KEYS = {
  ArrowRight: '\uE014', ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowDown: '\uE015', Enter: '\uE007',
  Escape: '\uE00C', Home: '\uE011', End: '\uE010', Tab: '\uE004', Backspace: '\uE003', Control: '\uE009',
};

function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => { const { port } = probe.address(); probe.close(() => ok(port)); });
  });
}

/** A virtual X display of its own (the first free number, as Xvfb picks it with -displayfd). */
async function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let stderr = '';
  xvfb.stderr.on('data', (d) => { stderr += d; });
  const display = await new Promise((ok, fail) => {
    let out = '';
    xvfb.stdio[3].on('data', (d) => { out += d; if (out.includes('\n')) ok(`:${out.trim()}`); });
    xvfb.on('error', (e) => fail(new Error(`Xvfb could not start (bash scripts/setup.sh test installs xvfb): ${e.message}`)));
    xvfb.on('exit', (code) => fail(new Error(`Xvfb exited (${code}): ${stderr}`)));
  });
  return { display, process: xvfb };
}

/** Stops a child this module started, and waits until it has gone. */
async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((ok) => child.once('exit', ok));
  child.kill('SIGTERM');
  await Promise.race([gone, sleep(5000).then(() => child.kill('SIGKILL'))]);
}

/**
 * WebKitGTK, one MiniBrowser for the whole suite (one WebDriver session); each `open` is a new
 * window of it, the previous one closed.
 *
 * What this driver cannot do, and what stands in for it:
 * - no script before the page's own (classic WebDriver has no preload script): the in-page
 *   buffer (`installWatcher`) is installed after each load, before the test's first command;
 *   CSP violations from the first byte on are reported by the browser itself to the test server
 *   (a report-only copy of the built policy with a report-uri, server.mjs `reportCsp`); an
 *   error before the app has started is recorded by the page's shell (html.app-failed); and the
 *   tests hold the app's wasm at the server until the buffer is in place (`visit` in
 *   engines.test.mjs), so the app's own code runs under watch. What no test here can see in
 *   WebKit is a console.error call during the load itself (an error thrown then is the shell's
 *   app-failed mark, without its message).
 * - no console or network log: WebKitGTK writes console messages to stdout only outside
 *   ephemeral sessions, and automation sessions are ephemeral; failed requests are the test
 *   servers' HTTP errors and the buffer's failed resources.
 * - no network emulation: the offline journey stops the server.
 * - no media emulation: the print journey rewrites the page's media rules (see there).
 */
export async function launchWebKit() {
  const binary = miniBrowser();
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { env: { ...process.env, DISPLAY: xvfb.display }, stdio: ['ignore', 'pipe', 'pipe'] });
  let driverLog = '';
  driver.stdout.on('data', (d) => { driverLog += d; });
  driver.stderr.on('data', (d) => { driverLog += d; });
  // Never leave a display or a browser behind, even when the test process dies of an error.
  const orphans = () => { for (const p of [driver, xvfb.process]) { try { p.kill('SIGKILL'); } catch { /* gone */ } } };
  process.once('exit', orphans);
  const base = `http://127.0.0.1:${port}`;
  let session;
  const send = async (method, path, body) => {
    const url = `${base}${path.startsWith('/session') || path === '/status' ? path : `/session/${session}${path}`}`;
    const response = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const json = await response.json();
    if (json.value?.error) {
      const e = new Error(`WebKitWebDriver ${method} ${path}: ${json.value.error}: ${json.value.message}`);
      e.code = json.value.error;
      throw e;
    }
    return json.value;
  };
  try {
    for (let i = 0; ; i++) {
      try { await send('GET', '/status'); break; } catch (e) {
        if (i > 100 || driver.exitCode !== null) throw new Error(`WebKitWebDriver did not start: ${e.message}\n${driverLog}`);
        await sleep(100);
      }
    }
    const created = await send('POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary, args: ['--automation'] } } },
    });
    session = created.sessionId;
    const version = `WebKitGTK ${created.capabilities.browserVersion} (MiniBrowser, WebKitWebDriver: classic WebDriver, Xvfb ${xvfb.display})`;
    let windowChrome = null;
    let tab;
    const engine = {
      name: 'WebKit',
      version,
      preloads: false,
      watching: 'the browser\'s own reports to the test server (a report-only copy of the policy with a report-uri), and a securitypolicyviolation listener installed after each load (no preload script in classic WebDriver)',
      async open(url, viewport = VIEWPORT) {
        const old = await send('GET', '/window');
        const { handle } = await send('POST', '/window/new', { type: 'window' });
        await send('POST', '/window', { handle });
        // Closing a window does not ask the page (no beforeunload prompt, as the editor's would).
        await send('POST', '/window', { handle: old });
        await send('DELETE', '/window');
        await send('POST', '/window', { handle });
        // The window's size is the viewport plus MiniBrowser's own toolbar, measured once.
        if (windowChrome === null) {
          await send('POST', '/window/rect', { width: viewport.width, height: viewport.height });
          const [w, h] = await send('POST', '/execute/sync', { script: 'return [innerWidth, innerHeight]', args: [] });
          windowChrome = { width: viewport.width - w, height: viewport.height - h };
        }
        await send('POST', '/window/rect', { width: viewport.width + windowChrome.width, height: viewport.height + windowChrome.height });
        tab = webkitTab(send, null);
        if (url) await tab.goto(url);
        return tab;
      },
      async close() {
        try { if (session) await send('DELETE', `/session/${session}`); } catch { /* the browser may be gone */ }
        await stop(driver);
        await stop(xvfb.process);
        process.off('exit', orphans);
      },
    };
    return engine;
  } catch (e) {
    await stop(driver);
    await stop(xvfb.process);
    process.off('exit', orphans);
    throw e;
  }
}

/**
 * A document in the WebKit window: the top one (`frameSelector` null) or the one in the iframe
 * `frameSelector` of the top document. Each command switches to it first.
 */
function webkitTab(send, frameSelector) {
  const enter = async () => {
    await send('POST', '/frame', { id: null });
    if (frameSelector) {
      const frame = await send('POST', '/element', { using: 'css selector', value: frameSelector });
      await send('POST', '/frame', { id: frame });
    }
  };
  const script = (fn) => `const done = arguments[arguments.length - 1];
const args = Array.prototype.slice.call(arguments, 0, -1);
(${installWatcher})();
Promise.resolve().then(() => (${fn}).apply(null, args))
  .then((value) => done({ value: value === undefined ? null : value }), (e) => done({ error: String(e && e.stack || e) }));`;
  const run = async (fn, ...args) => {
    await enter();
    const result = await send('POST', '/execute/async', { script: script(fn), args });
    if (result?.error) throw new Error(`in the page: ${result.error}`);
    return result?.value;
  };
  const actions = (list) => send('POST', '/actions', { actions: list });
  const keys = async (values) => {
    await enter();
    await actions([{ type: 'key', id: 'keyboard', actions: values.flatMap((v) => [{ type: 'keyDown', value: v }, { type: 'keyUp', value: v }]) }]);
  };
  /** Problems of a document about to be replaced: read before it goes. */
  const drain = async () => run(drainWatcher).catch(() => []);
  const pending = [];
  const tab = {
    engine: 'WebKit',
    eval: run,
    waitFor: (what, fn, args = [], timeout = 15000) => waitUntil(tab, what, fn, args, timeout),
    click: async (selector) => {
      await settleIntoView(tab, selector);
      const element = await send('POST', '/element', { using: 'css selector', value: selector });
      await send('POST', `/element/${element[ELEMENT]}/click`, {});
    },
    press: async (key) => {
      if (key.startsWith('Control+')) {
        const k = key.slice('Control+'.length);
        await enter();
        return actions([{ type: 'key', id: 'keyboard', actions: [
          { type: 'keyDown', value: KEYS.Control }, { type: 'keyDown', value: k }, { type: 'keyUp', value: k }, { type: 'keyUp', value: KEYS.Control }] }]);
      }
      if (!KEYS[key] && key.length !== 1) throw new Error(`no WebDriver code for the key ${key}`);
      return keys([KEYS[key] ?? key]);
    },
    type: (text) => keys([...text]),
    pointer: async () => {
      await enter();
      await actions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
        { type: 'pointerMove', x: 1, y: 1, origin: 'viewport', duration: 0 }, { type: 'pointerMove', x: 2, y: 2, origin: 'viewport', duration: 0 }] }]);
    },
    goto: async (url) => {
      pending.push(...await drain());
      await send('POST', '/frame', { id: null });
      await send('POST', '/url', { url });
      await run(() => {});
    },
    reload: async () => {
      pending.push(...await drain());
      await send('POST', '/frame', { id: null });
      await send('POST', '/refresh', {});
      await run(() => {});
    },
    url: async () => { await send('POST', '/frame', { id: null }); return send('GET', '/url'); },
    frame: async (selector) => {
      const child = Object.assign(webkitTab(send, selector), { parent: tab, frameSelector: selector });
      await child.waitFor(`the frame ${selector}`, () => document.readyState !== 'loading');
      tab.frames.push(child);
      return child;
    },
    frames: [],
    problems: async () => {
      const found = [...pending.splice(0), ...await drain()];
      for (const child of tab.frames) found.push(...await child.problems());
      return found;
    },
  };
  return tab;
}

/** The engines the suite runs, by name. */
export const ENGINES = { firefox: launchFirefox, webkit: launchWebKit };
