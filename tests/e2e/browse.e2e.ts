/**
 * The card browser ("Browse cards"), as a resident on a phone uses it: find a suspended card
 * and unsuspend it, search, open a card, forget it, reload, and export reported problems.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
	answerItem,
	DECK_ID,
	DECK_URL,
	deckItems,
	firstDayItems,
	logLines,
	openStudy,
	showAnswer
} from './helpers.ts';

const BROWSE_URL = `/decks/${DECK_ID}/browse/`;
const SCREENS = process.env.CASEDECK_SCREENSHOTS;

const rows = (page: Page) => page.getByRole('list', { name: 'Cards' }).getByRole('listitem');
const count = (page: Page) => page.getByRole('status').filter({ hasText: /\bcards$/ });
const stateFilter = (page: Page) => page.getByLabel('State');
const search = (page: Page) => page.getByRole('searchbox', { name: 'Search cards' });

/** Opens "Browse cards" from the deck page, as a user would. */
async function openBrowser(page: Page): Promise<void> {
	await page.goto(DECK_URL);
	await page.getByRole('link', { name: 'Browse cards' }).click();
	await expect(page).toHaveURL(new RegExp(`${BROWSE_URL}$`));
	await expect(page.getByRole('heading', { name: 'Browse cards', level: 1 })).toBeVisible();
	await expect(count(page)).toHaveText(`${deckItems.length} cards`);
}

/** Opens "More actions" on the study screen unless it is open already. */
async function moreActions(page: Page): Promise<void> {
	if (!(await page.getByRole('button', { name: 'Suspend card' }).isVisible()))
		await page.getByText('More actions').click();
}

/** Reports a problem with the card on screen. */
async function report(page: Page, note: string): Promise<void> {
	await moreActions(page);
	await page.getByRole('button', { name: 'Report a problem' }).click();
	await page.getByLabel('What is wrong with this card?').fill(note);
	await page.getByRole('button', { name: 'Save report' }).click();
	await expect(page.getByText(`Reported: ${note}`)).toBeVisible();
}

test('suspend in study, then unsuspend, search, open and forget in the browser; a reload keeps it', async ({
	page
}) => {
	await openStudy(page);
	const [first, second] = firstDayItems;
	await answerItem(page, first, 3);
	await answerItem(page, second, 3);
	await expect(showAnswer(page)).toBeVisible();
	await moreActions(page);
	await page.getByRole('button', { name: 'Suspend card' }).click();
	await expect(page.getByText('Card suspended.')).toBeVisible();

	await openBrowser(page);
	await stateFilter(page).selectOption({ label: 'Suspended' });
	await expect(count(page)).toHaveText(`1 of ${deckItems.length} cards`);
	const suspended = rows(page).first();
	await expect(suspended.getByText('Suspended', { exact: true })).toBeVisible();
	await suspended.getByRole('button').first().click();
	await expect(suspended.getByRole('button').first()).toHaveAttribute('aria-expanded', 'true');
	await suspended.getByRole('button', { name: 'Unsuspend' }).click();
	await expect(page.getByText('Card unsuspended.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
	// The row stays while open; its button now offers the opposite.
	await expect(suspended.getByRole('button', { name: 'Suspend', exact: true })).toBeVisible();
	await expect(suspended.getByText('Suspended', { exact: true })).toBeHidden();
	await stateFilter(page).selectOption({ label: 'Suspended' }); // no change: still filtered
	await stateFilter(page).selectOption({ label: 'Any state' });

	// Search: case and accents aside, every word must match.
	await search(page).fill('HOW MANY patients');
	await expect(rows(page)).toHaveCount(1);
	const row = rows(page).first();
	await expect(row).toContainText('What does the Noma et al. (2025) report describe');
	await expect(row.getByText('Learning', { exact: true })).toBeVisible();
	await expect(row).toContainText(/due \d\d:\d\d/);
	await row.getByRole('button').first().click();
	// The card as studied: its answer and its sources.
	await expect(row.getByRole('heading', { name: 'Sources' })).toBeVisible();
	await row.getByRole('button', { name: 'Add note' }).click();
	await row.getByLabel('Your note').fill('Ask about the second case');
	await row.getByRole('button', { name: 'Save note' }).click();
	await expect(row.getByText('Ask about the second case')).toBeVisible();
	if (SCREENS) await page.screenshot({ path: `${SCREENS}/browse-390-open.png`, fullPage: true });

	await row.getByRole('button', { name: 'Forget' }).click();
	await row.getByRole('button', { name: 'Yes, forget' }).click();
	await expect(page.getByText('Card forgotten: it comes back as new.')).toBeVisible();
	await expect(row.getByText('New', { exact: true })).toBeVisible();
	await expect(row.locator('button[aria-expanded]')).not.toContainText(/due (now|\d)/);
	// Focus stays on the row, not lost to the page.
	await expect(row.getByRole('button').first()).toBeFocused();
	const kinds = (await logLines(page)).map((l) => l.split(',')[1]);
	expect(kinds).toEqual(['r3', 'r3', 's', 'S', 'n', 'x']);

	await page.reload();
	await expect(count(page)).toHaveText(`${deckItems.length} cards`);
	await stateFilter(page).selectOption({ label: 'Suspended' });
	await expect(page.getByText('No cards match.')).toBeVisible();
	await stateFilter(page).selectOption({ label: 'Learning' });
	await expect(rows(page)).toHaveCount(1); // the second answer; the first was forgotten
	await stateFilter(page).selectOption({ label: 'Any state' });
	await search(page).fill('how many patients');
	await expect(rows(page).first().getByText('New', { exact: true })).toBeVisible();
	await expect(rows(page).first().getByText('Note', { exact: true })).toBeVisible();
	if (SCREENS) {
		await search(page).fill('');
		await page.evaluate(() => scrollTo(0, 0));
		await page.screenshot({ path: `${SCREENS}/browse-390.png` });
	}
});

test('Flag in study is one tap with an Undo; the flagged card is listed in the browser', async ({
	page
}) => {
	await openStudy(page);
	const [first] = firstDayItems;
	await page.getByRole('button', { name: 'Flag' }).click();
	await expect(page.getByText('Card flagged: find it under Browse cards.')).toBeVisible();
	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(showAnswer(page)).toBeVisible(); // still the same card, unanswered
	await page.getByRole('button', { name: 'Flag' }).click();
	await answerItem(page, first, 3);
	await openBrowser(page);
	await stateFilter(page).selectOption({ label: 'Flagged' });
	await expect(count(page)).toHaveText(`1 of ${deckItems.length} cards`);
	await page.reload();
	await stateFilter(page).selectOption({ label: 'Flagged' });
	await expect(count(page)).toHaveText(`1 of ${deckItems.length} cards`);
});

test.describe('at 360×740', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('reported problems are listed as text and exported as JSON', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const note = 'Year is <b>2024</b> & "not" 2025';
		await openStudy(page);
		await report(page, note);

		await openBrowser(page);
		const reports = page.getByRole('list', { name: 'Reported problems' });
		await expect(reports.getByRole('listitem')).toHaveCount(1);
		await expect(reports).toContainText(note); // as text, never as markup
		await stateFilter(page).selectOption({ label: 'Reported' });
		await expect(rows(page)).toHaveCount(1);
		await rows(page).first().getByRole('button').first().click();
		await expect(rows(page).first().getByText(note)).toBeVisible();
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width, 'no sideways scrolling').toBeLessThanOrEqual(360);
		if (SCREENS) await page.screenshot({ path: `${SCREENS}/browse-360-open.png`, fullPage: true });

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export reports' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(
			new RegExp(`^casedeck-problem-reports-${DECK_ID}-\\d{4}-\\d\\d-\\d\\d\\.json$`)
		);
		const json = JSON.parse(await readFile((await download.path())!, 'utf8'));
		expect(json).toMatchObject({
			format: 'casedeck-problem-reports',
			version: 1,
			deck: { id: DECK_ID },
			reports: [{ item: firstDayItems[0].id, card: firstDayItems[0].cardId, text: note }]
		});
		expect(Date.parse(json.reports[0].reportedAt)).not.toBeNaN();

		await page.getByRole('button', { name: 'Copy as text' }).click();
		await expect(page.getByText('Reports copied as text.')).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain(`Report: ${note}`);
		if (SCREENS) {
			await stateFilter(page).selectOption({ label: 'Any state' });
			await page.evaluate(() => scrollTo(0, 0));
			await page.screenshot({ path: `${SCREENS}/browse-360.png` });
		}
	});

	test('an unknown deck is a 404', async ({ page }) => {
		const r = await page.goto('/decks/no-such-deck/browse/');
		expect(r?.status()).toBe(404);
	});
});
