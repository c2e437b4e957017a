// The study page loads the same deck as the deck page, for the same prerendered entries.
export { entries, load } from '../+page.ts';
