import { describe, expect, it } from 'vitest';
import { ev, T0 } from '../../../tests/unit/fixtures.ts';
import { decodeSegment, encodeSegment, ItemDictionary } from './log-codec.ts';

describe('log codec: personal marks and notes', () => {
	it('mark, unmark and note (any text, empty too) survive a round trip', () => {
		const events = [
			ev({ item: 'd/a', t: T0, kind: 'mark', rating: undefined, id: 'w.0' }),
			ev({ item: 'd/a', t: T0 + 1, kind: 'unmark', rating: undefined, id: 'w.1' }),
			ev({
				item: 'd/a',
				t: T0 + 2,
				kind: 'note',
				note: 'Ça, "quoted", 50%\nnext',
				rating: undefined,
				id: 'w.2'
			}),
			ev({ item: 'd/a', t: T0 + 3, kind: 'note', note: '', rating: undefined, id: 'w.3' })
		].map(({ rating: _, ...e }) => e);
		const text = encodeSegment(events, new ItemDictionary());
		expect(text.split('\n').map((l) => l.split(',')[1])).toEqual(['m', 'M', 'n', 'n']);
		expect(decodeSegment(text, 'w', 0, new ItemDictionary())).toEqual(events);
	});
});
