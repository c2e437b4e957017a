import { expect, test } from '@playwright/test';
import {
	answerRecall,
	DECK_URL,
	deckItems,
	deckSource,
	expectCounts,
	itemText,
	logLines,
	openStudy,
	rateButton,
	remaining,
	screen,
	showAnswer,
	sourcesHeading,
	STUDY_URL
} from './helpers.ts';

test.describe('offline', () => {
	test('after one online visit the app works offline and keeps answers', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
		// Wait for the service worker to install (it precaches the app) and take control.
		const scope = await page.evaluate(async () => {
			if (!('serviceWorker' in navigator)) return 'unsupported';
			const reg = await Promise.race([
				navigator.serviceWorker.ready,
				new Promise<undefined>((r) => setTimeout(() => r(undefined), 15_000))
			]);
			return reg ? reg.scope : 'no service worker became ready within 15 s';
		});
		expect(scope).toBe(new URL('/', page.url()).href);
		await page.reload();
		await expect
			.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), {
				message: 'the service worker controls the page'
			})
			.toBe(true);

		await context.setOffline(true);
		expect(await page.evaluate(() => navigator.onLine)).toBe(false);

		// Full page loads (not client-side navigation) must come from the cache.
		await page.goto(DECK_URL);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(deckSource.title);
		await expect(page.getByText('Educational use; not clinical guidance.')).toBeVisible();
		await expect(page.getByText('Offline', { exact: true })).toBeVisible();

		await page.goto(STUDY_URL);
		await expect(remaining(page)).toBeVisible();
		await expectCounts(page, { learning: 0, review: 0, new: 20 });
		const first = deckItems[0];
		expect(await screen(page)).toBe(first.mode);
		const firstText = await itemText(page);
		await answerRecall(page, 3);
		await expectCounts(page, { learning: 1, review: 0, new: 19 });
		expect(await logLines(page)).toHaveLength(1);

		// Still offline: reload the study page; the answer was kept.
		await page.reload();
		await expect(remaining(page)).toBeVisible();
		await expectCounts(page, { learning: 1, review: 0, new: 19 });
		expect(await itemText(page)).not.toBe(firstText);
		expect(await logLines(page)).toHaveLength(1);

		// Home, offline, shows the updated counts; a topic page (not prerendered with its hash)
		// opens too.
		await page.goto('/');
		await expect(page.getByText(/\d+ new/)).toHaveText('19 new');
		await page.goto(`${STUDY_URL}#topic=procedure`);
		await expect(page.getByText('Topic: Kyphoplasty and bone cement')).toBeVisible();
		await expect(remaining(page)).toBeVisible();

		await context.setOffline(false);
	});

	test.describe('control: without a service worker', () => {
		test.use({ serviceWorkers: 'block' });
		test('offline page loads fail, so the test above really exercises the cache', async ({
			page,
			context
		}) => {
			await page.goto('/');
			await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
			await context.setOffline(true);
			const failed = await page.goto(DECK_URL).then(
				() => false,
				() => true
			);
			expect(failed, 'an offline navigation without a service worker must fail').toBe(true);
			await context.setOffline(false);
		});

		test('a first visit that loses the network: a part that cannot load says so, and Try again loads it', async ({
			page,
			context
		}) => {
			await openStudy(page);
			expect(await screen(page)).toBe('recall');
			// Before the offline cache exists (it installs a few seconds after load).
			await context.setOffline(true);
			await showAnswer(page).click();
			const alert = page.getByRole('alert').filter({ hasText: 'Could not load the sources' });
			await expect(alert).toContainText('Check your connection, then try again.');
			// The answer itself is here, and rating it works and is saved.
			await expect(rateButton(page, 3)).toBeVisible();
			await context.setOffline(false);
			await page.getByRole('button', { name: 'Try again' }).click();
			await expect(sourcesHeading(page)).toBeVisible();
			await expect(alert).toHaveCount(0);
			await rateButton(page, 3).click();
			await expect.poll(() => logLines(page)).toHaveLength(1);
		});
	});
});
