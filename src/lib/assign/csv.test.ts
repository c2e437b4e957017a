import { describe, expect, it } from 'vitest';
import { csvCell, percentCell, toCsv } from './csv.ts';

describe('csv', () => {
	it('quotes commas, quotes and line breaks', () => {
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('plain')).toBe('plain');
	});
	it('defuses formula prefixes in text but not in numbers', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		for (const p of ['+', '-', '@', '\t']) expect(csvCell(`${p}1`)).toBe(`'${p}1`);
		expect(csvCell(-5)).toBe('-5');
		expect(csvCell(null)).toBe('');
	});
	it('joins rows with CRLF', () => {
		expect(
			toCsv([
				['a', 1],
				['b', null]
			])
		).toBe('a,1\r\nb,\r\n');
		expect(percentCell(0.714)).toBe(71);
		expect(percentCell(null)).toBeNull();
	});
});
