/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline cache: the app shell, every prerendered page and the bundled decks (they are
// JS chunks in `build`). Knows nothing of the domain.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `casedeck-${version}`;
const ASSETS = [...build, ...files, ...prerendered];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const req = event.request;
	if (req.method !== 'GET') return;
	const url = new URL(req.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(req, url));
});

async function respond(req: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	// Immutable build output and static files: cache first.
	if (ASSETS.includes(url.pathname) && req.mode !== 'navigate') {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
	}
	try {
		const res = await fetch(req);
		if (res.ok && res.type === 'basic' && ASSETS.includes(url.pathname))
			cache.put(url.pathname, res.clone());
		return res;
	} catch (err) {
		const hit =
			(await cache.match(url.pathname)) ??
			(await cache.match(url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`)) ??
			(req.mode === 'navigate' ? await cache.match('/200.html') : undefined);
		if (hit) return hit;
		throw err;
	}
}
