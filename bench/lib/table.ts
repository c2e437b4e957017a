// The bench's one table: figure | value | budget | ratio | pass/fail.

export interface Row {
	figure: string;
	value: number;
	unit: string;
	/** Budget limit in the value's unit; undefined for figures shown for information. */
	limit?: number;
	/** 'max': pass when value ≤ limit; 'min': pass when value ≥ limit. */
	kind?: 'max' | 'min';
	/** How the budget reads, e.g. "≤ 1.5× empty (41.8 KB)". */
	budget?: string;
	note?: string;
}

export type Verdict = 'pass' | 'FAIL' | 'info';

export function verdict(r: Row): Verdict {
	if (r.limit === undefined) return 'info';
	return (r.kind === 'min' ? r.value >= r.limit : r.value <= r.limit) ? 'pass' : 'FAIL';
}

const fmt = (v: number, unit: string) =>
	!Number.isFinite(v)
		? 'n/a'
		: unit === 'KB'
			? `${(v / 1000).toFixed(1)} KB`
			: unit === 'ms'
				? `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms`
				: `${Number.isInteger(v) ? v : v.toFixed(3)}${unit ? ' ' + unit : ''}`;

/** Formats rows as an aligned plain-text table. */
export function table(rows: Row[]): string {
	const cells = rows.map((r) => [
		r.figure,
		fmt(r.value, r.unit) + (r.note ? ` (${r.note})` : ''),
		r.budget ?? '—',
		r.limit === undefined || !r.limit ? '—' : `${(r.value / r.limit).toFixed(2)}`,
		verdict(r)
	]);
	return grid(['figure', 'value', 'budget', 'ratio', 'result'], cells);
}

/** A plain aligned grid with a header rule. */
export function grid(head: string[], cells: string[][]): string {
	const all = [head, ...cells];
	const w = head.map((_, i) => Math.max(...all.map((c) => c[i].length)));
	const line = (c: string[]) => c.map((x, i) => x.padEnd(w[i])).join(' | ');
	return [line(head), w.map((n) => '-'.repeat(n)).join('-|-'), ...cells.map(line)].join('\n');
}
