/**
 * The Content-Security-Policy (kit.csp in svelte.config.js, see docs/security.md): every
 * prerendered page carries it as a <meta> before any script, script-src allows only 'self' and
 * the hash of Kit's inline bootstrap, and the real app — home, deck page, study, settings,
 * client-side navigation, the service worker and an offline reload — runs with zero violations.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { armContext, cspViolations, expectClean } from './xss-guard.ts';
import { startXssApp, stopXssApp, XSS_BUILD_DIR, XSS_ORIGIN } from './xss-server.ts';

const DECK_ID = 'bkp-cement-leakage';
const PAGES = ['/', `/decks/${DECK_ID}/`, `/decks/${DECK_ID}/study/`, '/settings/'] as const;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(300_000);
	await startXssApp();
});
test.afterAll(async () => {
	await stopXssApp();
});

/** Parses a policy into directive → sources. */
function parsePolicy(policy: string): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) out.set(name.toLowerCase(), values);
	}
	return out;
}

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const unescape = (s: string) =>
	s
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

test('every prerendered page carries a strict CSP meta before any script', async ({ request }) => {
	// Served pages, plus the SPA fallback a static host serves for unknown paths (vite preview
	// renders its own 404 instead, so that one is read from the build).
	const served = await Promise.all(
		PAGES.map(async (path) => [path, await (await request.get(`${XSS_ORIGIN}${path}`)).text()])
	);
	const fallback = ['200.html', readFileSync(join(XSS_BUILD_DIR, '200.html'), 'utf8')];
	for (const [path, html] of [...served, fallback]) {
		const m = META.exec(html);
		expect(m, `${path} has a CSP meta`).not.toBeNull();
		const policy = parsePolicy(unescape(m![1]));
		const script = policy.get('script-src') ?? [];
		expect(script, path).toContain("'self'");
		for (const s of script)
			expect(s, `${path} script-src source`).toMatch(/^(?:'self'|'sha256-[A-Za-z0-9+/=]+')$/);
		for (const [name, sources] of policy) {
			expect(sources, `${path} ${name}`).not.toContain("'unsafe-eval'");
			if (name !== 'style-src-attr')
				expect(sources, `${path} ${name}`).not.toContain("'unsafe-inline'");
			expect(sources, `${path} ${name}`).not.toContain('*');
		}
		expect(policy.get('default-src'), path).toEqual(["'self'"]);
		expect(policy.get('object-src'), path).toEqual(["'none'"]);
		expect(policy.get('base-uri'), path).toEqual(["'self'"]);
		expect(policy.get('form-action'), path).toEqual(["'self'"]);
		// Kit inlines small stylesheets (inlineStyleThreshold) and allows each by its hash only.
		const style = policy.get('style-src') ?? [];
		expect(style[0], path).toBe("'self'");
		for (const src of style.slice(1)) expect(src, path).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
		for (const [, body] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
			const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
			expect(style, `${path} inline style hash`).toContain(hash);
		}
		expect(policy.get('img-src'), path).toEqual(["'self'", 'data:']);

		// The meta comes before every script and module preload, so it governs them all.
		const at = html.indexOf(m![0]);
		for (const marker of ['<script', 'rel="modulepreload"'])
			if (html.includes(marker))
				expect(html.indexOf(marker), `${path} ${marker}`).toBeGreaterThan(at);
		// Each inline script is allowed by its hash, and by nothing looser.
		for (const [, body] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
			const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
			expect(script, `${path} inline script hash`).toContain(hash);
		}
	}
});

test('the policy is enforced: injected inline script, handlers and eval are refused', async ({
	page,
	context
}) => {
	const t = await armContext(context, XSS_ORIGIN, { settings: null });
	await page.goto(`${XSS_ORIGIN}/`);
	await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
	const outcome = await page.evaluate(async () => {
		const s = document.createElement('script');
		s.textContent = 'window.__xss = "inline"';
		document.body.append(s);
		const b = document.createElement('button');
		b.setAttribute('onclick', 'window.__xss = "handler"');
		document.body.append(b);
		b.click();
		b.remove();
		// A string timer compiles code later, outside this (CSP-exempt) devtools evaluation.
		setTimeout('window.__xss = "eval"' as unknown as () => void, 0);
		const img = new Image();
		img.src = 'https://evil.example/pixel.png';
		await new Promise((r) => setTimeout(r, 200));
		return window.__xss;
	});
	expect(outcome).toBeUndefined();
	const violations = await cspViolations(page);
	expect(violations.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
	expect(violations.some((v) => v.startsWith('script-src-attr blocked inline'))).toBe(true);
	expect(violations.some((v) => v.startsWith('script-src blocked eval'))).toBe(true);
	expect(violations.some((v) => v.startsWith('img-src blocked https://evil.example'))).toBe(true);
	// Blocked by the policy before it reached the network.
	expect(t.offOrigin).toEqual([]);
});

async function studyFew(page: Page, n: number): Promise<void> {
	const showAnswer = page.getByRole('button', { name: 'Show answer' });
	const options = page.getByRole('list', { name: 'Answer options' });
	const levels = page.getByRole('group', { name: 'Vertebral levels' });
	const summary = page.getByRole('heading', { name: 'Session complete' });
	for (let i = 0; i < n; i++) {
		await expect(showAnswer.or(options).or(levels).or(summary).first()).toBeVisible();
		if (await summary.isVisible()) return;
		const article = await page.locator('article.item').elementHandle();
		if (await showAnswer.isVisible()) {
			await showAnswer.click();
			await page
				.getByRole('group', { name: 'Rate your recall' })
				.getByRole('button', { name: /^Easy\b/ })
				.click();
		} else {
			if (await options.isVisible()) await options.getByRole('button', { name: /^A\./ }).click();
			else await levels.getByRole('checkbox').first().check();
			await page.getByRole('button', { name: 'Check answer' }).click();
			await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
			await page.getByRole('button', { name: 'Next', exact: true }).click();
		}
		await expect.poll(() => article!.evaluate((e) => e.isConnected)).toBe(false);
	}
}

test('the app works under the CSP: pages, navigation, study, settings, service worker, offline', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	const t = await armContext(context, XSS_ORIGIN, { settings: null });

	await page.goto(`${XSS_ORIGIN}/`);
	await expect(page.getByRole('heading', { name: 'Your decks' })).toBeVisible();
	// The service worker registers (the layout, a few seconds after load) and takes control.
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.ready.then((r) => Boolean(r.active))))
		.toBe(true);
	await expectClean(page, t, 'home');

	// Client-side navigation (Kit's router and route announcer).
	await page
		.getByRole('listitem')
		.filter({ hasText: 'Cement leakage' })
		.getByRole('link', { name: /Cement leakage/ })
		.click();
	await expect(page).toHaveURL(`${XSS_ORIGIN}/decks/${DECK_ID}/`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectClean(page, t, 'deck page (client-side)');

	await page.getByRole('link', { name: 'Study now' }).click();
	await expect(page.getByLabel('Remaining today')).toBeVisible();
	await studyFew(page, 6);
	await expectClean(page, t, 'study page');

	await page.getByRole('link', { name: 'Settings' }).click();
	const perDay = page.getByLabel('New items per day');
	await perDay.fill('30');
	await perDay.press('Tab');
	await expect
		.poll(() =>
			page.evaluate(() => JSON.parse(localStorage.getItem('casedeck:settings') ?? '{}').newPerDay)
		)
		.toBe(30);
	await expectClean(page, t, 'settings');

	// Full page loads of every route, now served through the service worker.
	for (const path of PAGES) {
		await page.goto(`${XSS_ORIGIN}${path}`);
		await expect(page.locator('main')).toBeVisible();
		await expectClean(page, t, `${path} (reload)`);
	}
	expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

	// Offline: the cached study page still loads and runs under the same policy.
	await context.setOffline(true);
	await page.goto(`${XSS_ORIGIN}/decks/${DECK_ID}/study/`);
	await expect(page.getByLabel('Remaining today')).toBeVisible();
	await studyFew(page, 2);
	await expectClean(page, t, 'study page offline');
	await context.setOffline(false);
});
