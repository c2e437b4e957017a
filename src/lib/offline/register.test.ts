import { describe, expect, it, vi } from 'vitest';
import { REGISTER_DELAY_MS, registerServiceWorkerLater } from './index.ts';

function fakeWindow(readyState: DocumentReadyState, withIdle = true) {
	const listeners = new Map<string, () => void>();
	const timers: Array<{ cb: () => void; ms: number }> = [];
	const idles: Array<() => void> = [];
	const register = vi.fn(() => Promise.resolve({}));
	const win = {
		document: { readyState },
		navigator: { serviceWorker: { register } },
		addEventListener: (type: string, cb: () => void) => listeners.set(type, cb),
		setTimeout: (cb: () => void, ms: number) => timers.push({ cb, ms }),
		requestIdleCallback: withIdle ? (cb: () => void) => idles.push(cb) : undefined
	};
	return { win: win as never, listeners, timers, idles, register };
}

describe('registerServiceWorkerLater', () => {
	it('waits for load, then the delay, then an idle moment', () => {
		const f = fakeWindow('loading');
		registerServiceWorkerLater('/service-worker.js', { type: 'classic' }, f.win);
		expect(f.timers).toHaveLength(0);
		f.listeners.get('load')!();
		expect(f.timers).toEqual([{ cb: expect.any(Function), ms: REGISTER_DELAY_MS }]);
		f.timers[0].cb();
		expect(f.register).not.toHaveBeenCalled();
		f.idles[0]();
		expect(f.register).toHaveBeenCalledWith('/service-worker.js', { type: 'classic' });
	});

	it('starts the delay at once when the page has already loaded', () => {
		const f = fakeWindow('complete', false);
		registerServiceWorkerLater('/sw.js', {}, f.win);
		expect(f.listeners.size).toBe(0);
		f.timers[0].cb();
		expect(f.register).toHaveBeenCalledOnce();
	});

	it('does nothing where service workers are unsupported, and swallows a refused registration', async () => {
		const bare = { document: { readyState: 'complete' }, navigator: {} } as never;
		expect(() => registerServiceWorkerLater('/sw.js', {}, bare)).not.toThrow();
		const f = fakeWindow('complete', false);
		f.register.mockReturnValueOnce(Promise.reject(new Error('SecurityError')));
		registerServiceWorkerLater('/sw.js', {}, f.win);
		f.timers[0].cb();
		await Promise.resolve();
		expect(f.register).toHaveBeenCalledOnce();
	});
});
