// Lighthouse, pinned and installed on demand by npx (12.x: 13.x needs Node 22), run against
// Debian's Chromium with the default mobile settings (simulated slow 4G, 4× CPU slowdown).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_FLAGS, CHROME_PATH } from './browser.ts';
import { median } from './stats.ts';

export const LIGHTHOUSE = 'lighthouse@12.8.2';

export interface LighthouseFigures {
	url: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	lcpMs: number;
	cls: number;
	/** The LCP element (HTML snippet), to say what the page paints last. */
	lcpElement?: string;
	/** Audits that cost points in accessibility or best practices (ids), to say why. */
	failing: string[];
}

interface Report {
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, { score: number | null; numericValue?: number; details?: unknown }>;
}

function runOnce(url: string, dir: string): Promise<Report> {
	const out = join(dir, 'report.json');
	const args = [
		'-y',
		LIGHTHOUSE,
		url,
		'--output=json',
		`--output-path=${out}`,
		'--only-categories=performance,accessibility,best-practices',
		`--chrome-flags=${['--headless=new', ...CHROME_FLAGS].join(' ')}`,
		'--quiet'
	];
	return new Promise((ok, fail) => {
		const child = spawn('npx', args, {
			env: { ...process.env, CHROME_PATH },
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let err = '';
		child.stderr.on('data', (d) => (err += d));
		child.on('error', fail);
		child.on('exit', (code) => {
			if (code !== 0)
				return fail(new Error(`lighthouse ${url} exited ${code}: ${err.slice(-2000)}`));
			ok(JSON.parse(readFileSync(out, 'utf8')) as Report);
		});
	});
}

/** The first DOM node snippet anywhere in an audit's details. */
function snippet(d: unknown): string | undefined {
	if (!d || typeof d !== 'object') return undefined;
	const node = (d as { node?: { snippet?: string } }).node;
	if (node?.snippet) return node.snippet;
	for (const v of Object.values(d)) {
		const s = snippet(v);
		if (s) return s;
	}
	return undefined;
}

const score = (r: Report, c: string) => Math.round((r.categories[c]?.score ?? 0) * 100);

/** Runs Lighthouse `runs` times on `url`; each figure is the median over runs. */
export async function lighthouse(url: string, runs = 1): Promise<LighthouseFigures> {
	const dir = mkdtempSync(join(tmpdir(), 'casedeck-lh-'));
	try {
		const reports: Report[] = [];
		for (let i = 0; i < runs; i++) reports.push(await runOnce(url, dir));
		const failing = new Set<string>();
		for (const r of reports)
			for (const c of ['accessibility', 'best-practices'])
				for (const a of r.categories[c]?.auditRefs ?? [])
					if (a.weight > 0 && r.audits[a.id]?.score !== null && (r.audits[a.id]?.score ?? 1) < 1)
						failing.add(a.id);
		return {
			url,
			performance: median(reports.map((r) => score(r, 'performance'))),
			accessibility: median(reports.map((r) => score(r, 'accessibility'))),
			bestPractices: median(reports.map((r) => score(r, 'best-practices'))),
			lcpMs: median(reports.map((r) => r.audits['largest-contentful-paint']?.numericValue ?? NaN)),
			cls: median(reports.map((r) => r.audits['cumulative-layout-shift']?.numericValue ?? NaN)),
			lcpElement: snippet(reports[0].audits['largest-contentful-paint-element']?.details),
			failing: [...failing]
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
