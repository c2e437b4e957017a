import { describe, expect, it } from 'vitest';
import { ev, T0 } from '../../../tests/unit/fixtures.ts';
import { effectiveHistory } from './index.ts';

const e = (kind: 'mark' | 'unmark' | 'note', t: number, note?: string) =>
	ev({ item: 'd/a', t: T0 + t, kind, note, rating: undefined });

describe('effectiveHistory: personal marks and notes', () => {
	it('the latest mark or unmark wins; the latest note wins and an empty one clears it', () => {
		const h = effectiveHistory([e('mark', 1), e('note', 2, 'one'), e('note', 3, 'two')], 1);
		expect(h).toMatchObject({ marked: true, personalNote: 'two', reviews: [] });
		const cleared = effectiveHistory(
			[e('mark', 1), e('unmark', 2), e('note', 3, 'x'), e('note', 4, '')],
			1
		);
		expect(cleared).toMatchObject({ marked: false, personalNote: undefined });
	});

	it('an undone mark or note no longer counts, and neither moves the schedule or a report', () => {
		const mark = e('mark', 1);
		const note = e('note', 2, 'mine');
		const h = effectiveHistory(
			[mark, note, ev({ item: 'd/a', t: T0 + 3, kind: 'undo', target: mark.id })],
			1
		);
		expect(h).toMatchObject({ marked: false, personalNote: 'mine', flagged: false });
		expect(h.note).toBeUndefined(); // a personal note is not a problem report
	});
});
