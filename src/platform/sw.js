// Offline reading. The build, and the story editor for each site it downloads, replace the
// placeholders below (src/site/precache.rs) with a version derived from the site's bytes, the
// files every edition shares, each edition's own page, dataset and story index by its folder
// ("./", "./zh-Hans/"), and the story editor's files (its pages, bundles and site kit, and what
// a site it downloads copies but readers never need: pym.js, the share image), which only the
// editor's own visitors fetch.
const VERSION = "dev";
const PRECACHE = [];
const EDITIONS = {};
const EDITOR = [];
const CACHE = "summit-explainer-" + VERSION;

// The edition whose folder holds `url`: the longest folder that is a prefix of its path.
function editionOf(url) {
  const path = new URL(url).pathname;
  let best;
  for (const folder of Object.keys(EDITIONS)) {
    const at = new URL(folder, self.registration.scope).pathname;
    if (path.startsWith(at) && (!best || at.length > best.at.length)) best = { folder, at };
  }
  return best?.folder;
}

// The shared files, and the edition of each page open now: the reader's own language. Another
// edition is cached when the reader visits it (networkFirst). The editor's files only when the
// editor is open: readers never download its bundle. (Opened later, under a worker a reader's
// visit installed, the editor is cached as it loads: cacheFirst and networkFirst keep a copy.)
self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(PRECACHE);
    const open = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
    const folders = new Set(open.map((client) => editionOf(client.url)).filter(Boolean));
    if (folders.size === 0 && EDITIONS["./"]) folders.add("./");
    await Promise.all([...folders].map((folder) => cache.addAll(EDITIONS[folder])));
    const editing = open.some((client) => new URL(client.url).pathname.endsWith("/edit.html"));
    if (editing) await cache.addAll(EDITOR);
    await self.skipWaiting();
  })());
});

// The story editor, opened under a worker a reader's visit installed, asks for its files
// (platform::service_worker::KEEP_EDITOR_FILES): what "Download the page" puts in a site must be
// here offline too. Only what the cache lacks is fetched.
self.addEventListener("message", (event) => {
  if (event.data !== "keep-editor-files") return;
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const missing = [];
    for (const url of EDITOR) if (!(await cache.match(url))) missing.push(url);
    await cache.addAll(missing);
  })());
});

// A new build takes over at once and deletes the caches of older ones.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((k) => k.startsWith("summit-explainer-") && k !== CACHE).map((k) => caches.delete(k)),
      ))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The page and the dataset change without changing their names: fresh when online.
  const fresh = request.mode === "navigate" || url.pathname.endsWith("/") ||
    url.pathname.endsWith(".html") || url.pathname.endsWith(".json");
  event.respondWith(fresh ? networkFirst(request, url) : cacheFirst(request));
});

async function networkFirst(request, url) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(url.origin + url.pathname, response.clone());
    return response;
  } catch (error) {
    const hit = (await cache.match(request, { ignoreSearch: true })) ||
      (request.mode === "navigate" ? await cache.match(editionOf(request.url) ?? "./") : undefined);
    if (hit) return hit;
    throw error;
  }
}

// Hashed names never change content: the cache answers first.
async function cacheFirst(request) {
  const hit = await caches.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}
