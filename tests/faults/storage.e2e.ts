/**
 * Storage faults in real Chromium: every test counts the reviews saved before and after the
 * fault, and checks that the app keeps working and tells the user what happened.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	checkAnswer,
	counts,
	levelGroup,
	logLines,
	nextButton,
	optionButton,
	remaining,
	screen,
	showAnswer,
	storage,
	studyUrl,
	rateButton
} from '../e2e/helpers.ts';

const SETTINGS = JSON.stringify({
	retention: 0.9,
	newPerDay: 9999,
	dayStartHour: 4,
	fuzz: false,
	shortcuts: true
});

/** Answers whatever is on screen (first option, first level, or Good). */
async function answerAny(page: Page): Promise<void> {
	const s = await screen(page);
	if (s === 'recall') {
		await showAnswer(page).click();
		await rateButton(page, 3).click();
	} else if (s === 'mcq') {
		await optionButton(page, 0).click();
		await checkAnswer(page).click();
		await nextButton(page).click();
	} else if (s === 'level') {
		await levelGroup(page).getByRole('checkbox').first().check();
		await checkAnswer(page).click();
		await nextButton(page).click();
	}
}

function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	return errors;
}

test('storage full: the answer is kept, the user warned, nothing saved is damaged, saving resumes', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto(studyUrl());
	await answerAny(page);
	await expect.poll(() => logLines(page)).toHaveLength(1);
	const before = await storage(page);
	await page.evaluate(() => {
		const real = Storage.prototype.setItem;
		(window as unknown as { __realSetItem: typeof real }).__realSetItem = real;
		Storage.prototype.setItem = function () {
			throw new DOMException('full', 'QuotaExceededError');
		};
	});
	await answerAny(page);
	await expect(page.getByText(/Storage is full/)).toBeVisible();
	expect(await storage(page)).toEqual(before);
	await expect(page.getByRole('button', { name: 'Undo last answer' })).toBeVisible();
	await page.evaluate(() => {
		Storage.prototype.setItem = (
			window as unknown as { __realSetItem: Storage['setItem'] }
		).__realSetItem;
	});
	await answerAny(page);
	await expect.poll(() => logLines(page)).toHaveLength(3);
	await expect(page.getByText(/Storage is full/)).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('corrupt data: the app starts, keeps the bad data aside and explains', async ({ page }) => {
	const errors = watchErrors(page);
	await page.addInitScript(() => {
		if (sessionStorage.getItem('seeded')) return;
		sessionStorage.setItem('seeded', '1');
		localStorage.setItem('casedeck:log:zzzz9:0', '1,r9,=bad/item\n{"truncated":');
		localStorage.setItem('casedeck:settings', '{"retention": "lots"');
		localStorage.setItem('casedeck:summary:bkp-cement-leakage', '[1,2');
		localStorage.setItem('casedeck:cache:bkp-cement-leakage', '{"v":1,"items":');
	});
	await page.goto(studyUrl());
	await expect(page.getByText(/could not be read/)).toBeVisible();
	await answerAny(page);
	await expect.poll(() => logLines(page)).toHaveLength(1);
	const kv = await storage(page);
	expect(kv['casedeck:quarantine:casedeck:log:zzzz9:0']).toContain('r9');
	expect(kv['casedeck:log:zzzz9:0']).toBeUndefined();
	await page.goto('/settings/');
	await expect(page.getByRole('button', { name: 'Download unreadable data' })).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download unreadable data' }).click();
	expect((await download).suggestedFilename()).toBe('casedeck-unreadable-data.json');
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Study now' })).toBeVisible();
	expect(errors).toEqual([]);
});

test('data from a newer version: this tab goes read-only and asks to reload', async ({ page }) => {
	await page.addInitScript(() => {
		localStorage.setItem('casedeck:meta', JSON.stringify({ v: 99, device: 'newer1' }));
	});
	await page.goto(studyUrl());
	await expect(page.getByText(/newer version of CaseDeck/)).toBeVisible();
	const before = await storage(page);
	await showAnswer(page).or(checkAnswer(page)).first().waitFor();
	await answerAny(page);
	await expect(page.getByText(/read-only/).first()).toBeVisible();
	expect(await storage(page)).toEqual(before);
});

test('two tabs studying at once: both answers survive, none duplicated, each tab sees the other', async ({
	context
}) => {
	await context.addInitScript((s) => localStorage.setItem('casedeck:settings', s), SETTINGS);
	const a = await context.newPage();
	const b = await context.newPage();
	await a.goto(studyUrl());
	await b.goto(studyUrl());
	await expect(remaining(a)).toContainText('new');
	await answerAny(a);
	await answerAny(b);
	await answerAny(a);
	await expect.poll(() => logLines(a)).toHaveLength(3);
	const kv = await storage(a);
	const writers = Object.keys(kv).filter((k) => k.startsWith('casedeck:log:'));
	expect(writers).toHaveLength(2);
	// Each tab merged the other's answers: both show the same remaining counts.
	await expect
		.poll(async () => JSON.stringify(await counts(b)))
		.toBe(JSON.stringify(await counts(a)));
	// A answered k1 and k2, B answered k1 again: unmerged, A would show 2 learning and B 1.
	// Merged, k1 has two Goods (graduated to review) and only k2 is learning, in both tabs.
	expect((await counts(a)).learning).toBe(1);
	await a.reload();
	await expect.poll(() => logLines(a)).toHaveLength(3);
});

test('reload in the middle of a vignette resumes at the next step', async ({ page }) => {
	await page.addInitScript((s) => localStorage.setItem('casedeck:settings', s), SETTINGS);
	await page.goto(studyUrl('timing-indications'));
	const heading = page.locator('#item-heading');
	for (let i = 0; i < 40; i++) {
		await screen(page);
		if (/step 1 of/.test(await heading.innerText())) break;
		await answerAny(page);
	}
	await expect(heading).toContainText('step 1 of');
	const title = (await heading.innerText()).split('·')[0].trim();
	await answerAny(page);
	await expect(heading).toContainText('step 2 of');
	const saved = (await logLines(page)).length;
	await page.reload();
	await expect(heading).toContainText(title);
	await expect(heading).toContainText('step 2 of');
	expect(await logLines(page)).toHaveLength(saved);
});

test('clock moved backwards and a time-zone change never corrupt the log or stop the app', async ({
	browser
}) => {
	const ctx = await browser.newContext({ timezoneId: 'America/New_York' });
	const page = await ctx.newPage();
	const errors = watchErrors(page);
	await page.clock.install({ time: new Date('2026-03-10T14:00:00Z') });
	await page.goto(studyUrl());
	await answerAny(page);
	await answerAny(page);
	await page.clock.setSystemTime(new Date('2026-03-08T09:00:00Z')); // two days back
	await page.reload();
	await answerAny(page);
	await expect.poll(() => logLines(page)).toHaveLength(3);
	const state = await ctx.storageState();
	await ctx.close();
	const tokyo = await browser.newContext({ timezoneId: 'Asia/Tokyo', storageState: state });
	const p2 = await tokyo.newPage();
	const errors2 = watchErrors(p2);
	await p2.goto(studyUrl());
	await answerAny(p2);
	await expect.poll(() => logLines(p2)).toHaveLength(4);
	const lines = await logLines(p2);
	expect(lines.at(-1)).toMatch(/z(f0|fc)/); // +540 min written with the event (base36 "f0")
	expect([...errors, ...errors2]).toEqual([]);
	await tokyo.close();
});
