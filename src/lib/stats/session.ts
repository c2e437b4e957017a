/** One answer, as the session summary needs it. */
export interface AnswerRecord {
	key: string;
	correct: boolean;
	topics: string[];
}

/** Accuracy of one topic in a session. */
export interface TopicAccuracy {
	topic: string;
	answered: number;
	correct: number;
	/** 0–1. */
	accuracy: number;
}

/** End-of-session figures. */
export interface SessionReport {
	reviewed: number;
	correct: number;
	accuracy: number;
	/** Item keys answered wrong (Again or a wrong choice), each once, in answer order. */
	missed: string[];
	byTopic: TopicAccuracy[];
	durationMs: number;
}

/** Summarises a session's answers; topics are listed in `topicOrder`. */
export function sessionReport(
	answers: readonly AnswerRecord[],
	topicOrder: readonly string[],
	startedAt: number,
	endedAt: number
): SessionReport {
	const byTopic = new Map<string, { answered: number; correct: number }>();
	const missed: string[] = [];
	let correct = 0;
	for (const a of answers) {
		if (a.correct) correct++;
		else if (!missed.includes(a.key)) missed.push(a.key);
		for (const t of a.topics) {
			const s = byTopic.get(t) ?? { answered: 0, correct: 0 };
			s.answered++;
			if (a.correct) s.correct++;
			byTopic.set(t, s);
		}
	}
	return {
		reviewed: answers.length,
		correct,
		accuracy: answers.length ? correct / answers.length : 0,
		missed,
		byTopic: topicOrder
			.filter((t) => byTopic.has(t))
			.map((t) => {
				const s = byTopic.get(t)!;
				return { topic: t, ...s, accuracy: s.correct / s.answered };
			}),
		durationMs: Math.max(0, endedAt - startedAt)
	};
}

/** "3 min 20 s" style duration. */
export function formatDuration(ms: number): string {
	const s = Math.round(ms / 1000);
	if (s < 60) return `${s} s`;
	const m = Math.floor(s / 60);
	return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
}
