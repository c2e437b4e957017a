// Item-writing rules for one single-best-answer question (NBME item-writing guide flaws a
// program can see). Each returns a message when the question has the flaw, else undefined.
import type { Question } from './types.ts';
import { ABSOLUTES, HEDGES, MUCH_LONGER, NEGATIVES, STOPWORDS } from './words.ts';
import { leadIn, normalised, stemOf, visibleLength, words, wordsFrom } from './text.ts';

const keyOf = (q: Question) => q.options.find((o) => o.correct === true);
const distractorsOf = (q: Question) => q.options.filter((o) => o.correct !== true);

/** Whether the key is strictly the longest option, by characters or by words. */
export function keyIsLongest(q: Question): { chars: boolean; words: boolean } {
	const key = keyOf(q);
	if (!key) return { chars: false, words: false };
	const others = distractorsOf(q);
	return {
		chars: others.every((o) => visibleLength(o.text) < visibleLength(key.text)),
		words: others.every((o) => words(o.text).length < words(key.text).length)
	};
}

/** The key has ≥ 1.5× the characters of the next-longest option: length gives it away. */
export function keyMuchLonger(q: Question): string | undefined {
	const key = keyOf(q);
	if (!key) return undefined;
	const next = Math.max(...distractorsOf(q).map((o) => visibleLength(o.text)));
	const len = visibleLength(key.text);
	if (next > 0 && len >= MUCH_LONGER * next)
		return `the key (${len} characters) is ≥ ${MUCH_LONGER}× the next-longest option (${next})`;
	return undefined;
}

/** Only the key hedges ("may", "usually"…): test-wise readers pick the qualified option. */
export function hedgeOnlyInKey(q: Question): string | undefined {
	const key = keyOf(q);
	if (!key) return undefined;
	const hedges = wordsFrom(key.text, HEDGES);
	if (!hedges.length) return undefined;
	if (distractorsOf(q).some((o) => wordsFrom(o.text, HEDGES).length)) return undefined;
	return `only the key hedges ("${hedges.join('", "')}"); hedge a distractor too or drop it`;
}

/** Absolutes ("always", "never"…) only in distractors: readers rule those options out. */
export function absolutesOnlyInDistractors(q: Question): string | undefined {
	const key = keyOf(q);
	if (!key || wordsFrom(key.text, ABSOLUTES).length) return undefined;
	const found = [...new Set(distractorsOf(q).flatMap((o) => wordsFrom(o.text, ABSOLUTES)))];
	if (!found.length) return undefined;
	return `absolute words ("${found.join('", "')}") appear only in distractors`;
}

/** "All of the above" / "none of the above" options: NBME advises against both. */
export function allNoneOfTheAbove(q: Question): string | undefined {
	const bad = q.options.find((o) =>
		/\b(all|none|both|neither) of the (above|others)\b/i.test(o.text)
	);
	return bad ? `option ${bad.id} is "${bad.text.trim()}"; write a full option instead` : undefined;
}

/** A negative lead-in ("NOT", "EXCEPT") that is not emphasised is easily misread. */
export function negativeLeadIn(q: Question): string | undefined {
	// Emphasised words (**not**, *NOT*, _not_) are removed first; what remains is plain.
	const plain = leadIn(q.stem).replace(/(\*\*|__|\*|_)[^*_]+\1/g, ' ');
	const found = wordsFrom(plain, NEGATIVES);
	if (!found.length) return undefined;
	return `negative lead-in ("${found.join('", "')}") without emphasis; ask positively or bold it`;
}

/** A content word shared by stem and key but by no distractor: a word-match cue. */
export function stemKeyWordMatch(q: Question): string | undefined {
	const key = keyOf(q);
	if (!key) return undefined;
	const content = (t: string) =>
		new Set(
			words(t)
				.filter((w) => w.length >= 4 && !STOPWORDS.has(w))
				.map(stemOf)
		);
	const stem = content(q.stem);
	const inDistractors = new Set(distractorsOf(q).flatMap((o) => [...content(o.text)]));
	const shared = [...content(key.text)].filter((w) => stem.has(w) && !inDistractors.has(w));
	if (!shared.length) return undefined;
	return `"${shared.join('", "')}" is in the stem and the key but in no distractor`;
}

/** Options whose explanations are word-for-word the same teach nothing option by option. */
export function repeatedWhy(q: Question): string | undefined {
	const seen = new Map<string, string[]>();
	for (const o of q.options) {
		const k = normalised(o.why);
		seen.set(k, [...(seen.get(k) ?? []), o.id]);
	}
	const dup = [...seen.values()].find((ids) => ids.length > 1);
	return dup ? `options ${dup.join(', ')} have the same why; say why each one is wrong` : undefined;
}
