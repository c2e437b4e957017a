import fc from 'fast-check';
import type { Assignment } from '../../src/lib/assign/index.ts';

/** The "typical assignment": title ~40, note ~80, program ~30, 3 topics, bundled deck. */
export const TYPICAL: Assignment = {
	format: 1,
	id: '3f9a2c71be04d5e8',
	revision: 1,
	title: 'Week 3: cement leakage before the M&M talk',
	note: "Please finish before Friday's conference; focus on leak routes and when to operate.",
	program: 'Riverside Orthopaedic Surgery',
	deck: { id: 'bkp-cement-leakage', revision: 1 },
	topics: ['complications', 'neurological-deficits', 'timing-indications'],
	done: { recallPercent: 80 },
	due: '2026-02-06'
};

/** Two more typical assignments worded differently, so the link size is not tuned to one text. */
export const TYPICAL_MORE: Assignment[] = [
	{
		...TYPICAL,
		id: '0a1b2c3d4e5f6071',
		title: 'PGY-2 spine block: BKP complications',
		note: 'Do every card on these topics by the end of the month. Ask Dr Lee if anything is unclear.',
		program: 'St Mary Neurosurgery Residency',
		topics: ['complications', 'imaging-evaluation'],
		done: { timed: { questions: 20, scorePercent: 70 } }
	},
	{
		...TYPICAL,
		id: 'ffeeddccbbaa9988',
		revision: 3,
		title: 'Journal club prep — Noma et al. 2025',
		note: 'Read the case report first, then review the cards. We will discuss management on Thursday.',
		program: 'Northern Spine Fellowship',
		topics: ['paper-overview', 'procedure', 'surgical-technique'],
		done: { recallPercent: 75, timed: { questions: 10, scorePercent: 80 } }
	}
];

/** The origin links are measured with. */
export const ORIGIN = 'https://casedeck.example.org/';

// eslint-disable-next-line no-control-regex -- control characters are what is tested
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const textArb = (min: number, max: number) =>
	fc
		.string({ unit: 'grapheme', minLength: min, maxLength: max })
		.map((s) => s.replace(CONTROL, ' ').slice(0, max))
		.filter((s) => s.trim() !== '' || min === 0);
const slugArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const dateArb = fc
	.date({
		min: new Date(Date.UTC(2000, 0, 1)),
		max: new Date(Date.UTC(2199, 11, 31)),
		noInvalidDate: true
	})
	.map((d) => d.toISOString().slice(0, 10));

/** Any valid assignment. */
export const assignmentArb: fc.Arbitrary<Assignment> = fc.record(
	{
		format: fc.constant(1 as const),
		id: fc.stringMatching(/^[0-9a-f]{16}$/),
		revision: fc.integer({ min: 1, max: 100_000 }),
		title: textArb(1, 100),
		note: textArb(1, 300).filter((s) => s.trim() !== ''),
		program: textArb(1, 80),
		deck: fc.record({ id: slugArb, revision: fc.integer({ min: 1, max: 100_000 }) }),
		topics: fc.oneof(
			fc.constant('all' as const),
			fc.uniqueArray(slugArb, { minLength: 1, maxLength: 8 })
		),
		done: fc.record(
			{
				recallPercent: fc.integer({ min: 1, max: 100 }),
				timed: fc.record({
					questions: fc.integer({ min: 1, max: 500 }),
					scorePercent: fc.integer({ min: 1, max: 100 })
				})
			},
			{ requiredKeys: [] }
		),
		due: dateArb
	},
	{
		requiredKeys: ['format', 'id', 'revision', 'title', 'program', 'deck', 'topics', 'done', 'due']
	}
);
