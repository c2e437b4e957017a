// `npx tsx bench/usable.ts [--runs=7] [--no-build] [--variant=NAME:ENV=1,...]`: time to a usable
// card alone (the full bench runs it too), for A/B runs of one change. See bench/README.md.
import { chromium } from 'playwright';
import { loadavg } from 'node:os';
import { CPU_THROTTLE } from './lib/budgets.ts';
import { LAUNCH } from './lib/browser.ts';
import { buildApp, buildEmptyButton, OUT } from './lib/build.ts';
import { serve } from './lib/serve.ts';
import { SLOW_4G, usableCard, type UsableTarget } from './lib/usable.ts';
import { resolve } from 'node:path';

const argv = process.argv.slice(2);
const runs = Number(argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 7);
const variants = argv
	.filter((a) => a.startsWith('--variant='))
	.map((a) => {
		const [name, env = ''] = a.slice('--variant='.length).split(':');
		return {
			name,
			env: Object.fromEntries(
				env
					.split(',')
					.filter(Boolean)
					.map((kv) => kv.split('='))
			)
		};
	});
if (!variants.length) variants.push({ name: 'app', env: {} });
if (!argv.includes('--no-build')) {
	for (const v of variants) await buildApp(`usable-${v.name}`, undefined, v.env);
	await buildEmptyButton('usable');
}
const STUDY = '/decks/bkp-cement-leakage/study/';
const servers = [];
const targets: Record<string, UsableTarget> = {};
for (const v of variants) {
	const s = await serve(resolve(OUT, `build-usable-${v.name}`), 0, SLOW_4G);
	servers.push(s);
	targets[v.name] = { url: s.url + STUDY, button: 'Show answer', shown: '.rating-bar' };
}
const empty = await serve(resolve(OUT, 'build-empty-button-usable'), 0, SLOW_4G);
servers.push(empty);
targets.empty = { url: `${empty.url}/`, button: 'Show answer', shown: '.answer' };
const browser = await chromium.launch(LAUNCH);
const load0 = loadavg()[0];
try {
	const figures = await usableCard(browser, targets, { runs, cpu: CPU_THROTTLE });
	console.log(`load average ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)}, ${runs} runs each`);
	for (const [name, f] of Object.entries(figures)) {
		const r = (x: number) => Math.round(x);
		console.log(
			`${name.padEnd(12)} first ${r(f.first.median)} ms (${f.first.runs.map((v) => r(v.shownAt)).join(' ')}; ignored ≤ ${f.first.ignoredMax})` +
				`  return ${r(f.ret.median)} ms (${f.ret.runs.map((v) => r(v.shownAt)).join(' ')}; ignored ≤ ${f.ret.ignoredMax})`
		);
	}
} finally {
	await browser.close();
	await Promise.all(servers.map((s) => s.close()));
}
