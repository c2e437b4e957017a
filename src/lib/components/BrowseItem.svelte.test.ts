import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DAY, T0, testDeck } from '../../../tests/unit/fixtures.ts';
import { DeckContent } from '$lib/deck/index.ts';
import { AppStore } from '$lib/state/index.ts';
import { CardBrowser } from '$lib/state/browser.svelte.ts';
import { LogWriter, MemoryKV } from '$lib/storage/index.ts';
import BrowseItem from './BrowseItem.svelte';

const deck = testDeck();

/** A browser over a log where item a was answered yesterday. */
async function open() {
	const kv = new MemoryKV();
	const w = new LogWriter(kv, 'seed0', T0 - DAY);
	w.append({
		id: w.nextId(),
		item: 'test/a',
		kind: 'review',
		rating: 3,
		origin: 'study',
		t: T0 - DAY,
		tz: 0,
		rev: 1
	});
	w.flush();
	const app = new AppStore(kv);
	const content = new DeckContent({ items: deck.items, parts: [0] }, async () => ({
		cards: deck.cards,
		sources: deck.sources
	}));
	const browser = await CardBrowser.open(app, deck, content, () => T0);
	const row = browser.rows[0];
	render(BrowseItem, { browser, row, now: T0 });
	return { app, browser };
}

describe('BrowseItem', () => {
	it('opens to the card as studied; Forget asks first, and Cancel writes nothing', async () => {
		const { app } = await open();
		const user = userEvent.setup();
		const head = screen.getByRole('button', { name: /A\?/ });
		expect(head).toHaveAttribute('aria-expanded', 'false');
		expect(head).toHaveTextContent('Learning');
		await user.click(head);
		expect(head).toHaveAttribute('aria-expanded', 'true');
		// The card as studied is its own chunk, loaded when a row is first opened.
		expect(await screen.findByText('Answer')).toBeInTheDocument();
		expect(screen.getByRole('heading', { name: 'Sources' })).toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: 'Forget' }));
		expect(screen.getByText(/Forget this card\?/)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(app.events).toHaveLength(0);
		expect(head).toHaveFocus();

		await user.click(screen.getByRole('button', { name: 'Forget' }));
		await user.click(screen.getByRole('button', { name: 'Yes, forget' }));
		expect(app.events.map((e) => [e.kind, e.item])).toEqual([['forget', 'test/a']]);
		expect(head).toHaveFocus();
	});

	it('a note is written as a note event', async () => {
		const { app } = await open();
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: /A\?/ }));
		await user.click(screen.getByRole('button', { name: 'Add note' }));
		await user.type(screen.getByLabelText('Your note'), 'Check the dose');
		await user.click(screen.getByRole('button', { name: 'Save note' }));
		expect(app.events.map((e) => [e.kind, e.note])).toEqual([['note', 'Check the dose']]);
	});
});
