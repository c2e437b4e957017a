import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XSS_TEXTS } from '../../../tests/faults/xss-payloads.ts';
import {
	assignmentArb,
	ORIGIN,
	TYPICAL,
	TYPICAL_MORE
} from '../../../tests/unit/assign-fixtures.ts';
import {
	checkAssignment,
	decodeAssignmentFragment,
	encodeAssignmentFragment,
	type Assignment
} from './index.ts';

const roundTrip = (a: Assignment) => decodeAssignmentFragment(encodeAssignmentFragment(a));

describe('assignment link', () => {
	it('keeps a typical assignment within QR version 10-M (213 bytes) with the origin', () => {
		for (const a of [TYPICAL, ...TYPICAL_MORE]) {
			const url = `${ORIGIN}#assign=${encodeAssignmentFragment(a)}`;
			expect(url.length).toBeLessThanOrEqual(213);
			expect(roundTrip(a)).toEqual({ ok: true, assignment: a });
		}
		// The figure the docs quote.
		expect(`${ORIGIN}#assign=${encodeAssignmentFragment(TYPICAL)}`.length).toBe(184);
	});

	it('round-trips any valid assignment', () => {
		fc.assert(
			fc.property(assignmentArb, (a) => {
				expect(roundTrip(a)).toEqual({ ok: true, assignment: a });
			}),
			{ numRuns: 2000 }
		);
	});

	it('round-trips the XSS corpus as title, note and program, as plain text', () => {
		for (const text of XSS_TEXTS) {
			const a: Assignment = {
				...TYPICAL,
				title: text.slice(0, 100),
				note: text.slice(0, 300),
				program: text.slice(0, 80)
			};
			// Control characters are refused when the director types them, never smuggled.
			if (!checkAssignment(a).ok) {
				// eslint-disable-next-line no-control-regex -- control characters are what is tested
				expect(/[\u0000-\u001f]/.test(text)).toBe(true);
				continue;
			}
			expect(roundTrip(a)).toEqual({ ok: true, assignment: a });
		}
	});

	it('says a newer format is newer, and a foreign fragment is not an assignment', () => {
		const f = encodeAssignmentFragment(TYPICAL);
		const bytes = Buffer.from(f, 'base64url');
		bytes[0] = 0xa2;
		const newer = decodeAssignmentFragment(bytes.toString('base64url'));
		expect(newer).toMatchObject({ ok: false, reason: 'newer-version' });
		expect(decodeAssignmentFragment('topic=timing')).toMatchObject({
			ok: false,
			reason: 'not-an-assignment'
		});
		expect(decodeAssignmentFragment('')).toMatchObject({ ok: false, reason: 'not-an-assignment' });
	});

	it('detects truncation and any single changed character', () => {
		const f = encodeAssignmentFragment(TYPICAL);
		for (let n = 1; n < f.length; n++) {
			const r = decodeAssignmentFragment(f.slice(0, n));
			expect(r.ok).toBe(false);
		}
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		for (let i = 0; i < f.length; i++) {
			const c = alphabet[(alphabet.indexOf(f[i]) + 17) % 64];
			const r = decodeAssignmentFragment(f.slice(0, i) + c + f.slice(i + 1));
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.message).toMatch(/Nothing was changed/);
		}
	});

	it('never throws on random or mutated fragments and always explains (10,000 cases each)', () => {
		const check = (s: string) => {
			const r = decodeAssignmentFragment(s);
			if (!r.ok) expect(r.message.length).toBeGreaterThan(40);
		};
		fc.assert(fc.property(fc.string({ maxLength: 400 }), check), { numRuns: 10_000 });
		const valid = encodeAssignmentFragment(TYPICAL);
		const mutated = fc
			.tuple(
				fc.nat(valid.length - 1),
				fc.nat(valid.length),
				fc.string({ unit: fc.constantFrom(...'AZaz09-_+/=%'), maxLength: 6 })
			)
			.map(([at, cut, insert]) =>
				(valid.slice(0, at) + insert + valid.slice(at + 1)).slice(0, cut)
			);
		fc.assert(fc.property(mutated, check), { numRuns: 10_000 });
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 0, maxLength: 300 }), (bytes) => {
				check(Buffer.from(bytes).toString('base64url'));
				bytes[0] = 0xa1;
				check(Buffer.from(bytes).toString('base64url'));
			}),
			{ numRuns: 10_000 }
		);
	});
});
