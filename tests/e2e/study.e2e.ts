import { expect, test, type Page } from '@playwright/test';
import {
	answerRecall,
	checkAnswer,
	counts,
	DECK_ID,
	deckItems,
	expectCounts,
	itemText,
	levelBox,
	logLines,
	NEW_PER_DAY,
	nextButton,
	openStudy,
	optionButton,
	optionList,
	rateButton,
	screen,
	showAnswer,
	sourcesHeading,
	storage,
	topicItems,
	undoButton,
	completeShortSession,
	summaryHeading,
	verdict,
	shownCorrect
} from './helpers.ts';

const inferenceNote = (page: Page) => page.getByRole('note').filter({ hasText: 'Inference:' });

test.describe('studying', () => {
	test('basic, cloze, mcq and both vignette step kinds; progress survives a reload', async ({
		page
	}) => {
		const topic = 'neurological-deficits';
		const items = topicItems(topic);
		// The walk below relies on this topic's shape: recall items, then mcqs, then a vignette
		// that opens with an mcq step followed by a recall step.
		const firstMcq = items.findIndex((i) => i.mode === 'mcq');
		const vignetteStart = items.findIndex((i) => i.kind === 'vignette');
		expect(items.slice(0, firstMcq).every((i) => i.mode === 'recall')).toBe(true);
		expect(items.slice(0, firstMcq).some((i) => i.kind === 'basic')).toBe(true);
		expect(items.slice(0, firstMcq).some((i) => i.kind === 'cloze')).toBe(true);
		expect(items[vignetteStart].mode).toBe('mcq');
		expect(items[vignetteStart + 1].mode).toBe('recall');

		await openStudy(page, topic);
		await expect(page.getByText('Topic: Neurological deficits')).toBeVisible();
		await expectCounts(page, { learning: 0, review: 0, new: items.length });
		const firstText = await itemText(page);

		let answered = 0;
		for (const item of items.slice(0, vignetteStart + 2)) {
			const kind = await screen(page);
			expect(kind, item.id).toBe(item.mode);
			const article = page.locator('article.item');

			if (item.mode === 'recall') {
				if (item.kind === 'cloze') await expect(article.locator('.cloze-gap')).toBeVisible();
				await expect(sourcesHeading(page)).toBeHidden();
				await showAnswer(page).click();
				await expect(showAnswer(page)).toBeHidden();
				await expect(article.locator('.answer')).toBeVisible();
				if (item.kind === 'cloze') await expect(article.locator('mark.cloze-answer')).toBeVisible();
				await expect(sourcesHeading(page)).toBeVisible();
				await expect(article.locator('.sources-panel .short').first()).toBeVisible();
				if (item.inference) await expect(inferenceNote(page)).toBeVisible();
				else await expect(inferenceNote(page)).toBeHidden();
				// Recall ratings are not pre-selected.
				await expect(rateButton(page, 3)).not.toHaveAttribute('aria-pressed', /.*/);
				await expect(rateButton(page, 3)).toHaveAccessibleName(/^Good, \S+/);
				await rateButton(page, 3).click();
			} else {
				// Alternate right and wrong answers on the stand-alone mcqs; vignette steps right.
				const wrong = item.kind === 'mcq' && answered % 2 === 1;
				const pick = wrong
					? ((await shownCorrect(page, item)) + 1) % 4
					: await shownCorrect(page, item);
				await expect(checkAnswer(page)).toBeDisabled();
				await optionButton(page, pick).click();
				await expect(optionButton(page, pick)).toHaveAttribute('aria-pressed', 'true');
				await expect(sourcesHeading(page)).toBeHidden();
				await checkAnswer(page).click();
				await expect(verdict(page)).toHaveText(wrong ? /✗ Incorrect/ : /✓ Correct/);
				// Every option explains itself; the right one and the chosen one are marked.
				const options = optionList(page).getByRole('listitem');
				const n = await options.count();
				expect(n).toBeGreaterThanOrEqual(4);
				await expect(optionList(page).locator('.why')).toHaveCount(n);
				await expect(optionList(page).getByText('Correct answer')).toHaveCount(1);
				await expect(optionList(page).getByText('Your answer')).toHaveCount(1);
				await expect(optionButton(page, 0)).toBeDisabled();
				await expect(sourcesHeading(page)).toBeVisible();
				// The rating bar shows the recorded rating: Good when right, Again when wrong.
				await expect(rateButton(page, wrong ? 1 : 3)).toHaveAttribute('aria-pressed', 'true');
				await expect(rateButton(page, wrong ? 3 : 1)).toHaveAttribute('aria-pressed', 'false');
				await nextButton(page).click();
			}
			if (item.kind === 'vignette')
				await expect(page.locator('#item-heading')).toHaveText(
					new RegExp(`step ${items.indexOf(item) - vignetteStart + 2} of`)
				);
			answered++;
			await expectCounts(page, {
				learning: answered,
				review: 0,
				new: items.length - answered
			});
		}

		// The vignette moves on to its third step, with the case stem and heading.
		const caseTitle = await page.locator('#item-heading').innerText();
		expect(caseTitle).toMatch(/step 3 of \d+/);
		const beforeReload = await itemText(page);

		// The log holds one line per answer, naming the items.
		const lines = await logLines(page);
		expect(lines).toHaveLength(answered);
		expect(lines.every((l) => /^[0-9a-z-]+,r[1-4],/.test(l))).toBe(true);
		expect(lines[0]).toContain(`=${DECK_ID}/${items[0].id}`);

		await page.reload();
		await expect(page.getByText('Topic: Neurological deficits')).toBeVisible();
		await expectCounts(page, { learning: answered, review: 0, new: items.length - answered });
		// The session resumes the case where it stopped; the first card is not new again.
		expect(await itemText(page)).toBe(beforeReload);
		expect(await itemText(page)).not.toBe(firstText);

		// Home agrees with a whole-deck session: nothing due yet (the missed mcq's 1-minute step at
		// most), fewer new today.
		await page.goto('/');
		const row = page.getByRole('listitem').filter({ hasText: 'Study now' });
		await expect(row.getByText(/\d+ total/)).toHaveText(`${deckItems.length} total`);
		// New today: the daily limit left, plus the started case's remaining steps.
		const caseSteps = items.filter((i) => i.cardId === items[vignetteStart].cardId).length;
		await expect(row.getByText(/\d+ new/)).toHaveText(
			`${NEW_PER_DAY - answered + caseSteps - 2} new`
		);
		const due = Number((await row.getByText(/\d+ due/).innerText()).match(/\d+/)![0]);
		expect(due).toBeLessThanOrEqual(1);
		const summary = JSON.parse((await storage(page))[`casedeck:summary:${DECK_ID}`]);
		expect(summary.unseen).toBe(deckItems.length - answered);
	});

	test('the vignette heading and case stem stay on screen across its steps', async ({ page }) => {
		const topic = 'neurological-deficits';
		const items = topicItems(topic);
		const vignetteStart = items.findIndex((i) => i.kind === 'vignette');
		await openStudy(page, topic);
		for (const item of items.slice(0, vignetteStart)) {
			// Quick pass with Easy so these items leave the session for days.
			if (item.mode === 'recall') await answerRecall(page, 4);
			else {
				await optionButton(page, await shownCorrect(page, item)).click();
				await checkAnswer(page).click();
				await nextButton(page).click();
			}
		}
		const heading = page.locator('#item-heading');
		await expect(heading).toHaveText(/Case 2 .*step 1 of 6/);
		await expect(page.locator('article.item .case')).toContainText('86-year-old man');
		await optionButton(page, await shownCorrect(page, items[vignetteStart])).click();
		await checkAnswer(page).click();
		await expect(verdict(page)).toHaveText(/✓ Correct/);
		await expect(page.locator('.sources-panel blockquote').first()).toBeVisible();
		await nextButton(page).click();
		await expect(heading).toHaveText(/Case 2 .*step 2 of 6/);
		await expect(page.locator('article.item .case')).toContainText('86-year-old man');
		await showAnswer(page).click();
		await expect(page.locator('article.item .answer')).toContainText('unilateral drop foot');
		await rateButton(page, 3).click();
		await expect(heading).toHaveText(/Case 2 .*step 3 of 6/);
	});

	test('level items: tick boxes in the list, or tap the drawn spine', async ({ page }) => {
		const topic = 'anatomy-levels';
		const items = topicItems(topic);
		const [first, second] = items;
		expect(first.mode).toBe('level');
		expect(second.mode).toBe('level');
		await openStudy(page, topic);

		// 1. The accessible list: tick the correct levels.
		expect(await screen(page)).toBe('level');
		await expect(checkAnswer(page)).toBeDisabled();
		for (const l of first.levels!) await levelBox(page, l).check();
		for (const l of first.levels!) await expect(levelBox(page, l)).toBeChecked();
		// The drawing follows the list.
		for (const l of first.levels!)
			await expect(page.locator(`article.item svg.spine g[data-level="${l}"]`)).toHaveClass(
				/selected/
			);
		await checkAnswer(page).click();
		await expect(verdict(page)).toHaveText(`✓ Correct — answer: ${first.levels!.join(', ')}`);
		for (const l of first.levels!) {
			await expect(levelBox(page, l)).toBeDisabled();
			await expect(levelBox(page, l)).toHaveAccessibleDescription(/Correct level · Your choice/);
		}
		await expect(sourcesHeading(page)).toBeVisible();
		await expect(rateButton(page, 3)).toHaveAttribute('aria-pressed', 'true');
		await nextButton(page).click();

		// 2. The SVG: tap a wrong level, then the right one, then untap the wrong one; and
		// finally answer with an extra (wrong) level to see the marks.
		expect(await screen(page)).toBe('level');
		const right = second.levels![0];
		const wrongLevel = right === 'L1' ? 'L2' : 'L1';
		const tap = (l: string) => page.locator(`article.item svg.spine g[data-level="${l}"]`).tap();
		await tap(wrongLevel);
		await expect(levelBox(page, wrongLevel)).toBeChecked();
		await tap(wrongLevel);
		await expect(levelBox(page, wrongLevel)).not.toBeChecked();
		for (const l of second.levels!) await tap(l);
		for (const l of second.levels!) await expect(levelBox(page, l)).toBeChecked();
		await tap(wrongLevel);
		await checkAnswer(page).click();
		await expect(verdict(page)).toHaveText(/✗ Incorrect — answer:/);
		await expect(levelBox(page, wrongLevel)).toHaveAccessibleDescription(
			/Your choice · Not a correct level/
		);
		await expect(rateButton(page, 1)).toHaveAttribute('aria-pressed', 'true');
		// After checking, taps no longer change anything.
		await tap(wrongLevel);
		await expect(levelBox(page, wrongLevel)).toBeChecked();
		await nextButton(page).click();
		await expect(undoButton(page)).toBeVisible();

		// Both answers were logged with their choices.
		const lines = await logLines(page);
		expect(lines).toHaveLength(2);
		expect(lines[0]).toContain(`p${first.levels!.join('.')}`);
		expect(lines[0]).toContain('y1');
		expect(lines[1]).toContain('y0');
	});

	test('an inference card shows the inference notice after reveal', async ({ page }) => {
		const topic = 'anatomy-levels';
		const items = topicItems(topic);
		const idx = items.findIndex((i) => i.inference);
		expect(idx).toBeGreaterThanOrEqual(0);
		await openStudy(page, topic);
		for (const item of items.slice(0, idx)) {
			expect(await screen(page)).toBe(item.mode);
			if (item.mode === 'level') {
				for (const l of item.levels!) await levelBox(page, l).check();
				await checkAnswer(page).click();
				await expect(inferenceNote(page)).toBeHidden();
				await nextButton(page).click();
			} else await answerRecall(page, 4);
		}
		const item = items[idx];
		if (item.mode === 'level') {
			for (const l of item.levels!) await levelBox(page, l).check();
			await expect(inferenceNote(page)).toBeHidden();
			await checkAnswer(page).click();
		} else {
			await expect(inferenceNote(page)).toBeHidden();
			await showAnswer(page).click();
		}
		await expect(inferenceNote(page)).toBeVisible();
		await expect(inferenceNote(page)).toContainText('goes beyond what its sources state');
	});

	test('undo restores the previous item, also after a reload', async ({ page }) => {
		const topic = 'neurological-deficits';
		const items = topicItems(topic);
		await openStudy(page, topic);
		await expect(undoButton(page)).toBeHidden();
		const first = await itemText(page);
		await answerRecall(page, 3);
		const second = await itemText(page);
		expect(second).not.toBe(first);
		await expectCounts(page, { learning: 1, review: 0, new: items.length - 1 });

		await undoButton(page).click();
		expect(await itemText(page)).toBe(first);
		await expect(showAnswer(page)).toBeVisible();
		await expect(undoButton(page)).toBeHidden();
		await expectCounts(page, { learning: 0, review: 0, new: items.length });
		const lines = await logLines(page);
		expect(lines).toHaveLength(2);
		expect(lines[1]).toMatch(/^[0-9a-z-]+,u,/);

		await page.reload();
		await expectCounts(page, { learning: 0, review: 0, new: items.length });
		expect(await itemText(page)).toBe(first);
	});

	test('undo after an mcq check shows the question unanswered again', async ({ page }) => {
		const topic = 'neurological-deficits';
		const items = topicItems(topic);
		const firstMcq = items.findIndex((i) => i.mode === 'mcq');
		await openStudy(page, topic);
		for (let i = 0; i < firstMcq; i++) await answerRecall(page, 4);
		const mcqText = await itemText(page);
		await optionButton(page, await shownCorrect(page, items[firstMcq])).click();
		await checkAnswer(page).click();
		await expect(verdict(page)).toBeVisible();
		await undoButton(page).click();
		expect(await itemText(page)).toBe(mcqText);
		await expect(verdict(page)).toBeHidden();
		await expect(optionButton(page, 0)).toBeEnabled();
		await expectCounts(page, { learning: 0, review: 0, new: items.length - firstMcq });
		// The undone choice must not stay selected: the question is shown unanswered.
		await expect(optionButton(page, await shownCorrect(page, items[firstMcq]))).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		await expect(checkAnswer(page)).toBeDisabled();
	});

	test('undo after Next goes back to the checked mcq, unanswered', async ({ page }) => {
		const topic = 'neurological-deficits';
		const items = topicItems(topic);
		const firstMcq = items.findIndex((i) => i.mode === 'mcq');
		await openStudy(page, topic);
		for (let i = 0; i < firstMcq; i++) await answerRecall(page, 4);
		const mcqText = await itemText(page);
		await optionButton(page, await shownCorrect(page, items[firstMcq])).click();
		await checkAnswer(page).click();
		await expect(verdict(page)).toBeVisible();
		await nextButton(page).click();
		expect(await itemText(page)).not.toBe(mcqText);
		await expectCounts(page, { learning: 1, review: 0, new: items.length - firstMcq - 1 });
		await undoButton(page).click();
		expect(await itemText(page)).toBe(mcqText);
		await expect(verdict(page)).toBeHidden();
		await expect(checkAnswer(page)).toBeDisabled();
		await expect(optionButton(page, await shownCorrect(page, items[firstMcq]))).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		await expectCounts(page, { learning: 0, review: 0, new: items.length - firstMcq });
	});

	test('suspend removes the item from the session, also after a reload', async ({ page }) => {
		const topic = 'neurological-deficits';
		const items = topicItems(topic);
		await openStudy(page, topic);
		const first = await itemText(page);
		await page.getByText('More actions').click();
		await page.getByRole('button', { name: 'Suspend card' }).click();
		const second = await itemText(page);
		expect(second).not.toBe(first);
		await expectCounts(page, { learning: 0, review: 0, new: items.length - 1 });
		const lines = await logLines(page);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^[0-9a-z-]+,s,=/);

		await page.reload();
		await expectCounts(page, { learning: 0, review: 0, new: items.length - 1 });
		expect(await itemText(page)).toBe(second);
	});

	test('a problem report is kept and shown again after a reload', async ({ page }) => {
		const note = 'The L5 myotome listed here looks wrong';
		await openStudy(page);
		const first = await itemText(page);
		await page.getByText('More actions').click();
		await page.getByRole('button', { name: 'Report a problem' }).click();
		await page.getByLabel('What is wrong with this card?').fill(note);
		await page.getByRole('button', { name: 'Save report' }).click();
		await expect(page.getByText(`Reported: ${note}`)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Remove report' })).toBeVisible();
		// Reporting does not answer or skip the card.
		expect(await itemText(page)).toBe(first);
		await expect(showAnswer(page)).toBeVisible();
		const lines = await logLines(page);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain(`n${encodeURIComponent(note)}`);

		await page.reload();
		await expect(showAnswer(page)).toBeVisible();
		expect(await itemText(page)).toBe(first);
		await page.getByText('More actions').click();
		await expect(page.getByText(`Reported: ${note}`)).toBeVisible();

		// And it can be withdrawn.
		await page.getByRole('button', { name: 'Remove report' }).click();
		await expect(page.getByRole('button', { name: 'Report a problem' })).toBeVisible();
		await page.reload();
		await page.getByText('More actions').click();
		await expect(page.getByRole('button', { name: 'Report a problem' })).toBeVisible();
		await expect(page.getByText(/^Reported:/)).toBeHidden();
	});

	test('the session summary reports reviewed, correct, time, next due, topics and misses', async ({
		page
	}) => {
		await completeShortSession(page);
		const figures = page.locator('dl');
		const figure = (name: string) =>
			figures
				.locator('div')
				.filter({ has: page.getByText(name, { exact: true }) })
				.locator('dd');
		await expect(figure('Reviewed')).toHaveText('3');
		await expect(figure('Correct')).toHaveText('2 (67%)');
		await expect(figure('Time')).toHaveText(/^\d+ s$|min/);
		await expect(figure('Next due')).not.toHaveText('nothing scheduled yet');
		await expect(page.getByRole('heading', { name: 'Accuracy by topic' })).toBeVisible();
		await expect(page.getByRole('table')).toContainText('The paper at a glance');
		await expect(page.getByRole('heading', { name: 'Missed (1)' })).toBeVisible();
		// The missed item opens to its answer.
		const missed = page.locator('.missed details').first();
		await missed.locator('summary').click();
		await expect(missed.locator('p')).toContainText('Two');
		await expect(page.getByRole('link', { name: 'Home' })).toBeVisible();
		await expectCounts(page, { learning: 0, review: 0, new: 0 });
		// Counts after a reload: both items graduated, nothing new left today.
		await page.reload();
		await expect(summaryHeading(page)).toBeVisible();
		expect((await counts(page)).new).toBe(0);
	});
});
