// `npm run decks:check [files…]`: validates deck files; prints file:line messages, never a stack.
import { deckPaths, loadDeckFile } from '../src/lib/deck/build.ts';
import { formatIssue } from '../src/lib/deck/parse.ts';

const files = process.argv.slice(2);
const paths = files.length ? files : deckPaths('decks');
let bad = 0;
for (const path of paths) {
	const r = loadDeckFile(path);
	if (r.ok) {
		const kinds: Record<string, number> = {};
		for (const i of r.deck.items) kinds[i.kind] = (kinds[i.kind] ?? 0) + 1;
		const byKind = Object.entries(kinds)
			.map(([k, n]) => `${n} ${k}`)
			.join(', ');
		console.log(
			`ok ${r.file}: ${r.deck.cards.length} cards, ${r.deck.items.length} items (${byKind})`
		);
	} else {
		bad++;
		for (const issue of r.issues) console.error(formatIssue(issue));
	}
}
if (!paths.length) console.log('no deck files');
process.exit(bad ? 1 : 0);
