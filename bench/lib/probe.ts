// The Playwright latency probe: a seeded collection is put into localStorage, the study page
// is opened with 4× CPU throttling (Chrome DevTools' "mid-tier mobile"), and the page itself
// timestamps start-up and each answer, so Playwright's own round trips are never counted.
import type { Browser, Page } from 'playwright';
import { PHONE } from './browser.ts';
import { quantile, median } from './stats.ts';

/** Installed before any app code: timestamps storage reads, card changes and long tasks. */
function instrument() {
	const w = window as unknown as { __bench: Record<string, unknown> };
	const b: { logReadAt?: number; cardAt?: number; tasks: { start: number; end: number }[] } = {
		tasks: []
	};
	w.__bench = b as unknown as Record<string, unknown>;
	// Start-up begins when the study page first reads its state cache or a log segment.
	const getItem = Storage.prototype.getItem;
	Storage.prototype.getItem = function (k: string) {
		if (
			b.logReadAt === undefined &&
			(k.startsWith('casedeck:log:') || k.startsWith('casedeck:cache:'))
		)
			b.logReadAt = performance.now();
		return getItem.call(this, k);
	};
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			b.tasks.push({ start: e.startTime, end: e.startTime + e.duration });
	}).observe({ type: 'longtask', buffered: true });
	new MutationObserver(() => {
		// Visible: a returning learner's page holds the prerendered first card, hidden by CSS.
		const card = [...document.querySelectorAll('article.item')].find((c) => c.checkVisibility());
		if (card && b.cardAt === undefined) {
			card.getBoundingClientRect(); // the card is laid out, not just in the DOM
			b.cardAt = performance.now();
		}
	}).observe(document, { childList: true, subtree: true });
}

/** In the page: resolves with ms from the next click to the next card laid out, and to its frame. */
function armAnswer(): Promise<{ dom: number; frame: number }> {
	const text = () =>
		(document.querySelector('#item-heading')?.textContent ?? '') +
		(document.querySelector('article.item .prompt')?.textContent ?? '');
	const before = text();
	return new Promise((resolve, reject) => {
		let t0: number | undefined;
		const timer = setTimeout(() => reject(new Error('no next card within 10 s')), 10_000);
		addEventListener('click', (e) => (t0 = e.timeStamp), { capture: true, once: true });
		const mo = new MutationObserver(() => {
			if (t0 === undefined || text() === before || !document.querySelector('article.item')) return;
			mo.disconnect();
			clearTimeout(timer);
			document.querySelector('article.item')!.getBoundingClientRect();
			const dom = performance.now() - t0;
			// After the next frame is produced: rAF runs before paint, a task posted from it after.
			requestAnimationFrame(() =>
				setTimeout(() => resolve({ dom, frame: performance.now() - t0! }), 0)
			);
		});
		mo.observe(document.body, { childList: true, subtree: true, characterData: true });
	});
}

/**
 * In the page: the same click → DOM changed → laid out timing for a bare button that swaps
 * the prompt's text with no app code: what the browser and the method cost by themselves.
 */
function installFloorButton(): void {
	const b = document.createElement('button');
	b.id = 'bench-floor';
	b.textContent = 'floor';
	b.style.cssText = 'position:fixed;top:0;right:0;z-index:9;min-height:44px';
	let n = 0;
	b.addEventListener('click', () => {
		const p = document.querySelector('article.item .prompt') ?? document.body;
		p.innerHTML = `<p>Question ${++n}: which level was treated, and why?</p>`;
	});
	document.body.append(b);
}

/**
 * In the page: the cheapest answer an app could give, timed the same way: the click writes one
 * log segment's worth of text (5 KB) to localStorage and swaps the card on screen for a copy
 * built beforehand, with another prompt — no app code, no rendering in the click.
 */
function installIdealButton(): void {
	const b = document.createElement('button');
	b.id = 'bench-ideal';
	b.textContent = 'ideal';
	b.style.cssText = 'position:fixed;top:0;left:0;z-index:9;min-height:44px';
	const segment = 'x'.repeat(5000);
	let n = 0;
	let next: Element | undefined;
	const prepare = () => {
		const card = document.querySelector('article.item');
		next = card?.cloneNode(true) as Element | undefined;
		const prompt = next?.querySelector('.prompt');
		if (prompt) prompt.textContent = `Question ${n + 1}: which level was treated, and why?`;
	};
	b.addEventListener('click', () => {
		localStorage.setItem('bench-ideal', segment + ++n);
		if (next) document.querySelector('article.item')?.replaceWith(next);
		setTimeout(prepare, 0);
	});
	prepare();
	document.body.append(b);
}

function armFloor(): Promise<number> {
	return new Promise((resolve) => {
		let t0 = 0;
		addEventListener('click', (e) => (t0 = e.timeStamp), { capture: true, once: true });
		const mo = new MutationObserver(() => {
			mo.disconnect();
			document.body.getBoundingClientRect();
			resolve(performance.now() - t0);
		});
		mo.observe(document.body, { childList: true, subtree: true, characterData: true });
	});
}

export interface OpenTiming {
	/** First read of the state cache or a log segment → today's queue ready (the budget). */
	startupMs: number;
	/** First read of the state cache or a log segment → first card laid out. */
	toCardMs: number;
	/** Longest main-thread task overlapping that span. */
	longestTaskMs: number;
}

export interface ProbeResult {
	throttle: number;
	/** Start-up with the cached states (median of runs; each run's figures in order). */
	startup: OpenTiming & { runs: number[]; toCardRuns: number[] };
	/** Start-up after the cache is dropped: a full replay. */
	replay: OpenTiming;
	/** Answer → next card laid out (ms), and → next frame. */
	answers: { dom: number[]; frame: number[]; p50: number; p95: number; frameP95: number };
	/** The same timing for a bare text swap without app code (see installFloorButton). */
	floor: { p50: number; p95: number };
	/** The same timing for the cheapest possible answer (see installIdealButton). */
	ideal: { p50: number; p95: number };
}

async function seed(
	page: Page,
	base: string,
	storage: Record<string, string>,
	drop: string[] = []
) {
	// A static file of the same origin, so storage is written before any app code runs.
	await page.goto(`${base}/favicon.svg`);
	await page.evaluate(
		([kv, drop]) => {
			localStorage.clear();
			for (const [k, v] of Object.entries(kv)) if (!drop.includes(k)) localStorage.setItem(k, v);
		},
		[storage, drop] as const
	);
}

async function open(page: Page, url: string): Promise<OpenTiming> {
	await page.goto(url);
	await page.locator('article.item').waitFor({ timeout: 120_000 });
	const b = await page.evaluate(() => (window as unknown as { __bench: unknown }).__bench);
	const { logReadAt, cardAt, tasks } = b as {
		logReadAt: number;
		cardAt: number;
		tasks: { start: number; end: number }[];
	};
	if (logReadAt === undefined) throw new Error('the study page never read the log');
	const longest = tasks
		.filter((t) => t.end > logReadAt && t.start < cardAt)
		.reduce((m, t) => Math.max(m, t.end - t.start), 0);
	// The study page marks the moment StudySession.open has read storage and built the queue.
	const queueAt = await page.evaluate(
		() => performance.getEntriesByName('casedeck:queue-ready')[0]?.startTime
	);
	if (queueAt === undefined) throw new Error('the study page never marked casedeck:queue-ready');
	return { startupMs: queueAt - logReadAt, toCardMs: cardAt - logReadAt, longestTaskMs: longest };
}

/** Answers whatever is on screen; returns the timing of the click that brings the next card. */
async function answer(page: Page, i: number): Promise<{ dom: number; frame: number }> {
	const show = page.getByRole('button', { name: 'Show answer' });
	const options = page.getByRole('list', { name: 'Answer options' });
	await show.or(options).first().waitFor();
	let go;
	if (await show.isVisible()) {
		await show.click();
		// Mostly Good, some Again, as a real session.
		go = page
			.getByRole('group', { name: 'Rate your recall' })
			.getByRole('button', { name: i % 10 === 9 ? /^Again\b/ : /^Good\b/ });
	} else {
		await options.getByRole('button', { name: /^A\./ }).click();
		await page.getByRole('button', { name: 'Check answer' }).click();
		go = page.getByRole('button', { name: 'Next', exact: true });
	}
	await go.waitFor();
	await page.waitForTimeout(50); // let the reveal's own work settle; it is not this figure
	const timing = page.evaluate(armAnswer);
	await go.click();
	return timing;
}

/** Clicks a bench button 45 times, timed like an answer; the first 5 are warm-up. */
async function timeClicks(page: Page, selector: string): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < 45; i++) {
		const t = page.evaluate(armFloor);
		await page.locator(selector).click();
		if (i >= 5) times.push(await t);
		else await t;
		await page.waitForTimeout(50);
	}
	return times;
}

/**
 * Opens `studyUrl` over `storage` with CPU throttling: start-up (cached) `startRuns` times,
 * once more without the cache (full replay), then answers `answers` items after 5 warm-up ones.
 */
export async function probe(
	browser: Browser,
	base: string,
	studyUrl: string,
	storage: Record<string, string>,
	opts: { throttle?: number; answers?: number; startRuns?: number; cacheKey: string }
): Promise<ProbeResult> {
	const throttle = opts.throttle ?? 4;
	const context = await browser.newContext({
		...PHONE,
		serviceWorkers: 'block',
		timezoneId: 'UTC'
	});
	// tsx (esbuild keepNames) wraps named inner functions in `__name(...)`; give pages one.
	await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
	await context.addInitScript(instrument);
	const page = await context.newPage();
	page.setDefaultTimeout(60_000);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
	try {
		const runs: OpenTiming[] = [];
		for (let i = 0; i < (opts.startRuns ?? 5); i++) {
			await seed(page, base, storage);
			runs.push(await open(page, base + studyUrl));
		}
		await seed(page, base, storage, [opts.cacheKey]);
		const replay = await open(page, base + studyUrl);
		const dom: number[] = [];
		const frame: number[] = [];
		const floor: number[] = [];
		const ideal: number[] = [];
		// Three runs, each answers then its floors: a p95 of 60 answers on 2 cores moves by several
		// ms, and the budget is relative to the cheapest answer, so both are pooled over all runs.
		const RUNS = 3;
		const perRun = Math.ceil((opts.answers ?? 210) / RUNS) + 5;
		for (let run = 0; run < RUNS; run++) {
			await seed(page, base, storage);
			await open(page, base + studyUrl);
			for (let i = 0; i < perRun; i++) {
				const t = await answer(page, i);
				if (i < 5) continue; // warm-up: first answers compile code paths
				dom.push(t.dom);
				frame.push(t.frame);
			}
			await page.evaluate(installFloorButton);
			floor.push(...(await timeClicks(page, '#bench-floor')));
			await page.evaluate(installIdealButton);
			ideal.push(...(await timeClicks(page, '#bench-ideal')));
		}
		const startups = runs.map((r) => r.startupMs);
		return {
			throttle,
			startup: {
				startupMs: median(startups),
				toCardMs: median(runs.map((r) => r.toCardMs)),
				longestTaskMs: median(runs.map((r) => r.longestTaskMs)),
				runs: startups,
				toCardRuns: runs.map((r) => r.toCardMs)
			},
			replay,
			answers: {
				dom,
				frame,
				p50: quantile(dom, 0.5),
				p95: quantile(dom, 0.95),
				frameP95: quantile(frame, 0.95)
			},
			floor: { p50: quantile(floor, 0.5), p95: quantile(floor, 0.95) },
			ideal: { p50: quantile(ideal, 0.5), p95: quantile(ideal, 0.95) }
		};
	} finally {
		await context.close();
	}
}
