import { afterNavigate, replaceState } from '$app/navigation';

/**
 * Keeps a view's filter state in the address bar without a navigation. SvelteKit's router is ready only once the
 * first navigation has finished and `replaceState` throws before that, so a choice made after hydration but before
 * then is written as soon as the router is ready instead of being lost. Call during component initialisation.
 */
export function urlSync(href: () => string) {
	let pending = false;
	const write = () => {
		try {
			replaceState(href(), {});
			pending = false;
		} catch {
			pending = true;
		}
	};
	afterNavigate(() => {
		if (pending) write();
	});
	return {
		write,
		/** For state read before the router is ready (onMount): written once it is. */
		writeWhenReady: () => void (pending = true)
	};
}
