import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { FIRST_VISIT_SCRIPT, isFirstVisit } from './first-visit.ts';
import { MemoryKV, type KV } from './kv.ts';

/** Runs the inline script against a fake page; returns the `data-visit` it set. */
function scriptVerdict(storage: KV | (() => never), hash: string): string | undefined {
	const attrs: Record<string, string> = {};
	const page = {
		location: { hash },
		document: { documentElement: { setAttribute: (k: string, v: string) => (attrs[k] = v) } }
	};
	const ctx =
		typeof storage === 'function'
			? Object.defineProperty(page, 'localStorage', { get: storage })
			: { ...page, localStorage: storage };
	runInNewContext(FIRST_VISIT_SCRIPT, ctx);
	return attrs['data-visit'];
}

const kvWith = (...keys: string[]) => {
	const kv = new MemoryKV();
	for (const k of keys) kv.setItem(k, '1');
	return kv;
};

describe('first visit (the prerendered first card may be shown)', () => {
	const cases: { name: string; kv: KV; hash: string; first: boolean }[] = [
		{ name: 'empty storage, no hash', kv: kvWith(), hash: '', first: true },
		{ name: 'other sites’ keys only', kv: kvWith('theme', 'x:casedeck:'), hash: '', first: true },
		{ name: 'a hash without a topic', kv: kvWith(), hash: '#main', first: true },
		{ name: 'a log segment', kv: kvWith('casedeck:log:d0:0'), hash: '', first: false },
		{ name: 'settings only', kv: kvWith('casedeck:settings'), hash: '', first: false },
		{ name: 'a topic link', kv: kvWith(), hash: '#topic=anatomy', first: false },
		{ name: 'a topic after another key', kv: kvWith(), hash: '#x=1&topic=a', first: false }
	];
	for (const c of cases)
		it(`${c.name}: the script and the page agree (${c.first ? 'first' : 'returning'})`, () => {
			expect(isFirstVisit(c.kv, c.hash)).toBe(c.first);
			expect(scriptVerdict(c.kv, c.hash)).toBe(c.first ? 'first' : 'returning');
		});

	it('unreadable storage counts as returning, in the script and the page', () => {
		const refuse = (): never => {
			throw new DOMException('denied', 'SecurityError');
		};
		const kv = {
			get length(): number {
				return refuse();
			}
		} as unknown as KV;
		expect(isFirstVisit(kv, '')).toBe(false);
		expect(scriptVerdict(refuse, '')).toBe('returning');
	});
});
