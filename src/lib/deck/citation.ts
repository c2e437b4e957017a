import type { Source, SourceRef } from './types.ts';

/** One source as an answer cites it: the source once, with every quote the card takes from it. */
export interface CitedSource {
	ref: string;
	quotes: string[];
}

/** A card's refs grouped by source, in first-cited order, each quote once. */
export function citedSources(refs: readonly SourceRef[]): CitedSource[] {
	const byRef = new Map<string, CitedSource>();
	for (const r of refs) {
		let cited = byRef.get(r.ref);
		if (!cited) byRef.set(r.ref, (cited = { ref: r.ref, quotes: [] }));
		if (r.quote && !cited.quotes.includes(r.quote)) cited.quotes.push(r.quote);
	}
	return [...byRef.values()];
}

/**
 * A short citation to show first ("Noma et al., J Neurosurg Case Lessons 2025"): the first
 * author's surname (or the organisation), the journal and the year when the source has them.
 */
export function shortCitation(
	s: Pick<Source, 'authors' | 'citation' | 'journal' | 'year'>
): string {
	const who = s.authors ?? s.citation.split(/\.\s/)[0];
	const names = who.split(/,\s*|\s+and\s+/).filter(Boolean);
	let lead = names[0]?.trim() ?? '';
	// "Provenzano MJ": a surname followed by initials.
	const person = /^(.+?)\s+[A-Z]{1,3}$/.exec(lead);
	if (person && !who.includes(' Department')) lead = person[1];
	if (person && names.length > 1) lead += ' et al.';
	const where = [s.journal, s.year].filter((x) => x !== undefined && x !== '').join(' ');
	return where && !lead.includes(String(s.journal)) ? `${lead}, ${where}` : lead;
}
