import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { ORIGIN, TYPICAL, TYPICAL_MORE } from '../../../tests/unit/assign-fixtures.ts';
import { encodeAssignmentFragment } from './link.ts';
import { qrMatrix, qrSvg } from './qr.ts';

/** Rasterises a module matrix to RGBA, 4 px a module, with a 4-module quiet zone. */
function rasterise(dark: boolean[][], scale = 4, quiet = 4) {
	const side = (dark.length + 2 * quiet) * scale;
	const data = new Uint8ClampedArray(side * side * 4).fill(255);
	for (let y = 0; y < dark.length; y++)
		for (let x = 0; x < dark.length; x++) {
			if (!dark[y][x]) continue;
			for (let dy = 0; dy < scale; dy++)
				for (let dx = 0; dx < scale; dx++) {
					const p = (((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx) * 4;
					data[p] = data[p + 1] = data[p + 2] = 0;
				}
		}
	return { data, side };
}

describe('qr', () => {
	it('encodes a typical assignment link in version 10 or lower, and a standard decoder reads it back', () => {
		for (const a of [TYPICAL, ...TYPICAL_MORE]) {
			const url = `${ORIGIN}#assign=${encodeAssignmentFragment(a)}`;
			const { version, dark } = qrMatrix(url);
			expect(version).toBeLessThanOrEqual(10);
			const { data, side } = rasterise(dark);
			expect(jsQR(data, side, side)?.data).toBe(url);
		}
	});

	it('renders SVG with the quiet zone and no input text in the markup', () => {
		const text = '<script>alert(1)</script>';
		const { svg, version, size } = qrSvg(text);
		expect(version).toBe(2);
		expect(size).toBe(25);
		expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 33 33"/);
		expect(svg).not.toContain('script');
	});

	it('draws exactly the dark modules', () => {
		const { svg, size } = qrSvg('https://casedeck.example.org/');
		const { dark } = qrMatrix('https://casedeck.example.org/');
		const area = [...svg.matchAll(/h(\d+)v1/g)].reduce((n, m) => n + Number(m[1]), 0);
		expect(area).toBe(dark.flat().filter(Boolean).length);
		expect(size).toBe(dark.length);
	});
});
