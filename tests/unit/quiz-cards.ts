import type { LevelCard, McqCard } from '../../src/lib/deck/index.ts';

// One mcq and one level card for the quiz module's tests (item views, grading).

const base = { topics: ['t1'], sources: [{ ref: 's' }], facts: [], inference: false, revision: 1 };
/** A two-option mcq whose key is `b`. */
export const mcq: McqCard = {
	...base,
	id: 'q',
	kind: 'mcq',
	question: {
		kind: 'mcq',
		stem: '<p>Which?</p>',
		options: [
			{ id: 'a', html: 'A', correct: false, why: 'no' },
			{ id: 'b', html: 'B', correct: true, why: 'yes' }
		]
	}
};
/** A level card asking for L2 and L3 of L1–L4. */
export const level: LevelCard = {
	...base,
	id: 'lv',
	kind: 'level',
	prompt: '<p>Where?</p>',
	answer: ['L2', 'L3'],
	span: ['L1', 'L2', 'L3', 'L4'],
	match: 'all',
	why: '<p>because</p>'
};
