import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	answerItem,
	checkAnswer,
	completeShortSession,
	DECK_URL,
	firstDayItems,
	levelBox,
	levelGroup,
	nextButton,
	openStudy,
	optionButton,
	optionList,
	rateButton,
	ratingBar,
	screen,
	showAnswer,
	sourcesHeading,
	topicItems,
	shownCorrect
} from './helpers.ts';

const WIDTH = 360;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the page and fails with a readable list of violations. */
async function expectAccessible(page: Page, where: string): Promise<void> {
	const { violations, passes } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	expect(passes.length, `axe ran no checks on ${where}`).toBeGreaterThan(0);
	const report = violations
		.map(
			(v) =>
				`• ${v.id} (${v.impact}): ${v.help}\n` +
				v.nodes
					.slice(0, 5)
					.map(
						(n) =>
							`    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`
					)
					.join('\n')
		)
		.join('\n');
	expect(violations.length, `axe violations on ${where}:\n${report}`).toBe(0);
}

/** No sideways scrolling at the phone width. */
async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width, `horizontal overflow on ${where}`).toBeLessThanOrEqual(WIDTH);
}

/** Every matched control is at least 44 px tall (touch target). */
async function expectTallEnough(controls: Locator, what: string): Promise<void> {
	const n = await controls.count();
	expect(n, `${what}: none found`).toBeGreaterThan(0);
	for (let i = 0; i < n; i++) {
		const box = await controls.nth(i).boundingBox();
		expect(box, `${what} #${i + 1} has no box`).not.toBeNull();
		expect(box!.height, `${what} #${i + 1} height`).toBeGreaterThanOrEqual(44);
	}
}

async function checkPage(page: Page, where: string): Promise<void> {
	await expectAccessible(page, where);
	await expectNoHorizontalScroll(page, where);
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`accessibility, ${colorScheme} mode, ${WIDTH} px`, () => {
		test.use({ colorScheme, viewport: { width: WIDTH, height: 780 }, reducedMotion: 'reduce' });
		// Intermediate states are scanned once (light mode) to keep the suite quick.
		const extra = colorScheme === 'light';

		test('home, deck page and settings', async ({ page }) => {
			expect(
				await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
				'colour scheme emulation'
			).toBe(colorScheme === 'dark');
			await page.goto('/');
			await expect(page.getByRole('link', { name: 'Study now' })).toBeVisible();
			await checkPage(page, 'home');

			await page.goto(DECK_URL);
			await expect(page.getByRole('link', { name: 'Study now' })).toBeVisible();
			await checkPage(page, 'deck page');

			await page.goto('/settings/');
			await expect(page.getByLabel('New items per day')).toBeVisible();
			await checkPage(page, 'settings');
		});

		test('study: recall item before and after reveal', async ({ page }) => {
			await openStudy(page);
			expect(await screen(page)).toBe('recall');
			await checkPage(page, 'study, before reveal');

			await showAnswer(page).click();
			await expect(sourcesHeading(page)).toBeVisible();
			await expect(ratingBar(page)).toBeVisible();
			await checkPage(page, 'study, after reveal');
			await expectTallEnough(ratingBar(page).getByRole('button'), 'rating button');

			// The "More actions" menu and report form, opened.
			if (!extra) return;
			await page.getByText('More actions').click();
			await page.getByRole('button', { name: 'Report a problem' }).click();
			await expect(page.getByLabel('What is wrong with this card?')).toBeVisible();
			await checkPage(page, 'study, report form open');
		});

		test('study: mcq before and after check', async ({ page }) => {
			const topic = 'neurological-deficits';
			const items = topicItems(topic);
			const i = items.findIndex((x) => x.kind === 'mcq');
			await openStudy(page, topic);
			for (const item of items.slice(0, i)) {
				expect(item.mode).toBe('recall');
				await showAnswer(page).click();
				await rateButton(page, 4).click();
			}
			expect(await screen(page)).toBe('mcq');
			await expectTallEnough(optionList(page).getByRole('button'), 'option button');
			// A wrong choice shows every mark (correct, yours, wrong).
			const wrong = ((await shownCorrect(page, items[i])) + 1) % 4;
			await optionButton(page, wrong).click();
			if (extra) await checkPage(page, 'mcq, option chosen');

			await checkAnswer(page).click();
			await expect(nextButton(page)).toBeVisible();
			await checkPage(page, 'mcq after check');
			await expectTallEnough(optionList(page).getByRole('button'), 'option button (checked)');
			await expectTallEnough(ratingBar(page).getByRole('button'), 'rating button (mcq)');
			await expectTallEnough(nextButton(page), 'Next button');
		});

		test('study: level item after check', async ({ page }) => {
			const topic = 'anatomy-levels';
			const [item] = topicItems(topic);
			expect(item.mode).toBe('level');
			await openStudy(page, topic);
			expect(await screen(page)).toBe('level');
			await expectTallEnough(levelGroup(page).locator('label'), 'level checkbox label');
			// One right level, one wrong one: hit, missed and wrong marks all show.
			await levelBox(page, item.levels![0]).check();
			await levelBox(page, 'T10').check();
			await checkAnswer(page).click();
			await expect(nextButton(page)).toBeVisible();
			await checkPage(page, 'level after check');
			await expectTallEnough(ratingBar(page).getByRole('button'), 'rating button (level)');
		});

		test('card browser: list, a card opened, the forget question and reported problems', async ({
			page
		}) => {
			await openStudy(page);
			await answerItem(page, firstDayItems[0], 3);
			await page.getByText('More actions').click();
			await page.getByRole('button', { name: 'Report a problem' }).click();
			await page.getByLabel('What is wrong with this card?').fill('Wrong year');
			await page.getByRole('button', { name: 'Save report' }).click();
			await page.getByRole('button', { name: 'Suspend card' }).click();
			await page.goto(DECK_URL);
			await page.getByRole('link', { name: 'Browse cards' }).click();
			const rows = page.getByRole('list', { name: 'Cards' }).getByRole('listitem');
			await expect(rows.first()).toBeVisible();
			await expect(page.getByRole('list', { name: 'Reported problems' })).toBeVisible();
			await checkPage(page, 'card browser');
			await expectTallEnough(rows.locator('button[aria-expanded]'), 'card row');

			await rows.first().locator('button[aria-expanded]').click();
			await expect(rows.first().getByRole('heading', { name: 'Sources' })).toBeVisible();
			await checkPage(page, 'card browser, a card opened');
			await expectTallEnough(rows.first().locator('.actions button'), 'card action');
			if (!extra) return;
			await rows.first().getByRole('button', { name: 'Forget' }).click();
			await rows.first().getByRole('button', { name: 'Add note' }).click();
			await expect(rows.first().getByRole('button', { name: 'Yes, forget' })).toBeVisible();
			await checkPage(page, 'card browser, forget question and note form');
		});

		test('session summary, then home with counts', async ({ page }) => {
			await completeShortSession(page);
			await page.getByText(/^Missed/).scrollIntoViewIfNeeded();
			await page.locator('.missed summary').first().click();
			await checkPage(page, 'session summary');

			if (!extra) return;
			await page.goto('/');
			await expect(page.getByText(/\d+ due/)).toBeVisible();
			await checkPage(page, 'home with counts');
		});
	});
}
