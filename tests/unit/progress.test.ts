/** A long loop's progress lines come at most every PROGRESS_EVERY_MS (scripts/progress-line.js). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_EVERY_MS, throttledProgress } from '../../scripts/progress-line.js';

afterEach(() => vi.useRealTimers());

describe('throttled progress', () => {
	it('prints the first line once the interval has passed, then at most one per interval', () => {
		vi.useFakeTimers({ toFake: ['performance'] });
		const printed: string[] = [];
		const every = throttledProgress((text) => printed.push(text));
		every('a');
		vi.advanceTimersByTime(PROGRESS_EVERY_MS - 1);
		every('b');
		expect(printed).toEqual([]);
		vi.advanceTimersByTime(1);
		every('c');
		every('d');
		expect(printed).toEqual(['c']);
		vi.advanceTimersByTime(PROGRESS_EVERY_MS);
		every('e');
		expect(printed).toEqual(['c', 'e']);
		expect(PROGRESS_EVERY_MS).toBeLessThan(2000);
	});
});
