// Its own module: home's counts import it, and must not bring the whole queue with it.

/** Which of today's counts an item falls in: one rule for the queue, its updates and home's counts. */
export function queueBucket(s: { state: number } | undefined): 'learning' | 'review' | 'new' {
	if (!s) return 'new';
	return s.state === 1 || s.state === 3 ? 'learning' : 'review';
}
