import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { LazyComponent } from './lazy.svelte.ts';
import LoadFailed from './LoadFailed.svelte';
import RatingBar from './RatingBar.svelte';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('LazyComponent', () => {
	it('reports a failed import and loads on the next try', async () => {
		let offline = true;
		const lazy = new LazyComponent(() =>
			offline
				? Promise.reject(new TypeError('Failed to fetch'))
				: Promise.resolve({ default: RatingBar })
		);
		lazy.load();
		await settle();
		expect(lazy.failed).toBe(true);
		expect(lazy.current).toBeUndefined();
		offline = false;
		lazy.load();
		expect(lazy.failed).toBe(false);
		await settle();
		expect(lazy.current).toBe(RatingBar);
	});
});

describe('LoadFailed', () => {
	it('says what failed, as an alert, and retries from a real button', async () => {
		let retries = 0;
		render(LoadFailed, { what: 'this card', onretry: () => retries++ });
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Could not load this card. Check your connection, then try again.'
		);
		await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
		expect(retries).toBe(1);
	});
});
