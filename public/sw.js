// The app's service worker: after the first visit the page loads and works with no network.
// `build-tools/precache.mjs` (a trunk post-build hook) writes the list of the build's files and a
// version made from their contents over the two placeholders below; nothing is kept by hand.
// Everything is same-origin: the worker never touches another origin's requests.
const VERSION = 'plan-budget-__VERSION__';
const FILES = __FILES__;

const scoped = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(VERSION)
      .then((cache) => cache.addAll(FILES.map(scoped)))
      .then(() => self.skipWaiting()),
  );
});

// A new version takes over at once; the caches of older versions are deleted.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('plan-budget-') && k !== VERSION).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page itself: the network when there is one (a new version), else the cached copy.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok && url.pathname === new URL(self.registration.scope).pathname) {
            const copy = response.clone();
            caches.open(VERSION).then((cache) => cache.put(scoped('./'), copy));
          }
          return response;
        })
        .catch(() => caches.match(scoped('./'))),
    );
    return;
  }
  // Files with a content hash in their name never change: the cache first.
  event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
});
