import { deflateSync, inflateSync } from 'fflate';
import { ASSIGNMENT_FORMAT, checkAssignment, type Assignment } from './assignment.ts';
import { ByteReader, ByteWriter, fromBase64Url, toBase64Url } from './bytes.ts';
import { crc32 } from './crc32.ts';
import { LINK_DICTIONARY_V1 } from './link-dictionary.ts';

/** Why a link could not be opened; `message` says it in plain words, with what to do. */
export type LinkProblem = 'damaged' | 'newer-version' | 'not-an-assignment' | 'invalid';

/** Result of decoding a link's fragment value; never an exception. */
export type DecodedLink =
	{ ok: true; assignment: Assignment } | { ok: false; reason: LinkProblem; message: string };

// Layout (format 1), all after base64url:
//   [0xA0 | format] [CRC-32 of everything else, big-endian ×4] [flags] [id ×8]
//   uint revision, uint deck revision, uint due (days since 1970-01-01),
//   [uint recall %] [uint timed questions, uint timed score %]
//   text: deck id, title, program, [note], topics… joined by NUL, deflated with a preset
//   dictionary when that is shorter.
const MAGIC = 0xa0;
const FLAG = { deflated: 1, note: 2, allTopics: 4, recall: 8, timed: 16 } as const;
const KNOWN_FLAGS = 31;
const HEAD = 6 + 8;
/** Longest fragment value read at all: far above any valid link, far below a memory problem. */
const MAX_FRAGMENT = 12_000;
/** Longest text part once inflated (the schema's limits allow ~7 KB). */
const MAX_TEXT = 16_384;
const DAY = 86_400_000;

let dictionary: Uint8Array | undefined;
const dict = () => (dictionary ??= new TextEncoder().encode(LINK_DICTIONARY_V1));

/** Encodes a valid assignment as a URL fragment value (base64url, no `#` or key). */
export function encodeAssignmentFragment(a: Assignment): string {
	const strings = [a.deck.id, a.title, a.program, ...(a.note !== undefined ? [a.note] : [])];
	if (a.topics !== 'all') strings.push(...a.topics);
	const plain = new TextEncoder().encode(strings.join('\0'));
	const packed = deflateSync(plain, { level: 9, dictionary: dict() });
	const deflated = packed.length < plain.length;
	let flags = deflated ? FLAG.deflated : 0;
	if (a.note !== undefined) flags |= FLAG.note;
	if (a.topics === 'all') flags |= FLAG.allTopics;
	if (a.done.recallPercent !== undefined) flags |= FLAG.recall;
	if (a.done.timed) flags |= FLAG.timed;
	const w = new ByteWriter().byte(flags);
	for (let i = 0; i < 16; i += 2) w.byte(parseInt(a.id.slice(i, i + 2), 16));
	const [y, m, d] = a.due.split('-').map(Number);
	w.uint(a.revision)
		.uint(a.deck.revision)
		.uint(Date.UTC(y, m - 1, d) / DAY);
	if (a.done.recallPercent !== undefined) w.uint(a.done.recallPercent);
	if (a.done.timed) w.uint(a.done.timed.questions).uint(a.done.timed.scorePercent);
	const body = w.raw(deflated ? packed : plain).bytes();
	const head = MAGIC | ASSIGNMENT_FORMAT;
	const crc = crc32(Uint8Array.of(head, ...body));
	return toBase64Url(Uint8Array.of(head, crc >>> 24, crc >>> 16, crc >>> 8, crc, ...body));
}

const damaged = (): DecodedLink => ({
	ok: false,
	reason: 'damaged',
	message:
		'This assignment link is damaged or incomplete: part of it was lost or changed on the way. Nothing was changed here. Ask your program director to send the link again, or scan the QR code.'
});
const invalid = (detail: string): DecodedLink => ({
	ok: false,
	reason: 'invalid',
	message: `This assignment link is complete but its content is not valid (${detail}). Nothing was changed here. Ask your program director to make the assignment again.`
});

/** Decodes a fragment value made by {@link encodeAssignmentFragment}; never throws. */
export function decodeAssignmentFragment(value: string): DecodedLink {
	try {
		return decode(value);
	} catch {
		// Every path above returns a result; this only guards a library surprise.
		return damaged();
	}
}

function decode(value: string): DecodedLink {
	const text = value.trim();
	if (text === '' || text.length > MAX_FRAGMENT)
		return {
			ok: false,
			reason: 'not-an-assignment',
			message:
				'This link does not contain a CaseDeck assignment. Nothing was changed here. Check that you opened the whole link your program director sent.'
		};
	const bytes = fromBase64Url(text);
	if (!bytes || bytes.length < HEAD) return bytes ? damaged() : notOurs(text);
	if ((bytes[0] & 0xf0) !== MAGIC) return notOurs(text);
	const format = bytes[0] & 0x0f;
	if (format > ASSIGNMENT_FORMAT)
		return {
			ok: false,
			reason: 'newer-version',
			message:
				'This assignment was made with a newer version of CaseDeck. Nothing was changed here. Reload the app to update it (go online once if you are offline), then open the link again.'
		};
	if (format < 1) return notOurs(text);
	const crc = ((bytes[1] << 24) | (bytes[2] << 16) | (bytes[3] << 8) | bytes[4]) >>> 0;
	const body = bytes.subarray(5);
	if (crc32(Uint8Array.of(bytes[0], ...body)) !== crc) return damaged();
	return parseBody(new ByteReader(body));
}

function notOurs(text: string): DecodedLink {
	// A base64url-looking value that fails the magic is most likely cut or altered; anything
	// else is some other link's fragment.
	return /^[A-Za-z0-9_-]{20,}$/.test(text)
		? damaged()
		: {
				ok: false,
				reason: 'not-an-assignment',
				message:
					'This link does not contain a CaseDeck assignment. Nothing was changed here. Check that you opened the whole link your program director sent.'
			};
}

function parseBody(r: ByteReader): DecodedLink {
	const flags = r.byte()!;
	if (flags & ~KNOWN_FLAGS) return invalid('unknown options');
	const idBytes = r.raw(8)!;
	const id = [...idBytes].map((b) => b.toString(16).padStart(2, '0')).join('');
	const revision = r.uint();
	const deckRevision = r.uint();
	const dueDay = r.uint();
	const recall = flags & FLAG.recall ? r.uint() : 0;
	const questions = flags & FLAG.timed ? r.uint() : 0;
	const score = flags & FLAG.timed ? r.uint() : 0;
	if ([revision, deckRevision, dueDay, recall, questions, score].includes(undefined))
		return invalid('numbers cut short');
	const packed = r.rest();
	let plain: Uint8Array;
	if (flags & FLAG.deflated) {
		try {
			plain = inflateSync(packed, { dictionary: dict(), out: new Uint8Array(MAX_TEXT + 1) });
		} catch {
			return invalid('text does not unpack');
		}
		if (plain.length > MAX_TEXT) return invalid('text too long');
	} else plain = packed;
	let joined: string;
	try {
		joined = new TextDecoder('utf-8', { fatal: true }).decode(plain);
	} catch {
		return invalid('text is not UTF-8');
	}
	const strings = joined.split('\0');
	const fixed = flags & FLAG.note ? 4 : 3;
	if (strings.length < fixed) return invalid('fields missing');
	const [deckId, title, program] = strings;
	const topics = strings.slice(fixed);
	if (flags & FLAG.allTopics && topics.length) return invalid('topics given with "all"');
	const due = new Date(dueDay! * DAY);
	const candidate: Assignment = {
		format: ASSIGNMENT_FORMAT,
		id,
		revision: revision!,
		title,
		...(flags & FLAG.note ? { note: strings[3] } : {}),
		program,
		deck: { id: deckId, revision: deckRevision! },
		topics: flags & FLAG.allTopics ? 'all' : topics,
		done: {
			...(flags & FLAG.recall ? { recallPercent: recall } : {}),
			...(flags & FLAG.timed ? { timed: { questions: questions!, scorePercent: score! } } : {})
		},
		due: Number.isFinite(due.getTime()) ? due.toISOString().slice(0, 10) : ''
	};
	const checked = checkAssignment(candidate);
	return checked.ok ? checked : invalid(checked.message);
}
