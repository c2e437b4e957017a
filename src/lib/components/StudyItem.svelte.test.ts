import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeckFile } from '$lib/deck/build.ts';
import { itemsOf, type Card, type CompiledDeck } from '$lib/deck/index.ts';
import { AppStore, ItemPreview, StudySession } from '$lib/state/index.ts';
import { MemoryKV } from '$lib/storage/index.ts';
import StudyItem from './StudyItem.svelte';

let full: CompiledDeck;
beforeAll(() => {
	const r = loadDeckFile('decks/bkp-cement-leakage.yaml');
	if (!r.ok) throw new Error('deck did not load');
	full = r.deck;
});

/** A deck with just one card of the wanted kind (the first one in the real deck). */
function deckOf(pick: (c: Card) => boolean): CompiledDeck {
	const card = full.cards.find(pick)!;
	return { ...full, cards: [card], items: itemsOf(card) };
}

const T0 = Date.UTC(2026, 0, 5, 12);

async function open(deck: CompiledDeck) {
	const kv = new MemoryKV();
	const app = new AppStore(kv);
	app.updateSettings({ fuzz: false });
	let t = T0;
	const session = await StudySession.open(app, deck, undefined, () => (t += 1000));
	await session.ready;
	render(StudyItem, { session, card: deck.cards[0], sources: deck.sources });
	return { kv, app, session };
}

describe('StudyItem', () => {
	it('basic: Show answer, sources, then Good logs exactly one review', async () => {
		const { app, session } = await open(deckOf((c) => c.kind === 'basic'));
		const user = userEvent.setup();
		expect(screen.queryByRole('button', { name: /^Good/ })).toBeNull();
		await user.click(screen.getByRole('button', { name: 'Show answer' }));
		expect(screen.getByRole('button', { name: 'Good, 10m' })).toBeInTheDocument();
		// The sources panel is its own chunk, loaded with the first reveal.
		expect(await screen.findByRole('heading', { name: 'Sources' })).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Good, 10m' }));
		expect(app.events).toHaveLength(1);
		expect(app.events[0]).toMatchObject({ kind: 'review', rating: 3, origin: 'study' });
		expect(session.answers).toHaveLength(1);
	});

	it('cloze: hides one cloze and reveals it', async () => {
		await open(deckOf((c) => c.kind === 'cloze'));
		const user = userEvent.setup();
		expect(document.querySelector('.cloze-gap')).not.toBeNull();
		await user.click(screen.getByRole('button', { name: 'Show answer' }));
		expect(document.querySelector('mark.cloze-answer')).not.toBeNull();
	});

	it('mcq: a wrong choice is logged as Again at check; Hard becomes a correction', async () => {
		const deck = deckOf((c) => c.kind === 'mcq');
		const { app } = await open(deck);
		const card = deck.cards[0];
		if (card.kind !== 'mcq') throw new Error('kind');
		const wrong = card.question.options.findIndex((o) => !o.correct);
		const user = userEvent.setup();
		const check = screen.getByRole('button', { name: 'Check answer' });
		expect(check).toBeDisabled();
		// The options are their own chunk, loaded with the first mcq.
		const options = await screen.findAllByRole('button', { name: /^[A-E]\./ });
		await user.click(options[wrong]);
		await user.click(check);
		expect(screen.getByText(/✗ Incorrect/)).toBeInTheDocument();
		expect(app.events.map((e) => [e.kind, e.rating, e.correct])).toEqual([['review', 1, false]]);
		expect(screen.getByRole('button', { name: /^Again/ })).toHaveAttribute('aria-pressed', 'true');
		await user.click(screen.getByRole('button', { name: /^Hard/ }));
		expect(app.events[1]).toMatchObject({
			kind: 'correction',
			rating: 2,
			target: app.events[0].id
		});
		expect(screen.getByRole('button', { name: 'Next' })).toBeInTheDocument();
	});

	it('level: the accessible checkbox list answers the question', async () => {
		const deck = deckOf((c) => c.kind === 'level');
		const { app } = await open(deck);
		const card = deck.cards[0];
		if (card.kind !== 'level') throw new Error('kind');
		const user = userEvent.setup();
		await screen.findByRole('checkbox', { name: new RegExp(`^${card.answer[0]}\\b`) }); // lazy
		for (const lv of card.answer)
			await user.click(screen.getByRole('checkbox', { name: new RegExp(`^${lv}\\b`) }));
		await user.click(screen.getByRole('button', { name: 'Check answer' }));
		expect(screen.getByText(/✓ Correct/)).toBeInTheDocument();
		expect(app.events[0]).toMatchObject({ rating: 3, correct: true, choice: card.answer });
	});

	it('vignette: shows the case, step 1 of n, and marks inference/sources after answering', async () => {
		const deck = deckOf((c) => c.kind === 'vignette');
		await open(deck);
		const card = deck.cards[0];
		if (card.kind !== 'vignette') throw new Error('kind');
		expect(
			screen.getByRole('heading', { name: new RegExp(`step 1 of ${card.steps.length}`) })
		).toBeInTheDocument();
		const user = userEvent.setup();
		const show = screen.queryByRole('button', { name: 'Show answer' });
		if (show) await user.click(show);
		else {
			await user.click((await screen.findAllByRole('button', { name: /^A\./ }))[0]);
			await user.click(screen.getByRole('button', { name: 'Check answer' }));
		}
		expect(await screen.findByRole('heading', { name: 'Sources' })).toBeInTheDocument();
		const note = screen.queryByRole('note');
		if (card.inference) expect(note).toHaveTextContent('Inference:');
		else expect(note).toBeNull();
	});

	it('rendered ahead (inactive) it has no ids or card class and takes no focus; shown, it does', async () => {
		const deck = deckOf((c) => c.kind === 'basic');
		const preview = new ItemPreview(deck.id, deck.items[0], deck.cards[0]);
		const props = { session: preview, card: deck.cards[0], sources: deck.sources };
		const view = render(StudyItem, { ...props, active: false });
		await new Promise((r) => requestAnimationFrame(r));
		expect(document.getElementById('item-heading')).toBeNull();
		expect(document.querySelector('article.item')).toBeNull();
		expect(document.activeElement).toBe(document.body);

		await view.rerender({ ...props, active: true });
		expect(document.querySelector('article.item')).not.toBeNull();
		await waitFor(() => expect(document.activeElement?.id).toBe('item-heading'));
	});

	it('a preview answers nothing', async () => {
		const deck = deckOf((c) => c.kind === 'basic');
		const preview = new ItemPreview(deck.id, deck.items[0], deck.cards[0]);
		render(StudyItem, { session: preview, card: deck.cards[0], sources: deck.sources });
		await userEvent.setup().click(screen.getByRole('button', { name: 'Show answer' }));
		expect(screen.queryByRole('button', { name: /^Good/ })).toBeNull();
		expect(screen.getByRole('button', { name: 'Show answer' })).toBeInTheDocument();
	});
});
