/** CSV (RFC 4180) with spreadsheet formula injection defused. */

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: text that could start a formula gets a leading `'`; quoted when it must be. */
export function csvCell(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	// Numbers are ours, never imported text, so a negative number stays a number.
	let s = typeof value === 'number' ? String(value) : value;
	if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text, CRLF line ends as RFC 4180 asks (spreadsheets open it either way). */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
	return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A 0–1 fraction as a whole percentage, or empty when there is none. */
export const percentCell = (x: number | null): number | null =>
	x === null ? null : Math.round(x * 100);
