/** Study settings the scheduler and queue read. */
export interface StudySettings {
	/** Desired retention, 0.70–0.97. */
	retention: number;
	/** New items introduced per study day, per deck. */
	newPerDay: number;
	/** Local hour (0–23) when a study day starts; residents on nights move it. */
	dayStartHour: number;
	/** Interval fuzz; on in the app, off in tests so outcomes are exact. */
	fuzz: boolean;
}

/** Defaults: FSRS-6 at 90 % retention, 20 new a day, day starts 04:00. */
export const DEFAULT_STUDY_SETTINGS: StudySettings = {
	retention: 0.9,
	newPerDay: 20,
	dayStartHour: 4,
	fuzz: true
};

/** Allowed range of desired retention. */
export const RETENTION_RANGE = { min: 0.7, max: 0.97 } as const;
