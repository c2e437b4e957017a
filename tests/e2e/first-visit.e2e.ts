import { expect, test, type Page } from '@playwright/test';
import { answerRecall, itemText, remaining, showAnswer, STUDY_URL, studyUrl } from './helpers.ts';

/** Holds every app script until the returned function is called: the page as first painted. */
async function holdScripts(page: Page): Promise<() => void> {
	let release!: () => void;
	const released = new Promise<void>((r) => (release = r));
	await page.route('**/_app/immutable/**', async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

const card = (page: Page) => page.locator('article.item');
const loading = (page: Page) => page.getByText('Loading your progress…');

test.describe('first visit', () => {
	test('a new learner sees the first card before any script runs; the session keeps it in place', async ({
		page
	}) => {
		const release = await holdScripts(page);
		await page.goto(STUDY_URL, { waitUntil: 'domcontentloaded' });
		await expect(card(page)).toBeVisible();
		// No button before the app can answer it: a tap on it would be lost silently.
		await expect(showAnswer(page)).toBeHidden();
		await expect(page.locator('button:visible')).toHaveCount(0);
		await expect(loading(page)).toBeHidden();
		const prompt = await card(page).locator('.prompt').innerText();
		expect(prompt.length).toBeGreaterThan(10);
		const before = await card(page).boundingBox();

		release();
		await expect(remaining(page)).toHaveText(/0 learning · 0 review · \d+ new/);
		await expect(showAnswer(page)).toBeVisible();
		// The session's first card is the one already on screen, in the same place.
		await expect(card(page).locator('.prompt')).toHaveText(prompt);
		expect(await card(page).boundingBox()).toEqual(before);
		await answerRecall(page, 3);
		await expect(card(page).locator('.prompt')).not.toHaveText(prompt);
	});

	test('a returning learner never sees the prerendered card, before or after the scripts', async ({
		page
	}) => {
		await page.goto(STUDY_URL);
		await answerRecall(page, 3);
		const next = await itemText(page);

		const release = await holdScripts(page);
		await page.reload({ waitUntil: 'domcontentloaded' });
		await expect(loading(page)).toBeVisible();
		await expect(card(page)).toBeHidden();
		release();
		await expect(remaining(page)).toHaveText(/1 learning/);
		expect(await itemText(page)).toBe(next);
	});

	test('a topic link on a first visit does not show the whole deck’s first card', async ({
		page
	}) => {
		const release = await holdScripts(page);
		await page.goto(studyUrl('neurological-deficits'), { waitUntil: 'domcontentloaded' });
		await expect(loading(page)).toBeVisible();
		await expect(card(page)).toBeHidden();
		release();
		await expect(remaining(page)).toBeVisible();
	});
});
