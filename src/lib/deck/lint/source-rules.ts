// Citation rules for one source of a deck. Each returns a message when the source has the
// problem, else undefined.
import type { DeckFile } from '../schema.ts';
import { AGGREGATOR_HOSTS, JOURNAL_TYPES, WEAK_TYPES } from './words.ts';

type Source = DeckFile['sources'][string];

const PMID = /\bPMID:?\s*\d{5,9}\b/i;
const PUBMED =
	/^https?:\/\/(www\.)?(pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov\/pubmed)\/\d+/i;

/** Whether a source is a journal article: by its `type`, or (untyped) by its `journal`. */
export function isJournal(s: Source): boolean {
	return s.type ? JOURNAL_TYPES.has(s.type) : Boolean(s.journal);
}

/** A journal article needs a DOI or PMID, so a reader can find the record itself. */
export function journalWithoutId(s: Source): string | undefined {
	if (!isJournal(s) || s.doi || PMID.test(s.citation) || PUBMED.test(s.url ?? '')) return undefined;
	return 'journal article without a DOI or PMID';
}

/** The host of a URL, or undefined if it is not one. */
function hostOf(url: string): string | undefined {
	try {
		return new URL(url).hostname.toLowerCase();
	} catch {
		return undefined;
	}
}

/** A link to a known aggregator: link the publisher, PubMed or PMC instead. */
export function aggregatorLink(s: Source): string | undefined {
	const host = s.url ? hostOf(s.url) : undefined;
	if (!host) return undefined;
	const hit = AGGREGATOR_HOSTS.find((a) => host === a || host.endsWith(`.${a}`));
	return hit ? `links ${hit}, an aggregator; link the publisher or PubMed` : undefined;
}

/** Encyclopaedic, teaching and aggregator pages are Medium at best under the fact-base key. */
export function highGradeWeakType(s: Source): string | undefined {
	if (s.grade !== 'High' || !s.type || !WEAK_TYPES.has(s.type)) return undefined;
	return `graded High but its type is ${s.type}; such sources are Medium at most`;
}

/** A source without a `type` cannot be checked for its grade. */
export function missingType(s: Source): string | undefined {
	return s.type ? undefined : 'no type (journal-article, textbook, guideline, teaching-page…)';
}
