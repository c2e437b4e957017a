import { encode } from 'uqr';

/** A QR code rendered as SVG markup, and the QR version the text needed. */
export interface QrCode {
	svg: string;
	version: number;
	/** Modules per side, without the quiet zone. */
	size: number;
}

/** Light modules around the code: the standard asks for four, and phone cameras need them. */
const QUIET = 4;

/** The QR module matrix of `text` at error correction M, in the smallest version that fits. */
export function qrMatrix(text: string): { version: number; size: number; dark: boolean[][] } {
	const qr = encode(text, { ecc: 'M', border: 0 });
	return { version: qr.version, size: qr.size, dark: qr.data };
}

/**
 * Renders `text` as a QR code (error correction M, smallest version) in SVG: one path of
 * horizontal runs, black on white whatever the page's colours, so it scans in dark mode too.
 * The SVG contains no text from `text` except as modules, so it is safe to insert as markup.
 */
export function qrSvg(text: string): QrCode {
	const { version, size, dark } = qrMatrix(text);
	let d = '';
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size;) {
			if (!dark[y][x]) {
				x++;
				continue;
			}
			let run = 1;
			while (x + run < size && dark[y][x + run]) run++;
			d += `M${x + QUIET} ${y + QUIET}h${run}v1h-${run}z`;
			x += run;
		}
	const side = size + 2 * QUIET;
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges">` +
		`<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
	return { svg, version, size };
}
