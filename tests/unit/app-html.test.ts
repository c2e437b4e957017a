import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PREFIX } from '../../src/lib/storage/keys.ts';
import { MemoryKV, type KV } from '../../src/lib/storage/kv.ts';
import { readFileSync } from 'node:fs';
import { FAVICON_HREF, FIRST_VISIT_SCRIPT } from '../../scripts/app-html.js';
import fc from 'fast-check';
import { formatHash, LINK_KEYS, parseHash } from '../../src/lib/links/index.ts';

/** Runs app.html's inline script against a fake page; returns the `data-visit` it set. */
function verdict(storage: KV | (() => never), hash: string): string | undefined {
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

describe("app.html's first-visit script (may the prerendered first card show?)", () => {
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
		it(`${c.name}: ${c.first ? 'first' : 'returning'}`, () => {
			expect(verdict(c.kv, c.hash)).toBe(c.first ? 'first' : 'returning');
		});

	it('unreadable storage counts as returning', () => {
		const refuse = (): never => {
			throw new DOMException('denied', 'SecurityError');
		};
		expect(verdict(refuse, '')).toBe('returning');
	});

	it("looks for the storage module's own key prefix", () => {
		expect(FIRST_VISIT_SCRIPT).toContain(`'${PREFIX}'`);
	});
});

// The inline script keeps a literal of the hash codec's keys (no module can load before the
// first paint); these tests run both over the same hashes, so the two cannot drift apart.
describe("app.html's first-visit script and the hash codec (src/lib/links)", () => {
	const empty = () => kvWith();
	/** What the script's literal rule should mean: the hash names a key a link may carry. */
	const namesLinkKey = (h: string) =>
		h
			.replace(/^#/, '')
			.split('&')
			.some((p) => p.includes('=') && (LINK_KEYS as readonly string[]).includes(p.split('=')[0]));

	it('spells exactly the codec’s link keys', () => {
		const keys = /\(\^\|&\)\(([a-z|]+)\)=/.exec(FIRST_VISIT_SCRIPT)?.[1].split('|');
		expect(keys?.sort()).toEqual([...LINK_KEYS].sort());
	});

	const cases = [
		'',
		'#main',
		'#topic=anatomy',
		'#x=1&topic=a',
		'#block=b1',
		'#assign=eyJ4IjoxfQ',
		'#topic=',
		'#topic=Bad%20Id',
		'#xtopic=a',
		'#imported=3&skipped=1',
		formatHash({ topic: 't', block: 'b', assign: 'p' })
	];
	for (const h of cases)
		it(`agrees on ${JSON.stringify(h)}`, () => {
			const returning = verdict(empty(), h) === 'returning';
			expect(returning).toBe(namesLinkKey(h));
			// Never a new learner's default first card when the link names a target.
			if (Object.keys(parseHash(h)).length) expect(returning).toBe(true);
		});

	it('agrees on random hashes (fast-check)', () => {
		const piece = fc.oneof(
			fc.constantFrom(...LINK_KEYS, 'x', '=', '&', '#', 'topic=a', 'block=b-1'),
			fc.string({ maxLength: 8 })
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
				const h = `#${parts.join('')}`; // location.hash: '#' and more, or ''
				const returning = verdict(empty(), h) === 'returning';
				if (Object.keys(parseHash(h)).length) expect(returning).toBe(true);
				expect(returning).toBe(namesLinkKey(h));
			}),
			{ numRuns: 3000 }
		);
	});
});

describe("app.html's inline favicon", () => {
	it('is static/favicon.svg (which the manifest names), so the two cannot drift apart', () => {
		const svg = readFileSync('static/favicon.svg', 'utf8').trim().replaceAll('"', "'");
		expect(FAVICON_HREF.startsWith('data:image/svg+xml,')).toBe(true);
		expect(decodeURIComponent(FAVICON_HREF.slice('data:image/svg+xml,'.length))).toBe(svg);
	});
});
