// Turns each part's measurements into rows of the bench table, with their budgets.
import * as B from './budgets.ts';
import type { UsableFigures } from './usable.ts';
import type { FirstLoad } from './first-load.ts';
import type { LighthouseFigures } from './lighthouse.ts';
import type { NodeFigures } from './node-timings.ts';
import type { ProbeResult } from './probe.ts';
import { grid, type Row } from './table.ts';

const max = (figure: string, value: number, unit: string, limit: number, note?: string): Row => ({
	figure,
	value,
	unit,
	limit,
	budget: `≤ ${limit}${unit === 'ms' ? ' ms' : ''}`,
	note
});
const info = (figure: string, value: number, unit: string, note?: string): Row => ({
	figure,
	value,
	unit,
	note
});

export function nodeRows(g: NodeFigures): Row[] {
	return [
		max(
			'Node start-up, 100k reviews, cached',
			g.startupMs,
			'ms',
			B.STARTUP_NODE_MS,
			`first run ${g.startupFirstMs.toFixed(0)} ms; then ${g.settleMs.toFixed(0)} ms in idle time (home counts, cache save)`
		),
		max('Node queue over 10k items', g.queueMs, 'ms', B.QUEUE_MS),
		{
			...max('Node one answer: items replayed', g.answerItems, '', 1),
			budget: '1 item, not a replay',
			note: `${g.answerSteps} FSRS steps vs ${g.replaySteps} for a replay`
		},
		info(
			'Node one answer (study page path)',
			g.answerMs,
			'ms',
			`p95 ${g.answerP95Ms.toFixed(1)} ms`
		),
		info('Node full replay, 100k reviews', g.replayMs, 'ms'),
		max('Storage chars per review (all keys)', g.charsPerReview, 'chars', B.CHARS_PER_REVIEW),
		info('Storage chars per review (log only)', g.logCharsPerReview, 'chars')
	];
}

export function sizeRows(loads: Record<'empty' | 'home' | 'study', FirstLoad>): Row[] {
	const e = loads.empty.gzip;
	const rows: Row[] = [info('First load: empty SvelteKit page', e, 'KB')];
	for (const page of ['home', 'study'] as const) {
		const l = loads[page];
		const factor = B.FIRST_LOAD[page];
		rows.push({
			figure: `First load: ${page}`,
			value: l.gzip,
			unit: 'KB',
			limit: e * factor,
			budget: `≤ ${factor}× empty = ${((e * factor) / 1000).toFixed(1)} KB`,
			note: `${(l.gzip / e).toFixed(2)}× empty; +${(l.serviceWorkerGzip / 1000).toFixed(0)} KB SW precache`
		});
	}
	return rows;
}

export function probeRows(p: ProbeResult): Row[] {
	const cpu = `(${p.throttle}× CPU)`;
	return [
		{
			...max(
				`Answer → next card p95 ${cpu}`,
				p.answers.p95,
				'ms',
				B.ANSWER_VS_CHEAPEST * p.ideal.p95,
				`${p.answers.dom.length} answers, 3 runs; p50 ${p.answers.p50.toFixed(0)}, to next frame p95 ${p.answers.frameP95.toFixed(0)}`
			),
			budget: `≤ ${B.ANSWER_VS_CHEAPEST}× cheapest = ${(B.ANSWER_VS_CHEAPEST * p.ideal.p95).toFixed(0)} ms`
		},
		info(
			`Floor: click → bare text swap ${cpu}`,
			p.floor.p95,
			'ms',
			`p95; p50 ${p.floor.p50.toFixed(0)}: the browser and the method alone, no app code`
		),
		info(
			`Floor: cheapest possible answer ${cpu}`,
			p.ideal.p95,
			'ms',
			`p95; p50 ${p.ideal.p50.toFixed(0)}: one 5 KB write + a card built beforehand swapped in`
		),
		max(
			`Browser start-up, cached ${cpu}`,
			p.startup.startupMs,
			'ms',
			B.STARTUP_BROWSER_MS,
			`read, check, queue ready; runs ${p.startup.runs.map((x) => x.toFixed(0)).join('/')}`
		),
		info(
			`Browser start-up to first card ${cpu}`,
			p.startup.toCardMs,
			'ms',
			`+ first card's part and render; runs ${p.startup.toCardRuns.map((x) => x.toFixed(0)).join('/')}`
		),
		{
			...max(
				`Full replay: longest task ${cpu}`,
				p.replay.longestTaskMs,
				'ms',
				B.REPLAY_LONGEST_TASK_MS
			),
			budget: `≤ ${B.REPLAY_LONGEST_TASK_MS} ms (no freeze)`
		},
		info(`Full replay: to first card ${cpu}`, p.replay.startupMs, 'ms')
	];
}

/** Time to a usable card, first and return visit, against the empty page with a button. */
export function usableRows(u: Record<string, UsableFigures>): Row[] {
	const rows: Row[] = [];
	for (const visit of ['first', 'ret'] as const) {
		const word = visit === 'first' ? 'first visit' : 'return visit';
		const empty = u.empty[visit].median;
		rows.push(info(`Usable card: empty page with a button, ${word}`, empty, 'ms'));
		const app = u.app[visit];
		rows.push({
			...max(
				`Time to a usable card, ${word} (slow 4G, 4× CPU)`,
				app.median,
				'ms',
				B.USABLE_VS_EMPTY * empty
			),
			budget: `≤ ${B.USABLE_VS_EMPTY}× empty = ${(B.USABLE_VS_EMPTY * empty).toFixed(0)} ms`,
			note: `${(app.median / empty).toFixed(2)}× empty; median of ${app.runs.length}; taps lost ≤ ${app.ignoredMax}`
		});
		rows.push({
			...max(`Taps lost before the app was ready, ${word}`, app.ignoredMax, '', 0),
			budget: '0'
		});
	}
	return rows;
}

export function lighthouseRows(lh: Record<'empty' | 'home' | 'study', LighthouseFigures>): Row[] {
	const L = B.LIGHTHOUSE_BUDGET;
	const rows: Row[] = [info('Lighthouse LCP: empty page', lh.empty.lcpMs, 'ms')];
	for (const page of ['home', 'study'] as const) {
		const f = lh[page];
		const why = f.failing.length ? f.failing.join(', ') : undefined;
		const min = (name: string, value: number, limit: number): Row => ({
			figure: `Lighthouse ${page}: ${name}`,
			value,
			unit: '',
			limit,
			kind: 'min',
			budget: name === 'performance' ? `≥ ${limit}` : `${limit}`,
			note: name === 'performance' ? undefined : why
		});
		rows.push(
			min('performance', f.performance, L.performance),
			min('accessibility', f.accessibility, L.accessibility),
			min('best practices', f.bestPractices, L.bestPractices),
			{ ...max(`Lighthouse ${page}: CLS`, f.cls, '', L.cls), budget: '0' },
			// Simulated LCP is information now: time to a usable card is what a resident feels.
			info(
				`Lighthouse ${page}: LCP`,
				f.lcpMs,
				'ms',
				`${(f.lcpMs / lh.empty.lcpMs).toFixed(2)}× empty; ${f.lcpElement?.slice(0, 50) ?? ''}`
			)
		);
	}
	return rows;
}

/** Start-up, queue and replay per collection size, with the factor over the previous row. */
export function growthTable(growth: NodeFigures[]): string {
	const cell = (v: number, prev: number | undefined, digits: number) =>
		`${v.toFixed(digits)} ms${prev ? ` (×${(v / prev).toFixed(1)})` : ''}`;
	return grid(
		['reviews', 'items', 'start-up (cached)', 'queue', 'full replay'],
		growth.map((g, i) => {
			const p = growth[i - 1];
			return [
				String(g.reviews),
				String(g.items),
				cell(g.startupMs, p?.startupMs, 1),
				cell(g.queueMs, p?.queueMs, 2),
				cell(g.replayMs, p?.replayMs, 0)
			];
		})
	);
}
