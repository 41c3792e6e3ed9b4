// A real static file server on 127.0.0.1 for the built dist/ (and for host pages in the
// embed tests), gzipping as production hosts do. Port 0 picks a free port; close() stops it,
// so no process is left behind.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

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

export async function serve(root, { port = 0, routes = {} } = {}) {
  const base = resolve(root);
  const fromHost = await hostHeaders(base);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
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
  return { url, close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }) };
}
