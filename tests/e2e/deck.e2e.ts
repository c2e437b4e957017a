import { expect, test } from '@playwright/test';
import {
	answerItem,
	DECK_URL,
	deckItems,
	deckSource,
	expectCounts,
	itemText,
	remaining,
	screen,
	STUDY_URL,
	summaryHeading,
	allTopicItems,
	topicItems,
	topicTitle,
	firstDayItems
} from './helpers.ts';

test.describe('deck page', () => {
	test('shows revision, review date, disclaimer and every topic with its item count', async ({
		page
	}) => {
		await page.goto(DECK_URL);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(deckSource.title);
		await expect(page.getByText(`Revision ${deckSource.revision} · reviewed`)).toBeVisible();
		const reviewed = page.locator('time');
		await expect(reviewed).toHaveText(deckSource.reviewed);
		await expect(reviewed).toHaveAttribute('datetime', deckSource.reviewed);
		await expect(
			page.getByText(`${deckItems.length} items`, { exact: false }).first()
		).toBeVisible();
		await expect(page.getByText('Educational use; not clinical guidance.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Study now' })).toHaveAttribute('href', STUDY_URL);

		await expect(page.getByRole('heading', { name: 'Topics' })).toBeVisible();
		const links = page
			.getByRole('list')
			.filter({ has: page.locator('a.topic') })
			.getByRole('link');
		await expect(links).toHaveCount(deckSource.topics.length);
		for (const [i, t] of deckSource.topics.entries()) {
			const link = links.nth(i);
			await expect(link).toContainText(t.title);
			await expect(link).toContainText(`${allTopicItems(t.id).length} items`);
			await expect(link).toHaveAttribute('href', `${STUDY_URL}#topic=${t.id}`);
		}
	});

	test('home lists the deck and links to it and to a study session', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Your decks' })).toBeVisible();
		const row = page.getByRole('listitem').filter({ hasText: deckSource.title });
		await expect(row).toHaveCount(1);
		await expect(row).toContainText(`${deckItems.length}`);
		await row.getByRole('link', { name: deckSource.title }).click();
		await expect(page).toHaveURL(new RegExp(`${DECK_URL}$`));
		await expect(page.getByText('Educational use; not clinical guidance.')).toBeVisible();
		await page.goto('/');
		await page.getByRole('link', { name: 'Study now' }).click();
		await expect(page).toHaveURL(new RegExp(`${STUDY_URL}$`));
		await expect(remaining(page)).toBeVisible();
		await expectCounts(page, { learning: 0, review: 0, new: Math.min(20, deckItems.length) });
	});

	test('a topic link starts a session limited to that topic', async ({ page }) => {
		const topic = 'imaging-evaluation';
		const items = topicItems(topic);
		await page.goto(DECK_URL);
		await page.getByRole('link', { name: new RegExp(`^${topicTitle(topic)}`) }).click();
		await expect(page).toHaveURL(new RegExp(`#topic=${topic}$`));
		await expect(page.getByText(`Topic: ${topicTitle(topic)}`)).toBeVisible();
		await expectCounts(page, { learning: 0, review: 0, new: items.length });

		// Walk the whole topic, everything right and rated Easy: exactly the topic's items
		// come up, in deck order (a cloze card's later gaps wait for tomorrow), then it ends.
		const seen: string[] = [];
		for (const item of items) {
			expect(await screen(page), item.id).toBe(item.mode);
			seen.push(await itemText(page));
			await answerItem(page, item, 4);
		}
		await expect(summaryHeading(page)).toBeVisible();
		expect(new Set(seen).size).toBe(items.length);
		await expectCounts(page, { learning: 0, review: 0, new: 0 });
		const figure = page.locator('dl div').filter({ hasText: 'Reviewed' }).locator('dd');
		await expect(figure).toHaveText(String(items.length));
		const row = page.getByRole('row').filter({ hasText: topicTitle(topic) });
		await expect(row).toContainText(`${items.length}/${items.length} (100%)`);

		// The rest of the deck is untouched: a whole-deck session still offers new items.
		await page.goto('/');
		await page.goto(STUDY_URL);
		await expect(page.getByText(/^Topic:/)).toBeHidden();
		await expectCounts(page, { learning: 0, review: 0, new: 20 - items.length });
		const first = deckItems.find((i) => !i.topics.includes(topic))!;
		expect(first).toBe(deckItems[0]);
		expect(await screen(page)).toBe(first.mode);
	});

	test('an unknown topic in the link falls back to the whole deck', async ({ page }) => {
		await page.goto(`${STUDY_URL}#topic=no-such-topic`);
		await expectCounts(page, { learning: 0, review: 0, new: 20 });
		await expect(page.getByText(/^Topic:/)).toBeHidden();
	});

	test('at 360×740 "Study now" is above the fold; the citation folds away; topics show their figures', async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(STUDY_URL);
		await answerItem(page, firstDayItems[0], 4);
		await page.goto(DECK_URL);
		const study = page.getByRole('link', { name: 'Study now' });
		const box = (await study.boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(740);
		await expect(page.getByText('Source paper:')).toBeHidden();
		await page.getByText('About this deck').click();
		await expect(page.getByText('Source paper:')).toBeVisible();
		// The first topic's figures come from the summary the session saved: one item studied.
		const first = page.locator('a.topic').first();
		await expect(first).toContainText(/\d+ due · \d+ new · \d+ items/);
		await expect(first.locator('progress')).toHaveAttribute('value', '1');
	});
});
