import { describe, expect, it } from 'vitest';
import {
	cacheKey,
	isLogKey,
	KEYS,
	parseSegmentKey,
	PREFIX,
	quarantineKey,
	segmentKey,
	summaryKey
} from './keys.ts';

describe('the key schema', () => {
	it('spells every key under the one prefix', () => {
		const all = [
			...Object.values(KEYS),
			segmentKey('dev0', 3),
			cacheKey('d'),
			summaryKey('d'),
			quarantineKey('x')
		];
		for (const k of all) expect(k.startsWith(PREFIX)).toBe(true);
		expect(new Set(all).size).toBe(all.length);
	});

	it('parses the segment keys it makes, and nothing else', () => {
		expect(parseSegmentKey(segmentKey('abc12', 17))).toEqual({ writer: 'abc12', n: 17 });
		for (const k of [
			KEYS.settings,
			'casedeck:log:UP:1',
			'casedeck:log:a:1x',
			quarantineKey(segmentKey('a', 0))
		])
			expect(parseSegmentKey(k)).toBeUndefined();
	});

	it('tells log keys from the others (what another tab wrote)', () => {
		expect(isLogKey(segmentKey('a', 0))).toBe(true);
		expect(isLogKey(KEYS.settings)).toBe(false);
		expect(isLogKey(cacheKey('d'))).toBe(false);
	});
});
