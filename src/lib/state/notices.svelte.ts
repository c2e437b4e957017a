/** A message the app shows until dismissed. */
export interface Notice {
	id: string;
	kind: 'warning' | 'error' | 'info';
	text: string;
	/** A button beside the text, e.g. "Undo" after a suspend; pressing it also dismisses. */
	action?: { label: string; run: () => void };
}

/** The app's notices; a tiny module so every page can show them without loading storage code. */
class NoticeBoard {
	list = $state.raw<Notice[]>([]);

	/** Shows a notice (replacing one with the same id). */
	notify(kind: Notice['kind'], text: string, id = text, action?: Notice['action']): void {
		this.list = [...this.list.filter((n) => n.id !== id), { id, kind, text, action }];
	}

	/** Hides a notice. */
	dismiss(id: string): void {
		if (this.list.some((n) => n.id === id)) this.list = this.list.filter((n) => n.id !== id);
	}
}

/** The tab's notice board. */
export const notices = new NoticeBoard();
