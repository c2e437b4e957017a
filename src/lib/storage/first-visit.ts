// A new learner's first card is prerendered into the study page (see routes/decks/[id]/study);
// whether this visit may show it is decided twice by one rule: before the first paint by the
// inline FIRST_VISIT_SCRIPT, and by the page itself when it renders on the client.
import { keysWithPrefix, PREFIX, type KV } from './kv.ts';
export { FIRST_VISIT_SCRIPT } from './first-visit-script.js';

/** True when nothing of CaseDeck is stored here and no topic is asked for: a first visit. */
export function isFirstVisit(kv: KV, hash: string): boolean {
	if (/(^|&)topic=/.test(hash.replace(/^#/, ''))) return false;
	try {
		void kv.length; // a storage that throws here is unreadable: not a first visit
	} catch {
		return false;
	}
	return keysWithPrefix(kv, PREFIX).length === 0;
}
