import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { paintFirst, scriptHash } from './index.ts';

/** Kit's bootstrap, cut down: sets its global, takes its element, starts (here: reports it). */
const KIT_BOOT = `
				{
					__sveltekit_abc = { base: "" };
					const element = document.currentScript.parentElement;
					booted(element, "document.currentScript stays as it is in page data");
				}
			`;

const page = (boot = KIT_BOOT, csp = scriptHash(KIT_BOOT)) => `<!doctype html>
<html lang="en">
	<head>
		<link rel="icon" href="data:," type="image/svg+xml" />
		<link
			rel="manifest"
			href="./manifest.webmanifest"
		/>
		<meta http-equiv="content-security-policy" content="script-src 'self' ${csp}">
		<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/B.js" rel="modulepreload">
		<style>p{color:red}</style>
	</head>
	<body>
		<div style="display: contents"><p>Card</p>
			<script>${boot}</script>
		</div>
	</body>
</html>`;

const inlineScript = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)![1];

/** Runs the rewritten bootstrap against a fake page; `paint()` reports a first contentful paint. */
function runBoot(script: string, { paintTiming = true } = {}) {
	const head: string[][] = [];
	const timers: { fn: () => void; ms: number }[] = [];
	const frames: (() => void)[] = [];
	const observers: ((list: unknown, o: { disconnect(): void }) => void)[] = [];
	const started: unknown[] = [];
	const parent = { id: 'app' };
	let disconnected = 0;
	class PerformanceObserver {
		static supportedEntryTypes = paintTiming ? ['paint', 'resource'] : ['resource'];
		constructor(readonly fn: (list: unknown, o: { disconnect(): void }) => void) {}
		observe() {
			observers.push(this.fn);
		}
	}
	const window = { PerformanceObserver };
	runInNewContext(script, {
		window,
		PerformanceObserver,
		document: {
			currentScript: { parentElement: parent },
			createElement: () => ({}) as Record<string, string>,
			head: { appendChild: (l: Record<string, string>) => head.push([l.rel, l.href]) }
		},
		setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
		requestAnimationFrame: (fn: () => void) => frames.push(fn),
		booted: (el: unknown, data: string) => started.push([el, data])
	});
	const entries = (names: string[]) => ({
		getEntriesByName: (n: string) => names.filter((x) => x === n)
	});
	const runTimers = (upTo: number) => {
		for (const t of timers.splice(0).filter((t) => t.ms <= upTo)) t.fn();
	};
	return {
		head,
		started,
		parent,
		frames,
		timers,
		runTimers,
		paint(names: string[]) {
			for (const fn of observers) fn(entries(names), { disconnect: () => disconnected++ });
		},
		get disconnected() {
			return disconnected;
		}
	};
}

describe('paintFirst', () => {
	const html = paintFirst(page());

	it('takes the module preloads and the manifest out of <head>, and nothing else', () => {
		expect(html).not.toMatch(/rel="(modulepreload|manifest)"/);
		expect(html).toContain('<link rel="icon" href="data:," type="image/svg+xml" />');
		expect(html).toContain('<style>p{color:red}</style>');
		expect(html).toContain('<p>Card</p>');
	});

	it('allows the rewritten bootstrap by its own hash, and no longer the old one', () => {
		const script = inlineScript(html);
		expect(html).toContain(scriptHash(script));
		expect(html).not.toContain(scriptHash(KIT_BOOT));
		expect(html.match(/<script>/g)).toHaveLength(1);
	});

	it('starts nothing until the first contentful paint, then adds every link and starts Kit', () => {
		const b = runBoot(inlineScript(html));
		b.runTimers(0);
		expect(b.head).toEqual([]);
		b.paint(['first-paint']); // a paint with nothing in it yet
		b.runTimers(0);
		expect(b.head).toEqual([]);
		expect(b.started).toEqual([]);
		b.paint(['first-contentful-paint']);
		expect(b.disconnected).toBe(1);
		b.runTimers(0);
		expect(b.head).toEqual([
			['manifest', './manifest.webmanifest'],
			['modulepreload', './_app/immutable/entry/start.A.js'],
			['modulepreload', './_app/immutable/chunks/B.js']
		]);
		// Kit's element is the script's parent, as before; the page data is untouched.
		expect(b.started).toEqual([[b.parent, 'document.currentScript stays as it is in page data']]);
		b.runTimers(60_000); // the fallback timer finds it started: nothing twice
		expect(b.started).toHaveLength(1);
		expect(b.head).toHaveLength(3);
	});

	it('starts anyway after 2 s when no paint comes (a tab opened in the background)', () => {
		const b = runBoot(inlineScript(html));
		b.runTimers(1999);
		expect(b.started).toEqual([]);
		const b2 = runBoot(inlineScript(html));
		b2.runTimers(2000);
		expect(b2.started).toHaveLength(1);
	});

	it('waits for the next frame where the browser has no paint timing', () => {
		const b = runBoot(inlineScript(html), { paintTiming: false });
		b.runTimers(0);
		expect(b.started).toEqual([]);
		for (const f of b.frames) f();
		b.runTimers(0);
		expect(b.started).toHaveLength(1);
	});

	it('fails the build on a page that is not shaped as expected', () => {
		expect(() => paintFirst('<html><body><p>hi</p></body></html>')).toThrow(/bootstrap/);
		expect(() => paintFirst(page(KIT_BOOT, "'sha256-other'"))).toThrow(/CSP/);
		const moved = KIT_BOOT.replace(/document\.currentScript/g, 'someOther');
		expect(() => paintFirst(page(moved, scriptHash(moved)))).toThrow(/currentScript/);
		const bare = page().replace(/\s*<link href="[^"]+" rel="modulepreload">/g, '');
		expect(() => paintFirst(bare)).toThrow(/module preloads/);
	});
});
