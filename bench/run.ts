// `npm run bench`: seeded synthetic collections, Node timings, app + empty-page builds,
// first-load sizes, the throttled Playwright latency probe and Lighthouse, printed as one
// table (figure | value | budget | ratio | result) plus a growth table. See bench/README.md.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { chromium } from 'playwright';
import { CPU_THROTTLE } from './lib/budgets.ts';
import { LAUNCH } from './lib/browser.ts';
import { buildApp, buildEmpty, buildEmptyButton, OUT } from './lib/build.ts';
import { firstLoad } from './lib/first-load.ts';
import { lighthouse, LIGHTHOUSE } from './lib/lighthouse.ts';
import { measureCollection, type NodeFigures } from './lib/node-timings.ts';
import { probe } from './lib/probe.ts';
import {
	growthTable,
	lighthouseRows,
	nodeRows,
	probeRows,
	sizeRows,
	usableRows
} from './lib/rows.ts';
import { SLOW_4G, usableCard } from './lib/usable.ts';
import { serve, type Served } from './lib/serve.ts';
import {
	compileSynthetic,
	deckYaml,
	DECK_ID,
	dump,
	firstItems,
	makeCollection,
	writeDeck
} from './lib/synth.ts';
import { table, verdict, type Row } from './lib/table.ts';

const argv = process.argv.slice(2);
const on = (part: string) => !argv.includes(`--no-${part}`);
const opt = (name: string, d: number) =>
	Number(argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? d);
if (argv.includes('--help')) {
	console.log(`npm run bench -- [--no-node] [--no-size] [--no-usable] [--no-probe] [--no-lighthouse]
                    [--no-build] [--answers=210] [--usable-runs=7] [--lh-runs=1] [--max-reviews=100000]`);
	process.exit(0);
}
const log = (s: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);
const STUDY = '/decks/bkp-cement-leakage/study/';

// A forced GC between collections keeps one collection's garbage out of the next timing.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const rows: Row[] = [];
const result: Record<string, unknown> = {
	date: new Date().toISOString(),
	node: process.version,
	cpus: cpus().length,
	loadAvgStart: loadavg()[0]
};

// ---------------------------------------------------------------- synthetic data, Node timings
log('generating the seeded 10,000-item deck');
const yaml = deckYaml(10_000);
const decksDir = writeDeck(join(OUT, 'decks'), yaml);
const deck = compileSynthetic(yaml);
const now = Date.now();
let storage100k: Record<string, string> | undefined;
const growth: NodeFigures[] = [];
for (const reviews of [1_000, 10_000, 100_000].filter((r) => r <= opt('max-reviews', 100_000))) {
	log(`collection: ${reviews} reviews over ${reviews / 10} items`);
	const c = makeCollection(firstItems(deck, reviews / 10), reviews, now);
	if (reviews === 100_000 && on('probe')) storage100k = dump(c.kv);
	if (!on('node')) continue;
	gc();
	growth.push(await measureCollection(c));
}
result.growth = growth;
const big = growth.find((g) => g.reviews === 100_000);
if (big) rows.push(...nodeRows(big));

// ---------------------------------------------------------------- builds (all in bench/out)
const wantApp = on('size') || on('lighthouse') || on('usable');
const wantBig = on('probe') && !!storage100k;
const dirs = {
	app: resolve(OUT, 'build-bench'),
	empty: resolve(OUT, 'build-empty-bench'),
	emptyButton: resolve(OUT, 'build-empty-button-bench'),
	big: resolve(OUT, 'build-bench-big')
};
if (on('build') && wantApp) {
	log('building the app and the empty page (bench/out/build-bench, build-empty-bench)');
	await buildApp('bench');
	await buildEmpty('bench');
	await buildEmptyButton('bench');
}
if (on('build') && wantBig) {
	log('building the app with the 10,000-item deck (bench/out/build-bench-big): minutes');
	await buildApp('bench-big', decksDir);
}
for (const [k, d] of Object.entries(dirs))
	if ((k === 'big' ? wantBig : wantApp) && !existsSync(d))
		throw new Error(`${d} is missing: run without --no-build`);

// ---------------------------------------------------------------- browser figures
const servers: Served[] = [];
const up = async (dir: string) => {
	const s = await serve(dir);
	servers.push(s);
	return s.url;
};
try {
	const app = wantApp ? await up(dirs.app) : '';
	const empty = wantApp ? await up(dirs.empty) : '';
	if (on('size') || wantBig) {
		const browser = await chromium.launch(LAUNCH);
		try {
			if (on('size')) {
				log('first-load sizes');
				const loads = {
					empty: await firstLoad(browser, `${empty}/`),
					home: await firstLoad(browser, `${app}/`, true),
					study: await firstLoad(browser, app + STUDY, true)
				};
				result.firstLoad = loads;
				rows.push(...sizeRows(loads));
			}
			if (wantBig) {
				log(`latency probe: ${CPU_THROTTLE}× CPU, 10k items, 100k reviews`);
				const p = await probe(
					browser,
					await up(dirs.big),
					`/decks/${DECK_ID}/study/`,
					storage100k!,
					{
						throttle: CPU_THROTTLE,
						answers: opt('answers', 210),
						cacheKey: `casedeck:cache:${DECK_ID}`
					}
				);
				result.probe = p;
				rows.push(...probeRows(p));
			}
		} finally {
			await browser.close();
		}
	}
	if (wantApp && on('usable')) {
		const runs = opt('usable-runs', 7);
		log(`time to a usable card: slow 4G, ${CPU_THROTTLE}× CPU, ${runs} runs each`);
		// Servers of their own, over the slow link (the page's and its service worker's fetches).
		const slowApp = await serve(dirs.app, 0, SLOW_4G);
		const slowButton = await serve(dirs.emptyButton, 0, SLOW_4G);
		servers.push(slowApp, slowButton);
		const button = slowButton.url;
		const browser = await chromium.launch(LAUNCH);
		try {
			const u = await usableCard(
				browser,
				{
					app: { url: slowApp.url + STUDY, button: 'Show answer', shown: '.rating-bar' },
					empty: { url: `${button}/`, button: 'Show answer', shown: '.answer' }
				},
				{ runs, cpu: CPU_THROTTLE }
			);
			result.usable = u;
			rows.unshift(...usableRows(u));
		} finally {
			await browser.close();
		}
	}
	if (wantApp && on('lighthouse')) {
		const runs = opt('lh-runs', 1);
		log(`${LIGHTHOUSE} (npx, installed on demand), ${runs} run(s) per page`);
		const lh = {
			empty: await lighthouse(`${empty}/`, runs),
			home: await lighthouse(`${app}/`, runs),
			study: await lighthouse(app + STUDY, runs)
		};
		result.lighthouse = lh;
		rows.push(...lighthouseRows(lh));
	}
} finally {
	await Promise.all(servers.map((s) => s.close()));
}

// ---------------------------------------------------------------- report
result.loadAvgEnd = loadavg()[0];
result.rows = rows.map((r) => ({ ...r, result: verdict(r) }));
mkdirSync(OUT, { recursive: true });
const json = JSON.stringify(result, null, 1);
writeFileSync(join(OUT, 'latest.json'), json);
writeFileSync(join(OUT, `bench-${String(result.date).replace(/[:.]/g, '-')}.json`), json);
const load = `load average ${Number(result.loadAvgStart).toFixed(1)} → ${loadavg()[0].toFixed(1)}`;
console.log(
	`\nCaseDeck bench — ${result.date}, Node ${process.version}, ${cpus().length} cores, ${load}\n`
);
console.log(table(rows));
if (growth.length)
	console.log(`\nGrowth (10× the data per row; linear = ×10 or less):\n\n${growthTable(growth)}`);
const failed = rows.filter((r) => verdict(r) === 'FAIL').length;
console.log(
	`\n${failed} of ${rows.filter((r) => r.limit !== undefined).length} budgets missed. JSON: bench/out/latest.json`
);
