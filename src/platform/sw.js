// Offline reading. The build (src/bin/prerender/precache.rs) replaces the two placeholders
// below with a version derived from the build's bytes and the list of every file it wrote.
const VERSION = "dev";
const PRECACHE = [];
const CACHE = "summit-explainer-" + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()),
  );
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
      (request.mode === "navigate" ? await cache.match("./") : undefined);
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
