/** Backup and restore in real Chromium: export → clear → import gives the same progress. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { logLines, rateButton, remaining, showAnswer, storage, studyUrl } from '../e2e/helpers.ts';

test('export → clear → import restores every review, without duplicates', async ({ page }) => {
	await page.goto(studyUrl());
	for (let i = 0; i < 3; i++) {
		await showAnswer(page).click();
		await rateButton(page, 3).click();
	}
	await expect.poll(() => logLines(page)).toHaveLength(3);
	const countsBefore = await remaining(page).innerText();
	const before = await logLines(page);

	await page.goto('/settings/');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download backup' }).click();
	const file = await (await download).path();
	const backup = JSON.parse(readFileSync(file, 'utf8'));
	expect(backup).toMatchObject({ app: 'casedeck', kind: 'backup', version: 1 });

	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await page.getByLabel('Restore from backup').setInputFiles(file);
	await expect(page.getByText('Backup restored: 3 reviews added, 0 already here.')).toBeVisible();
	expect((await logLines(page)).sort()).toEqual([...before].sort());

	// Importing the same file again adds nothing.
	await page.getByLabel('Restore from backup').setInputFiles(file);
	await expect(page.getByText('Backup restored: 0 reviews added, 3 already here.')).toBeVisible();
	expect(await logLines(page)).toHaveLength(3);

	await page.goto(studyUrl());
	await expect(remaining(page)).toHaveText(countsBefore);
});

test('a bad backup file gets a clear message and changes nothing', async ({ page }) => {
	await page.goto(studyUrl());
	await showAnswer(page).click();
	await rateButton(page, 4).click();
	await page.goto('/settings/');
	const before = await storage(page);
	await page.getByLabel('Restore from backup').setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			'{"app":"casedeck","kind":"backup","version":1,"exportedAt":"x","settings":{},"log":{"w0":["zz,r7,=a/b"]}}'
		)
	});
	await expect(page.getByRole('alert')).toContainText(
		'Not a valid backup: log w0 segment 0: line 1'
	);
	expect(await storage(page)).toEqual(before);
});

test('home reminds to back up once there is progress, until a backup is downloaded', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Study now' })).toBeVisible();
	await expect(page.getByText(/No backup in the last 7 days/)).toHaveCount(0);
	await page.goto(studyUrl());
	await showAnswer(page).click();
	await rateButton(page, 3).click();
	await page.goto('/');
	await expect(page.getByText(/No backup in the last 7 days/)).toBeVisible();
	await page.getByRole('link', { name: 'download a backup' }).click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download backup' }).click();
	await download;
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Study now' })).toBeVisible();
	await expect(page.getByText(/No backup in the last 7 days/)).toHaveCount(0);
});
