// "First load": the gzip (level 9) size of every same-origin response of a cold load at a
// phone viewport until the network is idle. Shared by `npm run bench` and tests/size so the
// figure gated in CI is the figure the bench prints.
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright';
import { PHONE } from './browser.ts';

export interface LoadedFile {
	url: string;
	/** Decoded body bytes. */
	raw: number;
	/** Bytes after gzip -9 of the decoded body. */
	gzip: number;
}

export interface FirstLoad {
	url: string;
	/** Sum of `gzip` over every same-origin response the page made. */
	gzip: number;
	raw: number;
	files: LoadedFile[];
	/** Wire bytes fetched by the service worker (its script and offline precache), apart. */
	serviceWorkerGzip: number;
}

async function measure(r: Response): Promise<LoadedFile> {
	// Redirects and bodiless responses have nothing to read; they cost only headers.
	const body = await r.body().catch(() => Buffer.alloc(0));
	return {
		url: r.url(),
		raw: body.length,
		gzip: body.length ? gzipSync(body, { level: 9 }).length : 0
	};
}

/**
 * Loads `url` in a fresh context (empty cache and storage) and sums the page's same-origin
 * responses until the network has been idle for 500 ms. The service worker's traffic (its
 * offline precache of every page and deck) is counted apart: it starts a few seconds after the
 * load event, off the critical path, and only once per app version. With `waitForWorker`, the
 * load waits (bounded) for that precache so its figure is whole.
 */
export async function firstLoad(
	browser: Browser,
	url: string,
	waitForWorker = false
): Promise<FirstLoad> {
	const origin = new URL(url).origin;
	const context = await browser.newContext({ ...PHONE });
	const page = await context.newPage();
	const pageResponses: Response[] = [];
	const swSizes: Promise<number>[] = [];
	page.on('response', (r) => {
		if (new URL(r.url()).origin === origin) pageResponses.push(r);
	});
	context.on('requestfinished', (r) => {
		// Playwright cannot read a worker's response bodies; the server gzips at level 9, so
		// the wire size of a worker's response is its gzip -9 size.
		// A request still finishing as the context closes has no sizes; it counts as 0.
		if (new URL(r.url()).origin === origin && r.serviceWorker())
			swSizes.push(
				r.sizes().then(
					(s) => s.responseBodySize,
					() => 0
				)
			);
	});
	try {
		await page.goto(url, { waitUntil: 'networkidle' });
		// The app registers its worker a few seconds after load, when the network is already
		// idle: wait for it to install, so its figure is whole (bounded).
		if (waitForWorker)
			await page.evaluate(() =>
				Promise.race([
					navigator.serviceWorker.ready,
					new Promise((done) => setTimeout(done, 20_000))
				])
			);
		const files = await Promise.all(pageResponses.map(measure));
		const sw = await Promise.all(swSizes);
		return {
			url,
			gzip: files.reduce((s, f) => s + f.gzip, 0),
			raw: files.reduce((s, f) => s + f.raw, 0),
			files: files.sort((a, b) => b.gzip - a.gzip),
			serviceWorkerGzip: sw.reduce((s, n) => s + n, 0)
		};
	} finally {
		await context.close();
	}
}
