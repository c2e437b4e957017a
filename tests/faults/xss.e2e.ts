/**
 * Script injection from deck content, end to end: a deck with every payload of
 * `xss-payloads.ts` in every content field is built into the app (isolated build on port 4350),
 * then Chromium visits home, the deck page and the study page and walks every item to the
 * session summary. Nothing may run, load from another origin or leave the allow-list: no dialog,
 * no `window.__xss`, no off-origin request, no console or page error, no handler attribute or
 * script URL in the DOM, and no CSP violation.
 *
 * The walk runs twice: with the CSP bypassed (the sanitiser alone must hold) and with it in force
 * (defence in depth: anything that slipped through would show up as a violation).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { XSS_DECK_ID, type XssDeck } from './xss-deck.ts';
import { armContext, expectClean, type Tripwires } from './xss-guard.ts';
import { startXssApp, stopXssApp, XSS_ORIGIN } from './xss-server.ts';
import { XSS_PAYLOADS } from './xss-payloads.ts';

const DECK = `${XSS_ORIGIN}/decks/${XSS_DECK_ID}/`;
const STUDY = `${DECK}study/`;

let deck: XssDeck;

test.describe.configure({ mode: 'serial' });
// Service workers would hide their fetches from request routing; the CSP suite covers them.
test.use({ serviceWorkers: 'block' });

test.beforeAll(async () => {
	test.setTimeout(300_000);
	deck = await startXssApp();
});
test.afterAll(async () => {
	await stopXssApp();
});

const remaining = (page: Page) => page.getByLabel('Remaining today');

async function counts(page: Page) {
	const text = (await remaining(page).innerText()).replace(/\s+/g, ' ');
	const m = /(\d+) learning · (\d+) review · (\d+) new/.exec(text);
	if (!m) throw new Error(`unexpected counts line: "${text}"`);
	return { learning: Number(m[1]), review: Number(m[2]), new: Number(m[3]) };
}

/**
 * Clicks through the element itself rather than at screen coordinates: long unbreakable
 * payload text widens the page on a phone (a layout bug, see `overflow` below), which makes
 * coordinate clicks land on the wrong element. This suite is about scripts, not layout.
 */
async function tap(locator: Locator): Promise<void> {
	await expect(locator).toBeVisible();
	await expect(locator).toBeEnabled();
	await locator.dispatchEvent('click');
}

/** Elements pushing the page wider than the 390px viewport (recorded, not asserted). */
async function overflow(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		const right = (e: Element | null) => (e ? e.getBoundingClientRect().right : 0);
		for (const e of document.querySelectorAll('body *'))
			if (right(e) > 391 && right(e.parentElement) <= 391)
				out.push(
					`${e.tagName.toLowerCase()}.${String(e.className).split(' ')[0]} ${Math.round(right(e))}px`
				);
		return out;
	});
}

/**
 * Answers every item until the session summary: recall items are revealed and rated, mcqs and
 * level items chosen and checked. Every fifth new item is missed (Again / a wrong choice) so the
 * summary lists missed items; those come back as learning steps and are then rated Easy.
 * The DOM is scanned while each item shows its answer, sources and explanations.
 */
async function walk(page: Page, t: Tripwires, csp: boolean, wide: Set<string>): Promise<number> {
	const showAnswer = page.getByRole('button', { name: 'Show answer' });
	const checkAnswer = page.getByRole('button', { name: 'Check answer' });
	const options = page.getByRole('list', { name: 'Answer options' });
	const levels = page.getByRole('group', { name: 'Vertebral levels' });
	const summary = page.getByRole('heading', { name: 'Session complete' });
	const sources = page.getByRole('heading', { name: 'Sources' });
	const rate = (word: string) =>
		page
			.getByRole('group', { name: 'Rate your recall' })
			.getByRole('button', { name: new RegExp(`^${word}\\b`) });
	const next = page.getByRole('button', { name: 'Next', exact: true });

	let shown = 0;
	for (; shown < deck.items.length * 2; shown++) {
		await expect(showAnswer.or(options).or(levels).or(summary).first()).toBeVisible();
		if (await summary.isVisible()) break;
		const before = await counts(page);
		// Only new items are missed (learning === 0), and never the last ones, so a missed item
		// is not shown again straight away.
		const miss = before.learning === 0 && before.new > 2 && shown % 5 === 2;
		const article = await page.locator('article.item').elementHandle();
		const where = `item ${shown + 1} (${JSON.stringify(before)})`;
		if (await showAnswer.isVisible()) {
			await tap(showAnswer);
			await expect(sources).toBeVisible();
			await expectClean(page, t, where, { csp });
			(await overflow(page)).forEach((o) => wide.add(o));
			await tap(rate(miss ? 'Again' : 'Easy'));
		} else {
			if (await options.isVisible()) {
				// The generator marks option A correct.
				const pick = options.getByRole('button', { name: new RegExp(`^${miss ? 'B' : 'A'}\\.`) });
				await tap(pick);
				await expect(pick).toHaveAttribute('aria-pressed', 'true');
			} else {
				const box = levels.getByRole('checkbox', { name: miss ? 'L2' : 'L1', exact: true });
				await tap(box);
				await expect(box).toBeChecked();
			}
			await tap(checkAnswer);
			await expect(page.getByRole('status').filter({ hasText: /Correct|Incorrect/ })).toBeVisible();
			await expect(sources).toBeVisible();
			await expectClean(page, t, where, { csp });
			(await overflow(page)).forEach((o) => wide.add(o));
			if (!miss) await tap(rate('Easy'));
			await tap(next);
		}
		await expect
			.poll(() => article!.evaluate((e) => e.isConnected), { message: where })
			.toBe(false);
	}
	await expect(summary).toBeVisible();
	return shown;
}

for (const csp of [false, true]) {
	test.describe(csp ? 'with the CSP in force' : 'with the CSP bypassed (sanitiser alone)', () => {
		test.use({ bypassCSP: !csp });

		test('home, deck page and a whole study session run no injected script', async ({
			page,
			context
		}) => {
			test.setTimeout(600_000);
			const t = await armContext(context, XSS_ORIGIN);
			// Study days are walked one after another by moving the clock (see below).
			let today = Date.UTC(2026, 2, 10, 12);
			await page.clock.install({ time: today });

			await page.goto(`${XSS_ORIGIN}/`);
			await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
			await expect(page.getByRole('link', { name: /^XSS gauntlet/ })).toBeVisible();
			await expectClean(page, t, 'home', { csp });

			await page.goto(DECK);
			await expect(page.getByRole('heading', { level: 1, name: /^XSS gauntlet/ })).toBeVisible();
			// The description and citation fold away on the deck page; open them to check them.
			await page.locator('details.about').evaluate((d) => ((d as HTMLDetailsElement).open = true));
			await expect(page.getByText('Source paper:')).toBeVisible();
			// Payload text is shown as text, not markup (the title is plain text).
			await expect(page.locator('h1')).toContainText('<script>window.__xss=1;alert(1)</script>');
			await expectClean(page, t, 'deck page', { csp });

			await page.goto(STUDY);
			await expect(remaining(page)).toBeVisible();
			// One new item per card a day: a cloze card's second gap waits for the next day.
			const later = deck.items.filter((i) => /::c\d+$/.test(i.id) && !i.id.endsWith('::c1'));
			expect(later.length).toBeGreaterThan(0);
			expect(await counts(page)).toEqual({
				learning: 0,
				review: 0,
				new: deck.items.length - later.length
			});
			const wide = new Set<string>();
			let shown = await walk(page, t, csp, wide);

			const summary = page.getByRole('region', { name: 'Session complete' });
			await expect(summary.getByRole('heading', { name: /^Missed \(\d+\)$/ })).toBeVisible();
			for (const d of await summary.locator('details').all()) await tap(d.locator('summary'));
			await expectClean(page, t, 'session summary', { csp });
			await expect(page.getByText('Session complete')).toBeVisible();

			// The next study days bring the waiting gaps (and reviews): walk them too, so every
			// content field is shown.
			const newByDay: number[] = [];
			for (let day = 2; day <= 5; day++) {
				today += 86_400_000;
				await page.clock.setSystemTime(today);
				await page.goto(STUDY);
				await expect(remaining(page)).toBeVisible();
				newByDay.push((await counts(page)).new);
				if (!newByDay.at(-1)) break;
				shown += await walk(page, t, csp, wide);
			}
			expect(newByDay[0]).toBe(later.length);
			await expect.poll(async () => (await counts(page)).new).toBe(0);
			expect(shown).toBeGreaterThanOrEqual(deck.items.length);
			if (wide.size) {
				console.log(`layout: wider than the viewport: ${[...wide].join(', ')}`);
				test.info().annotations.push({
					type: 'layout: content wider than the viewport',
					description: [...wide].join(', ')
				});
			}
		});
	});
}

test('a topic from the URL hash and a topic title are shown as text', async ({ page, context }) => {
	const t = await armContext(context, XSS_ORIGIN);
	await page.goto(`${STUDY}#topic=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
	await expect(remaining(page)).toBeVisible();
	await expectClean(page, t, 'study page, hostile hash');

	// A hash change alone does not reload the page; the topic is read when the page loads.
	await page.goto(`${STUDY}#topic=t1`);
	await page.reload();
	await expect(page.getByText(/^Topic: /)).toContainText(XSS_PAYLOADS[1].text);
	await expectClean(page, t, 'study page, topic t1');
});

test('the generated deck covers every content field with every payload', () => {
	expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(60);
	expect(deck.items.length).toBeGreaterThan(0);
	for (const field of [
		'cloze.answer',
		'cloze.hint',
		'mcq.options[3].why',
		'vignette.recall.answer'
	])
		expect(deck.fields).toContain(field);
});
