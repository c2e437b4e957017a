// Small statistics helpers shared by the Node and browser measurements.

/** The q-quantile (0–1) by nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
	if (!xs.length) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

export const median = (xs: readonly number[]) => quantile(xs, 0.5);

/** Runs `fn` `runs` times after `warm` unmeasured runs; returns each run's milliseconds. */
export function timeRuns(fn: () => void, runs: number, warm = 1): number[] {
	for (let i = 0; i < warm; i++) fn();
	const out: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		fn();
		out.push(performance.now() - t);
	}
	return out;
}
