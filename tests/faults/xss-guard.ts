/**
 * Browser-side tripwires shared by the injection and CSP suites: dialogs, page errors, console
 * errors, popups, requests to any origin but the app's, CSP violations (collected by a
 * `securitypolicyviolation` listener installed before any page script), and a DOM scan for
 * handlers, script URLs and markup the sanitiser must never let through.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { ALLOWED_ATTR, ALLOWED_TAGS } from '../../src/lib/deck/markdown.ts';
import { FAVICON_HREF, FIRST_VISIT_SCRIPT } from '../../scripts/app-html.js';

/** Settings that show every new item in one session, without interval fuzz. */
export const ALL_NEW_SETTINGS = {
	retention: 0.9,
	newPerDay: 9999,
	dayStartHour: 4,
	fuzz: false,
	shortcuts: true
};

/** Everything suspicious seen while the guard was on. */
export interface Tripwires {
	dialogs: string[];
	pageErrors: string[];
	consoleErrors: string[];
	offOrigin: string[];
	popups: string[];
}

declare global {
	interface Window {
		__xss?: unknown;
		__cspViolations?: string[];
	}
}

/**
 * Arms the tripwires on a context: settings and the CSP listener before any page script, every
 * request off `origin` aborted and recorded, dialogs dismissed and recorded.
 */
export async function armContext(
	context: BrowserContext,
	origin: string,
	{ settings = ALL_NEW_SETTINGS }: { settings?: object | null } = {}
): Promise<Tripwires> {
	const t: Tripwires = {
		dialogs: [],
		pageErrors: [],
		consoleErrors: [],
		offOrigin: [],
		popups: []
	};
	await context.addInitScript((settings) => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			window.__cspViolations!.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`
			);
		});
		if (settings) localStorage.setItem('casedeck:settings', JSON.stringify(settings));
	}, settings);
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (new URL(url).origin === origin) return route.continue();
		t.offOrigin.push(url);
		return route.abort('blockedbyclient');
	});
	const watch = (page: Page) => {
		page.on('dialog', (d) => {
			t.dialogs.push(`${d.type()}: ${d.message()}`);
			void d.dismiss().catch(() => {});
		});
		page.on('pageerror', (e) => t.pageErrors.push(e.message));
		page.on('console', (m) => {
			if (m.type() === 'error') t.consoleErrors.push(m.text());
		});
	};
	context.pages().forEach(watch);
	context.on('page', (page) => {
		if (context.pages().length > 1) t.popups.push(page.url());
		watch(page);
	});
	return t;
}

/** CSP violations reported in the page so far. */
export async function cspViolations(page: Page): Promise<string[]> {
	return page.evaluate(() => window.__cspViolations ?? ['listener missing']);
}

/**
 * Scans the live DOM for anything injected content could use to run script or leave the app:
 * handler attributes, script/data/vbscript URLs, srcdoc, foreign elements, scripts other than
 * the app's, and — inside deck HTML containers — any tag or attribute off the allow-list.
 */
export async function scanDom(page: Page): Promise<string[]> {
	return page.evaluate(
		({ tags, attrs, inline, icon }) => {
			const bad: string[] = [];
			const where = (el: Element) =>
				`<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}>`;
			// Characters browsers strip or ignore inside a URL scheme.
			const squash = (v: string) =>
				// eslint-disable-next-line no-control-regex -- strips control characters on purpose
				v.replace(/[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\ufeff]/g, '');
			const URL_ATTRS = new Set([
				'href',
				'src',
				'action',
				'formaction',
				'xlink:href',
				'data',
				'poster',
				'background',
				'srcset',
				'ping',
				'cite',
				'codebase',
				'lowsrc',
				'dynsrc'
			]);
			for (const el of document.querySelectorAll('*')) {
				for (const a of el.attributes) {
					const n = a.name.toLowerCase();
					if (n.startsWith('on')) bad.push(`${where(el)} has handler ${n}="${a.value}"`);
					if (n === 'srcdoc') bad.push(`${where(el)} has srcdoc`);
					// The one data: URL allowed: app.html's own favicon, in <head>.
					const favicon =
						el.parentElement === document.head &&
						el.matches('link[rel="icon"]') &&
						a.value === icon;
					if (
						URL_ATTRS.has(n) &&
						!favicon &&
						/^(?:javascript|vbscript|data|blob|filesystem):/i.test(squash(a.value))
					)
						bad.push(`${where(el)} has ${n}="${a.value}"`);
				}
			}
			const app = document.body;
			for (const el of app.querySelectorAll(
				'iframe, frame, frameset, object, embed, applet, base, meta, link, style, template, noscript, portal, img, video, audio, source, input[type=image], math, svg script, svg foreignObject, svg use, svg animate, svg set, form[action], button[formaction], [style*="url("]'
			))
				bad.push(`body contains ${where(el)}`);
			if (document.querySelectorAll('base').length) bad.push('document has <base>');
			for (const m of document.head.querySelectorAll('meta[http-equiv]'))
				if (m.getAttribute('http-equiv')!.toLowerCase() !== 'content-security-policy')
					bad.push(`head has meta http-equiv=${m.getAttribute('http-equiv')}`);
			for (const s of document.scripts) {
				const src = s.getAttribute('src');
				const ours = src
					? new URL(src, location.href).origin === location.origin && /\/_app\//.test(src)
					: (s.textContent ?? '').includes('__sveltekit_') || s.textContent === inline;
				if (!ours) bad.push(`foreign script ${src ?? (s.textContent ?? '').slice(0, 60)}`);
			}
			const allowedTags = new Set(tags.map((t) => t.toUpperCase()));
			const allowedAttrs = new Set([...attrs, 'rel', 'target']);
			for (const box of document.querySelectorAll(
				'.card-html, .mcq .html, .mcq .why, .sources-panel .explanation'
			))
				for (const el of box.querySelectorAll('*')) {
					if (!allowedTags.has(el.tagName)) bad.push(`deck HTML has ${where(el)}`);
					for (const a of el.attributes)
						if (!allowedAttrs.has(a.name) && !(a.name === 'is' && a.value === ''))
							bad.push(`deck HTML ${where(el)} has attribute ${a.name}`);
					if (el.tagName === 'A') {
						const href = el.getAttribute('href');
						if (href !== null && !/^(?:https?:|mailto:)/i.test(href))
							bad.push(`deck link to ${href}`);
						if (
							el.getAttribute('target') === '_blank' &&
							!/noopener/.test(el.getAttribute('rel') ?? '')
						)
							bad.push('deck link opens without noopener');
					}
				}
			if (window.__xss !== undefined) bad.push(`window.__xss is ${String(window.__xss)}`);
			if (location.origin !== new URL(document.baseURI).origin)
				bad.push(`baseURI ${document.baseURI}`);
			return bad;
		},
		{ tags: ALLOWED_TAGS, attrs: ALLOWED_ATTR, inline: FIRST_VISIT_SCRIPT, icon: FAVICON_HREF }
	);
}

/** Asserts that nothing tripped, and that the DOM and CSP log are clean, naming `where`. */
export async function expectClean(page: Page, t: Tripwires, where: string, { csp = true } = {}) {
	expect(await scanDom(page), `DOM at ${where}`).toEqual([]);
	if (csp) expect(await cspViolations(page), `CSP violations at ${where}`).toEqual([]);
	expect(t, `tripwires at ${where}`).toEqual({
		dialogs: [],
		pageErrors: [],
		consoleErrors: [],
		offOrigin: [],
		popups: []
	});
}
