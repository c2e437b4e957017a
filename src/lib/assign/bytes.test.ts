import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter, fromBase64Url, toBase64Url } from './bytes.ts';

describe('base64url', () => {
	it('matches Node for any bytes and round-trips', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
				const text = toBase64Url(bytes);
				expect(text).toBe(Buffer.from(bytes).toString('base64url'));
				expect(fromBase64Url(text)).toEqual(bytes);
			})
		);
	});
	it('rejects foreign characters, impossible lengths and non-zero leftover bits', () => {
		expect(fromBase64Url('ab+c')).toBeUndefined();
		expect(fromBase64Url('abcde')).toBeUndefined();
		expect(fromBase64Url('AB')).toBeUndefined(); // 'AB' leaves non-zero bits
		expect(fromBase64Url('AA')).toEqual(new Uint8Array([0]));
	});
});

describe('varints', () => {
	it('round-trip any safe integer below 2^49', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 49 - 1 })), (ns) => {
				const w = new ByteWriter();
				for (const n of ns) w.uint(n);
				const r = new ByteReader(w.bytes());
				expect(ns.map(() => r.uint())).toEqual(ns);
				expect(r.left).toBe(0);
			})
		);
	});
	it('reads past the end as undefined and refuses padded spellings', () => {
		expect(new ByteReader(new Uint8Array([0x80])).uint()).toBeUndefined();
		expect(new ByteReader(new Uint8Array([0x81, 0x00])).uint()).toBeUndefined();
		expect(new ByteReader(new Uint8Array()).byte()).toBeUndefined();
		expect(new ByteReader(new Uint8Array([1])).raw(2)).toBeUndefined();
	});
});
