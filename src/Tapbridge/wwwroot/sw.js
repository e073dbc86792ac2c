// Tapbridge's service worker: it makes the app installable and shows a page of its own when the phone is offline.
// Pages and data are never cached: amounts must be today's, so every request goes to the network first.
const CACHE = "tapbridge-offline-v1";
const OFFLINE = "/offline.html";
const OFFLINE_FILES = [OFFLINE, "/offline.js", "/icon-192.png"];

self.addEventListener("install", event => {
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(OFFLINE_FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(key => key !== CACHE).map(key => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener("fetch", event => {
  if (event.request.mode !== "navigate") {
    // Only the offline page's own files are answered from the cache, and only when the network fails.
    if (OFFLINE_FILES.includes(new URL(event.request.url).pathname)) {
      event.respondWith(fetch(event.request).catch(() => caches.match(event.request)));
    }

    return;
  }

  event.respondWith(fetch(event.request).catch(() => caches.match(OFFLINE)));
});
