// Seeded randomness for generated test and bench data (same output every run): the app's own
// generator (src/lib/quiz/shuffle.ts), not a second copy of it.
import { mulberry32 } from '../../src/lib/quiz/shuffle.ts';

/** A seeded generator of floats in [0, 1). */
export const rng = (seed: number): (() => number) => mulberry32(seed);
