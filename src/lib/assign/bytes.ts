/** Byte helpers for the link payload: base64url and unsigned LEB128 varints. */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Base64url without padding (RFC 4648 §5): safe in a URL fragment as it is. */
export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
	}
	return out;
}

/** Decodes base64url without padding; undefined on a foreign character or an impossible length. */
export function fromBase64Url(text: string): Uint8Array | undefined {
	if (text.length % 4 === 1) return undefined;
	const out = new Uint8Array(Math.floor((text.length * 6) / 8));
	let bits = 0;
	let acc = 0;
	let j = 0;
	for (const c of text) {
		const v = B64_INDEX.get(c);
		if (v === undefined) return undefined;
		acc = (acc << 6) | v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[j++] = (acc >> bits) & 0xff;
		}
		acc &= (1 << bits) - 1;
	}
	// Leftover bits must be zero, so each byte string has exactly one spelling.
	return acc === 0 ? out : undefined;
}

/** Appends bytes and varints into a growing buffer. */
export class ByteWriter {
	#bytes: number[] = [];
	/** Appends one byte. */
	byte(b: number): this {
		this.#bytes.push(b & 0xff);
		return this;
	}
	/** Appends bytes as they are. */
	raw(bytes: Uint8Array): this {
		for (const b of bytes) this.#bytes.push(b);
		return this;
	}
	/** Appends a non-negative safe integer as an unsigned LEB128 varint. */
	uint(n: number): this {
		if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a uint: ${n}`);
		while (n >= 0x80) {
			this.#bytes.push((n % 0x80) | 0x80);
			n = Math.floor(n / 0x80);
		}
		this.#bytes.push(n);
		return this;
	}
	/** The bytes written so far. */
	bytes(): Uint8Array {
		return Uint8Array.from(this.#bytes);
	}
}

/** Reads bytes and varints; every read returns undefined past the end instead of throwing. */
export class ByteReader {
	#pos = 0;
	constructor(readonly bytes: Uint8Array) {}
	/** Bytes not yet read. */
	get left(): number {
		return this.bytes.length - this.#pos;
	}
	/** One byte. */
	byte(): number | undefined {
		return this.#pos < this.bytes.length ? this.bytes[this.#pos++] : undefined;
	}
	/** `n` bytes. */
	raw(n: number): Uint8Array | undefined {
		if (n > this.left) return undefined;
		const out = this.bytes.subarray(this.#pos, this.#pos + n);
		this.#pos += n;
		return out;
	}
	/** The rest. */
	rest(): Uint8Array {
		return this.raw(this.left)!;
	}
	/** An unsigned LEB128 varint, in its shortest spelling only; at most 7 bytes (2^49). */
	uint(): number | undefined {
		let n = 0;
		let scale = 1;
		for (let i = 0; i < 7; i++) {
			const b = this.byte();
			if (b === undefined) return undefined;
			n += (b & 0x7f) * scale;
			if (!(b & 0x80)) return i > 0 && b === 0 ? undefined : n;
			scale *= 0x80;
		}
		return undefined;
	}
}
