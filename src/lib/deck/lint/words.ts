// The fixed word lists of decks:lint (documented in decks/README.md). Change them only with
// the README: a deck author must be able to predict what the checker flags.

/** Hedges: an option that alone qualifies its claim is a cue to the key (NBME). */
export const HEDGES = [
	'may',
	'might',
	'could',
	'possibly',
	'possible',
	'probably',
	'likely',
	'usually',
	'often',
	'generally',
	'typically',
	'sometimes',
	'frequently',
	'commonly',
	'perhaps',
	'mostly'
] as const;

/** Absolutes: options that say these are seldom true, so they cue "not the key" (NBME). */
export const ABSOLUTES = [
	'always',
	'never',
	'all',
	'every',
	'none',
	'reliably',
	'invariably',
	'completely',
	'entirely',
	'must'
] as const;

/** Negative lead-in words; NBME asks for them to be avoided, or at least emphasised. */
export const NEGATIVES = ['not', 'except', 'least'] as const;

/** Words too common to count as a stem–key word match. */
export const STOPWORDS = new Set(
	`about above after again against also among another because been before being below
	between both cannot case cases could does doing down during each from further have having
	here into itself just more most much only other over same should since some such than that
	their them then there these they this those through under until very were what when where
	which while with would your patient patients following best most likely`
		.split(/\s+/)
		.filter(Boolean)
);

/**
 * Hosts that re-publish others' work (indexes, document dumps, textbook copies, AI
 * summaries): link the publisher, PubMed or PMC instead. Subdomains match too.
 */
export const AGGREGATOR_HOSTS = [
	'lookfordiagnosis.com',
	'ouci.dntb.gov.ua',
	'lausr.org',
	'doaj.org',
	'scribd.com',
	'researcher.life',
	'researchgate.net',
	'semanticscholar.org',
	'academia.edu',
	'medluna.com',
	'peeref.com',
	'metajournal.com',
	'studylib.net',
	'docslib.org',
	'1library.net',
	'moam.info',
	'readkong.com',
	'coek.info',
	'doczz.net',
	'healthdocbox.com',
	'booksci.cn',
	'fx361.cc',
	'aneskey.com',
	'neupsykey.com',
	'radiologykey.com',
	'droracle.ai',
	'acemap.info',
	'oalib.com'
] as const;

/** Source types that are not primary, peer-reviewed or guideline text: never graded High. */
export const WEAK_TYPES = new Set(['encyclopaedia', 'teaching-page', 'aggregator']);

/** Source types that are journal articles and so need a DOI or PMID. */
export const JOURNAL_TYPES = new Set(['journal-article']);

/** The key is "much longer" when it has at least this many times the next option's characters. */
export const MUCH_LONGER = 1.5;

/** Share of a deck's questions above which "the key is the longest option" is a pattern. */
export const LONGEST_SHARE = 1 / 3;
