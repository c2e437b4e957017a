import { describe, expect, it } from 'vitest';
import { crc32, crc32Hex } from './crc32.ts';

describe('crc32', () => {
	it('matches the standard check value', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
		expect(crc32(new Uint8Array())).toBe(0);
	});
	it('spells 8 hex digits', () => {
		expect(crc32Hex('123456789')).toBe('cbf43926');
		expect(crc32Hex('a')).toMatch(/^[0-9a-f]{8}$/);
	});
});
