// Time to a usable card: what a resident feels when they open the study page on a phone. From
// navigation start, the first card's main button is tapped every ~50 ms until the answer shows;
// the figure is when it first shows. Slow 4G (150 ms RTT, 1.6 Mbps down; the servers must be
// started with SLOW_4G) and 4× CPU, on a first visit (fresh profile) and a return visit (a
// second navigation once the service worker is active). The empty page with one working button
// is timed the same way in the same run.
import type { Browser, CDPSession, Page } from 'playwright';
import { PHONE } from './browser.ts';
import type { Link } from './serve.ts';
import { median } from './stats.ts';

/**
 * Slow 4G as the issue defines it (150 ms RTT, 1.6 Mbps down), applied by the server
 * (bench/lib/serve.ts `Link`): Chrome's network emulation leaves a service worker's own fetches
 * at full speed, so a return visit would come unthrottled.
 */
export const SLOW_4G: Link = { latencyMs: 150, bytesPerSecond: (1.6 * 1000 * 1000) / 8 };

/** What to tap and what "the answer shows" means on one page. */
export interface UsableTarget {
	url: string;
	/** Text of the main button. */
	button: string;
	/** CSS selector that appears once the tap was answered. */
	shown: string;
}

/** One visit: when the answer first showed (ms since navigation start) and the taps sent. */
export interface UsableVisit {
	shownAt: number;
	taps: number;
	/**
	 * Taps on a visible button more than {@link ANSWER_WITHIN_MS} before the answer showed: taps
	 * that did nothing and were not answered later (silently lost).
	 */
	ignored: number;
	/** When the button was first visible. */
	visibleAt: number;
}

/** Medians over the runs, and every run. */
export interface UsableFigures {
	first: { median: number; ignoredMax: number; runs: UsableVisit[] };
	ret: { median: number; ignoredMax: number; runs: UsableVisit[] };
}

/** A tap answered later than this counts as lost: a responsive page answers well within it. */
export const ANSWER_WITHIN_MS = 300;

/** Installed before any page code: records when the answer first appears. */
function watch(selector: string) {
	const w = window as unknown as { __usable?: number };
	new MutationObserver((_, mo) => {
		if (w.__usable === undefined && document.querySelector(selector)) {
			w.__usable = performance.now();
			mo.disconnect();
		}
	}).observe(document, { childList: true, subtree: true });
}

async function throttle(page: Page, cpu: number): Promise<CDPSession> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
	return cdp;
}

/** Navigates and taps the main button every ~50 ms until the answer shows. */
async function visit(page: Page, t: UsableTarget): Promise<UsableVisit> {
	const nav = page.goto(t.url, { waitUntil: 'commit', timeout: 60_000 });
	await nav;
	// Any visible button with that text, inert or not: what a thumb would hit.
	const button = page.locator('button:visible', { hasText: t.button });
	const tapped: number[] = [];
	let visibleAt = -1;
	const deadline = Date.now() + 30_000;
	for (;;) {
		const shownAt = await page.evaluate(() => (window as { __usable?: number }).__usable);
		if (shownAt !== undefined) {
			const ignored = tapped.filter((at) => at < shownAt - ANSWER_WITHIN_MS).length;
			return { shownAt, taps: tapped.length, ignored, visibleAt };
		}
		if (Date.now() > deadline) throw new Error(`${t.url}: the answer never showed`);
		const box = await button
			.first()
			.boundingBox({ timeout: 50 })
			.catch(() => null);
		if (box && box.width > 0) {
			const at = await page.evaluate(() => performance.now());
			if (visibleAt < 0) visibleAt = at;
			await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
			tapped.push(at);
		}
		await page.waitForTimeout(50);
	}
}

/** A first visit in a fresh profile, then (same profile) a return visit once the worker is active. */
async function firstAndReturn(
	browser: Browser,
	t: UsableTarget,
	cpu: number
): Promise<[UsableVisit, UsableVisit]> {
	const context = await browser.newContext(PHONE);
	try {
		await context.addInitScript(watch, t.shown);
		const page = await context.newPage();
		await throttle(page, cpu);
		const first = await visit(page, t);
		// The offline copy: the app registers its worker a few seconds after load.
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		const ret = await visit(page, t);
		return [first, ret];
	} finally {
		await context.close();
	}
}

/** Times `runs` first and return visits of each target, interleaved so load hits all alike. */
export async function usableCard(
	browser: Browser,
	targets: Record<string, UsableTarget>,
	opts: { runs: number; cpu: number }
): Promise<Record<string, UsableFigures>> {
	const all: Record<string, [UsableVisit, UsableVisit][]> = {};
	for (let i = 0; i < opts.runs; i++)
		for (const [name, t] of Object.entries(targets))
			(all[name] ??= []).push(await firstAndReturn(browser, t, opts.cpu));
	const out: Record<string, UsableFigures> = {};
	for (const [name, visits] of Object.entries(all)) {
		const part = (k: 0 | 1) => {
			const runs = visits.map((v) => v[k]);
			return {
				median: median(runs.map((r) => r.shownAt)),
				ignoredMax: Math.max(...runs.map((r) => r.ignored)),
				runs
			};
		};
		out[name] = { first: part(0), ret: part(1) };
	}
	return out;
}
