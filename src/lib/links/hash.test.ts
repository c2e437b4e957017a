import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { formatHash, LINK_KEYS, parseHash, type LinkTarget } from './hash.ts';

/** What a parsed target may hold: the codec checks by hand, this schema checks the codec. */
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/), z.maxLength(100));
const target = z.strictObject({
	topic: z.optional(id),
	block: z.optional(id),
	assign: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_.~-]+$/), z.maxLength(4000)))
});

const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const targetArb: fc.Arbitrary<LinkTarget> = fc.record(
	{ topic: idArb, block: idArb, assign: fc.stringMatching(/^[A-Za-z0-9_.~-]{1,60}$/) },
	{ requiredKeys: [] }
);

describe('the URL-hash codec', () => {
	it('reads what links carry today and next', () => {
		expect(parseHash('#topic=anatomy')).toEqual({ topic: 'anatomy' });
		expect(parseHash('topic=anatomy')).toEqual({ topic: 'anatomy' });
		expect(parseHash('#block=b-1&assign=eyJ4IjoxfQ')).toEqual({
			block: 'b-1',
			assign: 'eyJ4IjoxfQ'
		});
		expect(parseHash('')).toEqual({});
		expect(parseHash('#main')).toEqual({});
	});

	it('ignores unknown keys, bad values and repeats (the first counts)', () => {
		expect(parseHash('#x=1&topic=a&later=2')).toEqual({ topic: 'a' });
		expect(parseHash('#topic=Not%20an%20id')).toEqual({});
		expect(parseHash('#topic=')).toEqual({});
		expect(parseHash('#topic=%E0%A4%A')).toEqual({}); // malformed escape
		expect(parseHash('#topic=a&topic=b')).toEqual({ topic: 'a' });
		expect(parseHash('#__proto__=x&constructor=y&toString=z')).toEqual({});
		expect(parseHash(`#assign=${'a'.repeat(4001)}`)).toEqual({});
	});

	it('writes targets in one key order, and an empty target as no hash', () => {
		expect(formatHash({ topic: 'anatomy' })).toBe('#topic=anatomy');
		expect(formatHash({ assign: 'p', topic: 't' })).toBe('#topic=t&assign=p');
		expect(formatHash({})).toBe('');
	});

	it('round-trips any valid target', () => {
		fc.assert(
			fc.property(targetArb, (t) => {
				expect(parseHash(formatHash(t))).toEqual(t);
			}),
			{ numRuns: 2000 }
		);
	});

	it('never throws, and only returns what the schema allows, on random hashes', () => {
		const piece = fc.oneof(
			fc.constantFrom(...LINK_KEYS, '', '=', '&', '%', '%zz', '#'),
			fc.string({ maxLength: 12 }),
			idArb
		);
		const hash = fc.oneof(
			fc.string({ maxLength: 80 }),
			fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
			fc
				.array(fc.tuple(fc.constantFrom(...LINK_KEYS, 'x'), fc.string({ maxLength: 10 })))
				.map((kv) => '#' + kv.map(([k, v]) => `${k}=${v}`).join('&'))
		);
		fc.assert(
			fc.property(hash, (h) => {
				expect(target.safeParse(parseHash(h)).success).toBe(true);
			}),
			{ numRuns: 10_000 }
		);
	});
});
