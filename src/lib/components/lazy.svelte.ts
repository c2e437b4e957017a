// Components that only some study screens need: each loads on first use, or ahead of it, as
// its own chunk, so the study page's first load carries none of them.
import type { Component } from 'svelte';

/** A component imported on demand; `current` is reactive and set once it has loaded. */
export class LazyComponent<C extends Component<never>> {
	current = $state.raw<C | undefined>();
	/** Whether the last import failed (offline on a first visit): the screen offers a retry. */
	failed = $state(false);
	readonly #import: () => Promise<{ default: C }>;
	#pending: Promise<void> | undefined;

	constructor(load: () => Promise<{ default: C }>) {
		this.#import = load;
	}

	/** Starts the import (once); a failed import is tried again on the next call. */
	load(): void {
		if (this.#pending) return;
		this.failed = false;
		this.#pending = this.#import().then(
			(m) => {
				this.current = m.default;
			},
			() => {
				this.#pending = undefined;
				this.failed = true;
			}
		);
	}
}

/**
 * Only the browser shows these (a session opens after mount). Keeping the imports out of the
 * server build keeps the components' CSS out of the prerendered page: it comes with the chunk.
 */
const serverNever = () => new Promise<never>(() => {});

/** The level picker: only `level` cards need it (loaded when one is shown or queued next). */
export const levelPicker = new LazyComponent(() =>
	import.meta.env.SSR ? serverNever() : import('./LevelPicker.svelte')
);

/** Single-best-answer options: mcq cards and vignette steps (loaded when one is shown or queued). */
export const mcqOptions = new LazyComponent(() =>
	import.meta.env.SSR ? serverNever() : import('./McqOptions.svelte')
);

/** The end-of-session summary: loaded when the last card is on screen. */
export const sessionSummary = new LazyComponent(() =>
	import.meta.env.SSR ? serverNever() : import('./SessionSummary.svelte')
);

/** The item menu's actions (suspend, report a problem): loaded when the menu is opened. */
export const itemMenu = new LazyComponent(() =>
	import.meta.env.SSR ? serverNever() : import('./ItemMenu.svelte')
);

/**
 * An answer's sources and explanation: loaded when the first answer is revealed (a new
 * learner's first load is the card alone; from then on it is in memory and offline cache).
 */
export const sourcesPanel = new LazyComponent(() =>
	import.meta.env.SSR ? serverNever() : import('./SourcesPanel.svelte')
);

/**
 * Starts loading the views these items are answered with — the one place that knows which
 * kinds need which: the level picker for `level`, the options for `mcq` and vignette steps.
 */
export function loadViewsFor(items: readonly { kind: string }[]): void {
	if (items.some((i) => i.kind === 'level')) levelPicker.load();
	if (items.some((i) => i.kind === 'mcq' || i.kind === 'vignette')) mcqOptions.load();
}
