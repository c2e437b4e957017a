import { describe, expect, it } from 'vitest';
import { blockOptionSeed, hashSeed, presentationSeed, shuffledOrder } from './shuffle.ts';

const OPTIONS = ['a', 'b', 'c', 'd', 'e'] as const;

describe('shuffledOrder', () => {
	it('gives the same order for the same seed, and never loses or repeats an item', () => {
		const seed = presentationSeed('deck/q1', 3);
		const first = shuffledOrder(OPTIONS, seed);
		expect(shuffledOrder(OPTIONS, seed)).toEqual(first);
		expect([...first].sort()).toEqual([...OPTIONS]);
	});

	it('shows a new order at the next review of the same item', () => {
		// Not every pair of seeds must differ, but over ten reviews most orders change.
		let changed = 0;
		for (let n = 0; n < 10; n++) {
			const a = shuffledOrder(OPTIONS, presentationSeed('deck/q1', n)).join('');
			const b = shuffledOrder(OPTIONS, presentationSeed('deck/q1', n + 1)).join('');
			if (a !== b) changed++;
		}
		expect(changed).toBeGreaterThanOrEqual(8);
		expect(shuffledOrder(OPTIONS, presentationSeed('deck/q1', 0))).not.toEqual(
			shuffledOrder(OPTIONS, presentationSeed('deck/q1', 1))
		);
	});

	it('keeps file order when the card says shuffle: false', () => {
		expect(shuffledOrder(OPTIONS, 'any', false)).toEqual([...OPTIONS]);
	});

	it('does not change its input', () => {
		const input = ['x', 'y', 'z'];
		shuffledOrder(input, 's');
		expect(input).toEqual(['x', 'y', 'z']);
	});

	it('puts each of 5 options in each position about 20 % of the time over 20,000 seeds', () => {
		const N = 20_000;
		const counts = OPTIONS.map(() => [0, 0, 0, 0, 0]);
		for (let s = 0; s < N; s++) {
			const order = shuffledOrder(OPTIONS, presentationSeed('deck/q1', s));
			order.forEach((o, pos) => counts[OPTIONS.indexOf(o)][pos]++);
		}
		for (const row of counts) for (const c of row) expect(Math.abs(c / N - 0.2)).toBeLessThan(0.02);
	});

	it('is uniform across items of a block too (seeds differ only by item key)', () => {
		const N = 20_000;
		const first = [0, 0, 0, 0, 0];
		for (let s = 0; s < N; s++)
			first[shuffledOrder([0, 1, 2, 3, 4], blockOptionSeed('b1', `deck/q${s}`)).indexOf(0)]++;
		for (const c of first) expect(Math.abs(c / N - 0.2)).toBeLessThan(0.02);
	});

	it('hashes similar seeds to unrelated values', () => {
		expect(hashSeed('a#1')).not.toBe(hashSeed('a#2'));
		expect(hashSeed('')).toBe(hashSeed(''));
	});
});
