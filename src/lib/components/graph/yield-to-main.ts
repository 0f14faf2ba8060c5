/**
 * Give the browser a turn (paint, input) before going on, so that steps of work do not add up
 * to one long task. scheduler.yield keeps our place in the queue where it exists.
 */
export function yieldToMain(): Promise<void> {
	const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return s?.yield ? s.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));
}
