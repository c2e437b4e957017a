import '@testing-library/jest-dom/vitest';

// jsdom has no ResizeObserver (bind:offsetHeight uses one); layout is not tested here.
globalThis.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
} as unknown as typeof ResizeObserver;
