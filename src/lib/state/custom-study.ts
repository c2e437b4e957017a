// The "nothing due" screen's figures, in the session summary's own chunk: the study page's first
// load carries only the answers they are worked out from (see session/today.ts).
import { itemKey } from '$lib/log/index.ts';
import { localOffset, studyDayStart } from '$lib/srs/index.ts';
import { dayMisses, dayTotals, type DayTotals } from '$lib/stats/index.ts';
import type { StudySession } from './study.svelte.ts';

/** Today's totals, today's misses and what is left to learn, for custom study. */
export interface TodayFigures {
	today: DayTotals;
	/** Items whose last answer today was wrong, in answer order. */
	misses: string[];
	/** Items of the deck (or the session's topic) never answered and not suspended. */
	unseen: number;
}

/** Works out today's figures from the session's answers of the last hours and its progress. */
export function todayFigures(session: StudySession, now: number): TodayFigures {
	const { core } = session;
	const hour = core.settings.dayStartHour;
	const dayStart = studyDayStart(now, localOffset(now), hour);
	const today = dayTotals(core.todayAnswers, dayStart, hour);
	core.keepToday(today, now);
	let unseen = 0;
	for (const item of session.deck.items)
		if (!session.topic || item.topics.includes(session.topic)) {
			const p = core.progress.progress(itemKey(session.deck.id, item.id));
			if (!p.state && !p.suspended) unseen++;
		}
	return { today, misses: dayMisses(core.todayAnswers, dayStart, hour), unseen };
}
