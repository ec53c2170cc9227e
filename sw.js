// Common Ground's service worker: the app opens with no network after the first visit.
// Pages are served from the cache at once; in the background the latest index.html is fetched,
// and if it changed (a new version was deployed) its files are cached and the page is told,
// so the user chooses when to reload. Nothing the user enters passes through here: data lives
// in localStorage.
const CACHE = 'common-ground';
const INDEX = new URL('./', self.registration.scope).href;

// Every version's index.html carries this tag. A 200 page without it (a captive portal's login
// page, a host's error page) is not a new version and must not replace the cached app.
const MARKER = '<meta name="application-name" content="Common Ground"';

// The interface's words, one file per language (English too).
const LOCALE = /\/locales\/[a-z]+\.json$/;

// The files index.html loads (trunk gives them content hashes, so names change per version).
function assetsOf(html) {
  const urls = new Set();
  for (const m of html.matchAll(/(?:href|src)="([^"#]+)"|(?:from |module_or_path: )'([^']+)'/g)) {
    const u = m[1] || m[2];
    if (!/^(https?:|data:|mailto:)/.test(u)) urls.add(new URL(u, INDEX).href);
  }
  return [...urls];
}

// Fetches index.html and its files into the cache. Resolves to true if a different version
// was cached before (an update), false on the first install or when nothing changed.
async function refresh() {
  const res = await fetch(INDEX, { cache: 'no-store' });
  if (!res.ok) return false;
  const html = await res.text();
  if (!html.includes(MARKER)) return false;
  const cache = await caches.open(CACHE);
  const old = await cache.match(INDEX);
  const oldHtml = old ? await old.text() : null;
  if (oldHtml === html) return false;
  const assets = assetsOf(html);
  await cache.addAll(assets);
  // The languages this browser used, in the new version's words (their keys change with it).
  const locales = (await cache.keys()).map((r) => r.url).filter((u) => LOCALE.test(new URL(u).pathname));
  for (const u of locales) await cache.add(new Request(u, { cache: 'no-store' })).catch(() => {});
  await cache.put(INDEX, new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
  // Drop files no version needs any more.
  const keep = new Set([INDEX, ...assets, ...locales]);
  for (const req of await cache.keys()) if (!keep.has(req.url)) await cache.delete(req);
  return oldHtml !== null;
}

async function tellPages() {
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage({ type: 'update-ready' });
}

self.addEventListener('install', (e) => e.waitUntil(refresh().then(() => self.skipWaiting())));
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    e.respondWith((async () => {
      const cached = await caches.match(INDEX);
      const update = refresh().then((changed) => changed && tellPages()).catch(() => {});
      if (cached) {
        e.waitUntil(update);
        return cached;
      }
      await update;
      return (await caches.match(INDEX)) || fetch(req);
    })());
    return;
  }
  // A language file (locales/es.json) is fetched only when that language is chosen, so it is
  // cached when first fetched; a new version's refresh() fetches it again.
  if (LOCALE.test(new URL(req.url).pathname)) {
    e.respondWith(caches.match(req).then((hit) => hit || fetch(req).then(async (res) => {
      if (res.ok) await (await caches.open(CACHE)).put(req, res.clone());
      return res;
    })));
    return;
  }
  e.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
});
