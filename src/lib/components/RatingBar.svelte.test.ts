import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import RatingBar from './RatingBar.svelte';

const intervals = { 1: '1m', 2: '6m', 3: '10m', 4: '3d' } as const;

describe('RatingBar', () => {
	it('renders Again/Hard/Good/Easy buttons named with their intervals, in order', () => {
		render(RatingBar, { intervals, onrate: vi.fn() });
		const buttons = screen.getAllByRole('button');
		expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
			'Again, 1m',
			'Hard, 6m',
			'Good, 10m',
			'Easy, 3d'
		]);
		expect(screen.getByRole('button', { name: /^Good/ })).toHaveTextContent('Good');
		expect(screen.getByRole('button', { name: /^Good/ })).toHaveTextContent('10m');
		expect(screen.getByRole('group', { name: 'Rate your recall' })).toBeInTheDocument();
	});

	it('shows the number-key hint hidden from assistive tech', () => {
		render(RatingBar, { intervals, onrate: vi.fn() });
		const hint = screen.getByRole('button', { name: /^Easy/ }).querySelector('.key');
		expect(hint).toHaveTextContent('4');
		expect(hint).toHaveAttribute('aria-hidden', 'true');
	});

	it('calls onrate with the exact rating of the button pressed', async () => {
		const user = userEvent.setup();
		const onrate = vi.fn();
		render(RatingBar, { intervals, onrate });
		await user.click(screen.getByRole('button', { name: /^Again/ }));
		await user.click(screen.getByRole('button', { name: /^Hard/ }));
		await user.click(screen.getByRole('button', { name: /^Good/ }));
		await user.click(screen.getByRole('button', { name: /^Easy/ }));
		expect(onrate.mock.calls).toEqual([[1], [2], [3], [4]]);
	});

	it('can be pressed from the keyboard', async () => {
		const user = userEvent.setup();
		const onrate = vi.fn();
		render(RatingBar, { intervals, onrate });
		await user.tab();
		await user.tab();
		expect(screen.getByRole('button', { name: /^Hard/ })).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(onrate).toHaveBeenCalledExactlyOnceWith(2);
	});

	it('has no pressed state until a rating is selected', () => {
		render(RatingBar, { intervals, onrate: vi.fn() });
		for (const b of screen.getAllByRole('button')) expect(b).not.toHaveAttribute('aria-pressed');
	});

	it('marks the selected rating as pressed and the others as not', async () => {
		const { rerender } = render(RatingBar, { intervals, onrate: vi.fn(), selected: 3 });
		expect(screen.getByRole('button', { name: /^Good/, pressed: true })).toBeInTheDocument();
		for (const name of [/^Again/, /^Hard/, /^Easy/]) {
			expect(screen.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'false');
		}
		await rerender({ selected: 1 });
		expect(screen.getByRole('button', { name: /^Again/ })).toHaveAttribute('aria-pressed', 'true');
		expect(screen.getByRole('button', { name: /^Good/ })).toHaveAttribute('aria-pressed', 'false');
	});

	it('still lets the learner change a selected rating', async () => {
		const user = userEvent.setup();
		const onrate = vi.fn();
		render(RatingBar, { intervals, onrate, selected: 3 });
		await user.click(screen.getByRole('button', { name: /^Hard/ }));
		expect(onrate).toHaveBeenCalledExactlyOnceWith(2);
	});

	it('disables every button and ignores clicks when disabled', async () => {
		const user = userEvent.setup();
		const onrate = vi.fn();
		render(RatingBar, { intervals, onrate, disabled: true });
		for (const b of screen.getAllByRole('button')) expect(b).toBeDisabled();
		await user.click(screen.getByRole('button', { name: /^Good/ }));
		expect(onrate).not.toHaveBeenCalled();
	});

	it('updates interval labels when they change', async () => {
		const { rerender } = render(RatingBar, { intervals, onrate: vi.fn() });
		await rerender({ intervals: { ...intervals, 3: '2d' } });
		expect(screen.getByRole('button', { name: 'Good, 2d' })).toBeInTheDocument();
	});
});
