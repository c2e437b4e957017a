const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Offset that maps a real time to "study-day time", whose UTC midnight is the local day
 * boundary. ts-fsrs counts days in UTC, so scheduling happens in this frame.
 */
export function dayShift(tzMinutes: number, dayStartHour: number): number {
	return tzMinutes * 60_000 - dayStartHour * HOUR;
}

/** Start (epoch ms) of the study day containing `now`. */
export function studyDayStart(now: number, tzMinutes: number, dayStartHour: number): number {
	const shift = dayShift(tzMinutes, dayStartHour);
	return Math.floor((now + shift) / DAY) * DAY - shift;
}

/** Start of the next study day after `now`. */
export function nextStudyDay(now: number, tzMinutes: number, dayStartHour: number): number {
	return studyDayStart(now, tzMinutes, dayStartHour) + DAY;
}

/** The local UTC offset in minutes east of UTC at a time. */
export function localOffset(at: number): number {
	const off = -new Date(at).getTimezoneOffset();
	return off === 0 ? 0 : off; // avoid -0 in stored data
}
