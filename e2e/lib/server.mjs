// A real static file server on 127.0.0.1 for the built dist/ (and for host pages in the
// embed tests), gzipping as production hosts do. Port 0 picks a free port; close() stops it,
// so no process is left behind.
import { createServer } from 'node:http';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { synthetic } from '../../bench/datasets.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json',
};

/** The headers of a `_headers` file (Netlify's format) for every path: the build writes one. */
async function hostHeaders(base) {
  const text = await readFile(join(base, '_headers'), 'utf8').catch(() => '');
  return Object.fromEntries(text.split('\n')
    .filter((line) => /^\s+\S/.test(line))
    .map((line) => line.trim().split(/:\s*(.*)/s).slice(0, 2)));
}

/** Where a report-only copy of the policy sends its reports (`reportCsp`). */
export const CSP_REPORT_PATH = '/__csp-report';

/**
 * Serves `root` (`routes`: fixed bodies by path). What is returned also tells what happened:
 * `requests`, every request answered ({ path, status }); with `reportCsp`, `cspReports`, the
 * browser's own reports of a violation of the built policy, sent from the first byte of every
 * page and frame (see below); `hold(pattern)` keeps each request whose path matches waiting
 * until `release()`.
 */
export async function serve(root, { port = 0, routes = {}, reportCsp = false } = {}) {
  const base = resolve(root);
  const fromHost = await hostHeaders(base);
  const requests = [];
  const cspReports = [];
  const holds = new Set();
  if (reportCsp) {
    // The built policy is sent as it is; a report-only copy of it with a report-uri beside it
    // makes the browser itself report what the policy refuses, whatever the test driver can
    // watch, and from before any of the page's scripts run.
    const [name, policy] = Object.entries(fromHost).find(([key]) => key.toLowerCase() === 'content-security-policy') ?? [];
    if (name) fromHost['Content-Security-Policy-Report-Only'] = `${policy}; report-uri ${CSP_REPORT_PATH}`;
  }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    res.on('finish', () => requests.push({ path, status: res.statusCode }));
    if (reportCsp && path === CSP_REPORT_PATH && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      try { cspReports.push(JSON.parse(body)['csp-report'] ?? JSON.parse(body)); } catch { cspReports.push({ unread: body }); }
      res.writeHead(204);
      return res.end();
    }
    for (const hold of [...holds]) {
      if (hold.pattern.test(path)) { hold.seen.push(path); await hold.released; }
    }
    if (routes[path] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? TYPES['.html'] });
      return res.end(routes[path]);
    }
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) { res.writeHead(403); return res.end(); }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const type = TYPES[extname(file)];
      const headers = {
        ...fromHost,
        'content-type': type ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        // As static hosts such as GitHub Pages do: a sandboxed (opaque-origin) frame loads the
        // module script and the wasm with CORS.
        'access-control-allow-origin': '*',
        vary: 'accept-encoding',
      };
      if (type && !type.startsWith('image/png') && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  /** Holds each request whose path matches `pattern` (a RegExp) until `release()`; `seen` lists them. */
  const hold = (pattern) => {
    let open;
    const entry = { pattern, seen: [], released: new Promise((ok) => { open = ok; }) };
    entry.release = () => { holds.delete(entry); open(); };
    holds.add(entry);
    return { seen: entry.seen, release: entry.release };
  };
  return {
    url,
    requests,
    cspReports,
    hold,
    close: () => new Promise((ok) => {
      for (const entry of [...holds]) entry.release();
      server.closeAllConnections();
      server.close(ok);
    }),
  };
}

/**
 * A copy of the build in `dist` in a new temporary folder, with the bench's larger stories beside
 * it (`bench/synthetic-10x.json`, …: bench/datasets.mjs, from the build's own story), to open as
 * drafts (`?data=bench/synthetic-10x.json`). Returns the folder; the caller removes it.
 */
export function withLargerStories(dist, factors = [10, 100]) {
  const site = mkdtempSync(join(tmpdir(), 'summit-larger-'));
  cpSync(dist, site, { recursive: true });
  mkdirSync(join(site, 'bench'));
  const data = JSON.parse(readFileSync(join(dist, 'data/summit.en.json'), 'utf8'));
  for (const factor of factors) writeFileSync(join(site, `bench/synthetic-${factor}x.json`), JSON.stringify(synthetic(data, factor)));
  return site;
}
