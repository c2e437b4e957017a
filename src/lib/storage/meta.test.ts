import { describe, expect, it } from 'vitest';
import { guardWrites } from './meta.ts';
import { MemoryKV, safeSet } from './kv.ts';
import { quarantine } from './quarantine.ts';

describe('guardWrites (a read-only tab)', () => {
	it('reads as usual and refuses every write while locked, quarantine included', () => {
		const inner = new MemoryKV();
		inner.setItem('casedeck:log:a:0', 'unreadable to this version');
		let locked = false;
		const kv = guardWrites(inner, () => locked);
		expect(safeSet(kv, 'casedeck:x', '1').ok).toBe(true);
		locked = true;
		expect(kv.getItem('casedeck:x')).toBe('1');
		expect(kv.length).toBe(2);
		expect(safeSet(kv, 'casedeck:x', '2')).toMatchObject({ ok: false, reason: 'error' });
		expect(() => kv.removeItem('casedeck:x')).toThrow(/read-only/);
		quarantine(kv, 'casedeck:log:a:0', 'bad', 0);
		expect(inner.getItem('casedeck:log:a:0')).toBe('unreadable to this version');
		expect(inner.length).toBe(2);
	});
});
