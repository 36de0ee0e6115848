// Claimscope's service worker: a second visit works with the network off (docs/FONTS.md).
//
// - The app shell (the page, its glue, app.js, app.wasm, the icon) is cached when the worker installs,
//   and served network first: online, every visit gets the files of the current build; offline, the
//   cached ones.
// - Fonts (fonts/*) are cached as they are fetched, and served cache first: they are large and change only
//   with a build. The page also hands over the fonts it fetched before this worker controlled it.
// - The cache is named after a hash of the build's files (stamped in by scripts/stamp_sw.mjs), so a new
//   build installs a new worker, which deletes the caches of older builds when it takes over.
// Only requests to the page's own origin are answered here; the app makes no others.
'use strict';
const BUILD = '__CLAIMSCOPE_BUILD_HASH__';
const CACHE = 'claimscope-' + BUILD;
// The help pages too (Help › Documentation): a second visit offline opens them as well. scripts/stamp_sw.mjs
// writes every page of the build's docs/ into DOCS.
const DOCS = ['docs/index.html'];
const SHELL = ['./', 'index.html', 'claimscope.js', 'app.js', 'app.wasm', 'favicon.svg', ...DOCS];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('claimscope-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

const scopePath = () => new URL(self.registration.scope).pathname;
const isFont = (url) => url.pathname.startsWith(scopePath() + 'fonts/');

async function fontFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) await cache.put(request, res.clone());
  return res;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(request);
    if (res.ok) await cache.put(request, res.clone());
    return res;
  } catch (e) {
    const hit = await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    throw e;
  }
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(isFont(url) ? fontFirst(event.request) : networkFirst(event.request));
});

// The page's fonts fetched before this worker controlled it (the first visit): cached the same way.
self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (!Array.isArray(data.cacheFonts)) return;
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(data.cacheFonts.map(async (path) => {
    const url = new URL(path, self.registration.scope);
    if (url.origin !== self.location.origin || !isFont(url) || await cache.match(url)) return;
    const res = await fetch(url);
    if (res.ok) await cache.put(url, res);
  }))).then(() => { if (event.source) event.source.postMessage({ fontsCached: data.cacheFonts }); }));
});
