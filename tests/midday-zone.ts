// The study day rolls over at 04:00 local time (Settings → day start). A suite that runs across
// that moment sees a card answered at 03:55 fall due "tomorrow" and its counts change, so the
// browser suites run in a fixed-offset zone where it is about noon whenever they start.

/** An IANA `Etc/GMT±N` zone in which `now` is between 11:30 and 12:30 local time. */
export function middayTimezone(now: Date = new Date()): string {
	const utcHours = now.getUTCHours() + now.getUTCMinutes() / 60;
	// Local = UTC + offset, −12 … +12 whole hours: all exist (Etc/GMT+12 … Etc/GMT-14).
	const offset = Math.round(12 - utcHours);
	// POSIX-style names invert the sign: Etc/GMT-5 is five hours ahead of UTC.
	return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}
