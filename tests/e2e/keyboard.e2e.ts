import { expect, test, type Page } from '@playwright/test';
import {
	checkAnswer,
	expectCounts,
	itemText,
	logLines,
	openStudy,
	optionButton,
	rateButton,
	screen,
	showAnswer,
	sourcesHeading,
	storage,
	topicItems,
	undoButton,
	verdict,
	shownCorrect
} from './helpers.ts';

/** Leaves focus on the page itself, where single-key shortcuts apply. */
const blur = (page: Page) =>
	page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
const letter = (i: number) => String.fromCharCode(97 + i);

test.describe('keyboard shortcuts', () => {
	test('a full answer loop with keys only: Space/Enter, 1–4, A–E, U', async ({ page }) => {
		const topic = 'imaging-evaluation';
		const items = topicItems(topic);
		const firstMcq = items.findIndex((i) => i.mode === 'mcq');
		// At least four recall items precede the first mcq in this topic (every rating key).
		expect(firstMcq).toBeGreaterThanOrEqual(4);
		expect(items.slice(0, firstMcq).every((i) => i.mode === 'recall')).toBe(true);
		await openStudy(page, topic);
		// Keys go to the page, not to a focused control.
		await blur(page);

		const ratings = ['3', '4', '1', '2'] as const;
		const reveals = ['Space', 'Enter', 'Space', 'Enter'] as const;
		let learning = 0;
		let answered = 0;
		for (let i = 0; i < firstMcq; i++) {
			const before = await itemText(page);
			await expect(showAnswer(page)).toBeVisible();
			// Rating keys do nothing before the answer is shown.
			await page.keyboard.press('3');
			expect(await itemText(page)).toBe(before);
			await expect(showAnswer(page)).toBeVisible();

			await page.keyboard.press(reveals[i % 4]);
			await expect(showAnswer(page)).toBeHidden();
			await expect(sourcesHeading(page)).toBeVisible();
			const r = ratings[i % 4];
			await page.keyboard.press(r);
			answered++;
			if (r !== '4') learning++;
			await expectCounts(page, { learning, review: 0, new: items.length - answered });
			expect(await itemText(page)).not.toBe(before);
		}

		// The mcq: letters choose, Enter checks, a digit re-rates, Space moves on.
		expect(await screen(page)).toBe('mcq');
		const mcq = items[firstMcq];
		const mcqText = await itemText(page);
		const wrong = ((await shownCorrect(page, mcq)) + 1) % 4;
		await page.keyboard.press(letter(wrong));
		await expect(optionButton(page, wrong)).toHaveAttribute('aria-pressed', 'true');
		await page.keyboard.press(letter(await shownCorrect(page, mcq)).toUpperCase());
		await expect(optionButton(page, await shownCorrect(page, mcq))).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(optionButton(page, wrong)).toHaveAttribute('aria-pressed', 'false');
		await page.keyboard.press('Enter');
		await expect(verdict(page)).toHaveText(/✓ Correct/);
		await expect(rateButton(page, 3)).toHaveAttribute('aria-pressed', 'true');
		// Letters no longer change the choice once checked.
		await page.keyboard.press(letter(wrong));
		await expect(optionButton(page, wrong)).toHaveAttribute('aria-pressed', 'false');
		await page.keyboard.press('4');
		await expect(rateButton(page, 4)).toHaveAttribute('aria-pressed', 'true');
		await expect(rateButton(page, 3)).toHaveAttribute('aria-pressed', 'false');
		await page.keyboard.press('Space');
		await expect(verdict(page)).toBeHidden();
		expect(await itemText(page)).not.toBe(mcqText);
		answered++;
		await expectCounts(page, { learning, review: 0, new: items.length - answered });

		// U undoes the mcq answer (and its re-rating) and shows it again.
		await page.keyboard.press('u');
		expect(await itemText(page)).toBe(mcqText);
		await expect(checkAnswer(page)).toBeVisible();
		await expect(verdict(page)).toBeHidden();
		answered--;
		await expectCounts(page, { learning, review: 0, new: items.length - answered });

		// The log: one review per answer, the correction, then the undo.
		const lines = await logLines(page);
		expect(lines).toHaveLength(firstMcq + 3);
		expect(lines.at(-3)).toMatch(/^[0-9a-z-]+,r3,.*,p[a-e](,|$)/);
		expect(lines.at(-3)).toContain(',y1');
		expect(lines.at(-2)).toMatch(/^[0-9a-z-]+,c4,/);
		expect(lines.at(-1)).toMatch(/^[0-9a-z-]+,u,/);

		// U again undoes the last recall answer too.
		await page.keyboard.press('U');
		await expect(showAnswer(page)).toBeVisible();
		answered--;
		learning--; // the last recall item was rated Good or Hard (learning)
		await expectCounts(page, { learning, review: 0, new: items.length - answered });
	});

	test('keys typed into the report form are not shortcuts', async ({ page }) => {
		await openStudy(page);
		const before = await itemText(page);
		await page.getByText('More actions').click();
		await page.getByRole('button', { name: 'Report a problem' }).click();
		const box = page.getByLabel('What is wrong with this card?');
		await box.focus();
		await page.keyboard.type(' 3 a u');
		await expect(box).toHaveValue(' 3 a u');
		await expect(showAnswer(page)).toBeVisible();
		expect(await itemText(page)).toBe(before);
		expect(await logLines(page)).toHaveLength(0);
	});

	test('turning shortcuts off in Settings disables them', async ({ page }) => {
		await page.goto('/settings/');
		const toggle = page.getByRole('checkbox', { name: /Single-key shortcuts/ });
		await expect(toggle).toBeChecked();
		await toggle.uncheck();
		await expect(toggle).not.toBeChecked();
		await expect
			.poll(async () => JSON.parse((await storage(page))['casedeck:settings'] ?? '{}').shortcuts)
			.toBe(false);
		await page.reload();
		await expect(page.getByRole('checkbox', { name: /Single-key shortcuts/ })).not.toBeChecked();

		await openStudy(page);
		await blur(page);
		const before = await itemText(page);
		await page.keyboard.press('Space');
		await page.keyboard.press('Enter');
		await expect(showAnswer(page)).toBeVisible();
		await expect(sourcesHeading(page)).toBeHidden();

		// Reveal with the pointer; digits still do nothing.
		await showAnswer(page).click();
		await blur(page);
		await page.keyboard.press('3');
		await page.keyboard.press('u');
		await expect(rateButton(page, 3)).toBeVisible();
		expect(await itemText(page)).toBe(before);
		expect(await logLines(page)).toHaveLength(0);

		// Rate with the pointer, then U must not undo.
		await rateButton(page, 3).click();
		await expect(undoButton(page)).toBeVisible();
		const after = await itemText(page);
		await blur(page);
		await page.keyboard.press('u');
		await expect(undoButton(page)).toBeVisible();
		expect(await itemText(page)).toBe(after);
		expect(await logLines(page)).toHaveLength(1);
	});
});
