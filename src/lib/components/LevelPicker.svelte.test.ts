import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Level } from '$lib/deck/types.ts';
import LevelPicker from './LevelPicker.svelte';

const span: Level[] = ['T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1'];
const answer: Level[] = ['L4', 'L5'];

const box = (name: string) => screen.getByRole('checkbox', { name });
const vertebra = (container: HTMLElement, level: Level) => {
	const g = container.querySelector(`svg [data-level="${level}"]`);
	if (!g) throw new Error(`no vertebra ${level}`);
	return g;
};
const tapTarget = (container: HTMLElement, level: Level) =>
	vertebra(container, level).querySelector('rect.tap') as Element;

function setup(
	props: Partial<{ selected: Level[]; checked: boolean; span: Level[]; match: 'all' | 'any' }> = {}
) {
	const onchange = vi.fn<(levels: Level[]) => void>();
	const result = render(LevelPicker, {
		span: props.span ?? span,
		selected: props.selected ?? [],
		answer,
		checked: props.checked ?? false,
		match: props.match,
		onchange
	});
	return { ...result, onchange, user: userEvent.setup() };
}

describe('LevelPicker', () => {
	it('draws a decorative SVG spine with each level labelled, top to bottom', () => {
		const { container } = setup({ span: ['L2', 'T12', 'S1', 'L1'] });
		const svg = container.querySelector('svg')!;
		expect(svg).toHaveAttribute('aria-hidden', 'true');
		const levels = [...svg.querySelectorAll('[data-level]')].map((g) =>
			g.getAttribute('data-level')
		);
		expect(levels).toEqual(['T12', 'L1', 'L2', 'S1']);
		expect(within(vertebra(container, 'L1') as HTMLElement).getByText('L1')).toBeInTheDocument();
		expect(svg.querySelector('[data-level="S1"] polygon')).not.toBeNull();
	});

	it('offers a fieldset "Vertebral levels" with one checkbox per level, in order', () => {
		setup();
		const group = screen.getByRole('group', { name: 'Vertebral levels' });
		const boxes = within(group).getAllByRole('checkbox');
		expect(boxes.map((b) => b.getAttribute('value'))).toEqual(span);
		expect(box('L3')).not.toBeChecked();
	});

	it('ticking a checkbox calls onchange with the new sorted selection', async () => {
		const { user, onchange } = setup({ selected: ['L5'] });
		await user.click(box('L3'));
		expect(onchange).toHaveBeenCalledExactlyOnceWith(['L3', 'L5']);
	});

	it('unticking a checkbox removes the level', async () => {
		const { user, onchange } = setup({ selected: ['L3', 'L5'] });
		expect(box('L3')).toBeChecked();
		await user.click(box('L3'));
		expect(onchange).toHaveBeenCalledExactlyOnceWith(['L5']);
	});

	it('checkboxes work from the keyboard', async () => {
		const { user, onchange } = setup();
		await user.tab();
		expect(box('T12')).toHaveFocus();
		await user.keyboard(' ');
		expect(onchange).toHaveBeenCalledExactlyOnceWith(['T12']);
	});

	it('tapping a vertebra on the SVG calls the same onchange', async () => {
		const { user, onchange, container } = setup({ selected: ['L5'] });
		await user.click(tapTarget(container, 'L1'));
		expect(onchange).toHaveBeenLastCalledWith(['L1', 'L5']);
		await user.click(vertebra(container, 'L5').querySelector('.body')!);
		expect(onchange).toHaveBeenLastCalledWith([]);
		expect(onchange).toHaveBeenCalledTimes(2);
	});

	it('stays controlled: a checkbox reflects `selected`, not its own click', async () => {
		const { user, onchange } = setup();
		await user.click(box('L2'));
		expect(onchange).toHaveBeenCalledWith(['L2']);
		expect(box('L2')).not.toBeChecked();
	});

	it('keeps checkboxes and SVG in sync when the parent updates selected', async () => {
		const { user, container, rerender } = setup();
		const onchange = vi.fn((levels: Level[]) => void rerender({ selected: levels }));
		await rerender({ onchange });

		await user.click(tapTarget(container, 'L4'));
		await vi.waitFor(() => expect(box('L4')).toBeChecked());
		expect(vertebra(container, 'L4')).toHaveClass('selected');

		await user.click(box('L2'));
		await vi.waitFor(() => expect(vertebra(container, 'L2')).toHaveClass('selected'));
		expect(box('L2')).toBeChecked();
		expect(onchange).toHaveBeenLastCalledWith(['L2', 'L4']);

		await user.click(tapTarget(container, 'L2'));
		await vi.waitFor(() => expect(box('L2')).not.toBeChecked());
		expect(vertebra(container, 'L2')).not.toHaveClass('selected');
		expect(box('L4')).toBeChecked();
	});

	it('shows no marks before check', () => {
		setup({ selected: ['L3', 'L4'] });
		expect(screen.queryByText(/Correct level|Your choice|Missed/)).not.toBeInTheDocument();
	});

	it('after check: disables inputs and ignores SVG taps', async () => {
		const { user, onchange, container } = setup({ selected: ['L4'], checked: true });
		for (const b of screen.getAllByRole('checkbox')) expect(b).toBeDisabled();
		await user.click(tapTarget(container, 'L1'));
		await user.click(box('L1'));
		expect(onchange).not.toHaveBeenCalled();
	});

	it('after check: marks correct, missed and wrong levels in text', () => {
		const { container } = setup({ selected: ['L3', 'L4'], checked: true });
		expect(box('L4')).toHaveAccessibleDescription(/Correct level · Your choice/);
		expect(box('L5')).toHaveAccessibleDescription(/Correct level · Missed/);
		expect(box('L3')).toHaveAccessibleDescription(/Your choice · Not a correct level/);
		expect(box('L2')).not.toHaveAttribute('aria-describedby');
		expect(box('L4')).toBeChecked();
		expect(box('L5')).not.toBeChecked();
		// The drawing carries a non-colour mark as well.
		expect(vertebra(container, 'L4')).toHaveClass('hit');
		expect(vertebra(container, 'L4')).toHaveTextContent('✓');
		expect(vertebra(container, 'L5')).toHaveClass('missed');
		expect(vertebra(container, 'L5')).toHaveTextContent('missed');
		expect(vertebra(container, 'L3')).toHaveClass('wrong');
		expect(vertebra(container, 'L3')).toHaveTextContent('✗');
		expect(vertebra(container, 'L2').querySelector('.mark')).toBeNull();
	});

	it("an 'any' card marks the other levels of the range as in range, not missed", () => {
		const { container } = setup({ selected: ['L4'], checked: true, match: 'any' });
		expect(box('L4')).toHaveAccessibleDescription(/Correct level · Your choice/);
		expect(box('L5')).toHaveAccessibleDescription(/Also in the correct range/);
		expect(vertebra(container, 'L5')).toHaveClass('also');
		expect(vertebra(container, 'L5')).toHaveTextContent('in range');
	});
});
