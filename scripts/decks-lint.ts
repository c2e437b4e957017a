// `npm run decks:lint [--strict] [files…]`: item-writing and citation checks (see
// decks/README.md). Prints file:line warnings; exits 1 on any warning (and, with --strict,
// on advice too) or on a deck that does not validate.
import { deckPaths, readDeckFile } from '../src/lib/deck/build.ts';
import { formatWarning, lintDeck } from '../src/lib/deck/lint/index.ts';
import { formatIssue } from '../src/lib/deck/parse.ts';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const files = args.filter((a) => a !== '--strict');
const paths = files.length ? files : deckPaths('decks');
let failed = false;
for (const path of paths) {
	const { file, text, parsed } = readDeckFile(path);
	if (!parsed.ok) {
		for (const issue of parsed.issues) console.error(formatIssue(issue));
		failed = true;
		continue;
	}
	const found = lintDeck(parsed.deck, text, file);
	for (const w of found) (w.severity === 'warning' ? console.error : console.log)(formatWarning(w));
	const warnings = found.filter((w) => w.severity === 'warning').length;
	const advice = found.length - warnings;
	if (warnings || (strict && advice)) failed = true;
	console.log(`${found.length ? 'lint' : 'ok'} ${file}: ${warnings} warnings, ${advice} advice`);
}
if (!paths.length) console.log('no deck files');
process.exit(failed ? 1 : 0);
