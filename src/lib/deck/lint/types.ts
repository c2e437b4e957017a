/** How much a finding matters: a warning is an item-writing flaw; advice is worth a look. */
export type Severity = 'warning' | 'advice';

/** One finding of decks:lint, located in the deck file. */
export interface Warning {
	file: string;
	/** 1-based line in the deck file (1 when no text was given). */
	line: number;
	/** Field path, e.g. `cards[7].options[2].text`. */
	path: string;
	/** The card the finding is about; absent for deck- or source-level findings. */
	cardId?: string;
	rule: string;
	severity: Severity;
	message: string;
}

/** A finding before it is located: rules return these (pure, no file text needed). */
export interface Finding {
	path: (string | number)[];
	cardId?: string;
	message: string;
}

/** One single-best-answer question of a deck: an mcq card or a vignette step with options. */
export interface Question {
	cardId: string;
	/** Path of the object holding `stem` and `options`. */
	path: (string | number)[];
	stem: string;
	options: { id: string; text: string; correct?: boolean; why: string }[];
}
