import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { McqQuestion } from '$lib/deck/types.ts';
import McqOptions from './McqOptions.svelte';

const question: McqQuestion = {
	kind: 'mcq',
	stem: '<p>Which nerve root is compressed by a posterolateral L4/5 disc herniation?</p>',
	options: [
		{ id: 'l3', html: '<p>L3</p>', correct: false, why: '<p>Why not L3.</p>' },
		{ id: 'l4', html: '<p>L4</p>', correct: false, why: '<p>Exits above the disc.</p>' },
		{ id: 'l5', html: '<p><em>L5</em></p>', correct: true, why: '<p>Traversing root.</p>' },
		{ id: 's1', html: '<p>S1</p>', correct: false, why: '<p>Why not S1.</p>' }
	]
};

const option = (letter: string) =>
	screen.getByRole('button', { name: new RegExp(`^${letter}\\.`) });

describe('McqOptions', () => {
	it('renders one button per option, lettered A–D, with the option HTML', () => {
		render(McqOptions, { question, checked: false, selected: undefined, onselect: vi.fn() });
		const buttons = screen.getAllByRole('button');
		expect(buttons).toHaveLength(4);
		expect(buttons.map((b) => b.querySelector('.letter')?.textContent)).toEqual([
			'A',
			'B',
			'C',
			'D'
		]);
		expect(buttons[0]).toHaveAccessibleName('A. L3');
		expect(buttons[1]).toHaveAccessibleName('B. L4');
		expect(buttons[2]).toHaveAccessibleName('C. L5');
		expect(buttons[3]).toHaveAccessibleName('D. S1');
		expect(option('C').querySelector('em')).toHaveTextContent('L5');
		for (const b of buttons) {
			expect(b).toBeEnabled();
			expect(b).toHaveAttribute('aria-pressed', 'false');
		}
	});

	it('does not render a Check button nor the explanations before check', () => {
		render(McqOptions, { question, checked: false, selected: 'l4', onselect: vi.fn() });
		expect(screen.queryByRole('button', { name: /check/i })).not.toBeInTheDocument();
		expect(screen.queryByText('Exits above the disc.')).not.toBeInTheDocument();
		expect(screen.queryByText('Traversing root.')).not.toBeInTheDocument();
		expect(screen.queryByText(/Correct answer/)).not.toBeInTheDocument();
		expect(screen.queryByText(/Your answer/)).not.toBeInTheDocument();
	});

	it('calls onselect with the option id when an option is tapped', async () => {
		const user = userEvent.setup();
		const onselect = vi.fn();
		render(McqOptions, { question, checked: false, selected: undefined, onselect });
		await user.click(option('B'));
		expect(onselect).toHaveBeenCalledExactlyOnceWith('l4');
		await user.click(option('D'));
		expect(onselect).toHaveBeenLastCalledWith('s1');
	});

	it('marks the selected option as pressed and follows selection changes', async () => {
		const { rerender } = render(McqOptions, {
			question,
			checked: false,
			selected: 'l4',
			onselect: vi.fn()
		});
		expect(option('B')).toHaveAttribute('aria-pressed', 'true');
		expect(option('A')).toHaveAttribute('aria-pressed', 'false');
		await rerender({ selected: 'l5' });
		expect(option('B')).toHaveAttribute('aria-pressed', 'false');
		expect(option('C')).toHaveAttribute('aria-pressed', 'true');
	});

	it('after check: disables the options and ignores taps', async () => {
		const user = userEvent.setup();
		const onselect = vi.fn();
		render(McqOptions, { question, checked: true, selected: 'l4', onselect });
		for (const b of screen.getAllByRole('button')) expect(b).toBeDisabled();
		await user.click(option('A'));
		expect(onselect).not.toHaveBeenCalled();
	});

	it('after a wrong answer: marks the correct answer and your answer in text, with every why', () => {
		render(McqOptions, { question, checked: true, selected: 'l4', onselect: vi.fn() });
		const items = screen.getAllByRole('listitem');
		expect(items).toHaveLength(4);
		const [a, b, c, d] = items;
		expect(b).toHaveTextContent('Your answer');
		expect(b).not.toHaveTextContent('Correct answer');
		expect(b).toHaveTextContent('✗');
		expect(c).toHaveTextContent('Correct answer');
		expect(c).not.toHaveTextContent('Your answer');
		expect(a).not.toHaveTextContent(/Correct answer|Your answer/);
		expect(d).not.toHaveTextContent(/Correct answer|Your answer/);
		expect(a).toHaveTextContent('Why not L3.');
		expect(b).toHaveTextContent('Exits above the disc.');
		expect(c).toHaveTextContent('Traversing root.');
		expect(d).toHaveTextContent('Why not S1.');
		expect(screen.getAllByText(/Correct answer/)).toHaveLength(1);
		expect(screen.getAllByText(/Your answer/)).toHaveLength(1);
	});

	it('after a right answer: the one option is both the correct answer and yours', () => {
		render(McqOptions, { question, checked: true, selected: 'l5', onselect: vi.fn() });
		const c = screen.getAllByRole('listitem')[2];
		expect(c).toHaveTextContent('Correct answer');
		expect(c).toHaveTextContent('Your answer');
		expect(c).not.toHaveTextContent('✗');
		expect(option('C')).toHaveAttribute('aria-pressed', 'true');
	});

	it('reveals the whys when checked flips to true', async () => {
		const { rerender } = render(McqOptions, {
			question,
			checked: false,
			selected: 'l5',
			onselect: vi.fn()
		});
		expect(screen.queryByText('Traversing root.')).not.toBeInTheDocument();
		await rerender({ checked: true });
		expect(screen.getByText('Traversing root.')).toBeInTheDocument();
		expect(option('C')).toBeDisabled();
	});

	it('letters beyond four options: A–E', () => {
		const five: McqQuestion = {
			...question,
			options: [
				...question.options,
				{ id: 'x', html: '<p>Cauda</p>', correct: false, why: '<p>No.</p>' }
			]
		};
		render(McqOptions, { question: five, checked: false, selected: undefined, onselect: vi.fn() });
		expect(option('E')).toHaveAccessibleName('E. Cauda');
	});
});
