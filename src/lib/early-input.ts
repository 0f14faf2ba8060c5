/**
 * On a slow phone a visitor can type or choose before the page is interactive. On the first
 * load (navigation type 'enter'), the value a form control already holds wins over an absent
 * URL parameter, so that input is kept instead of being reset when the page hydrates.
 */
export function paramOrEarlyInput(params: URLSearchParams, name: string, form: HTMLFormElement | undefined, navigation: string): string {
	const early = navigation === 'enter' ? ((form?.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '') : '';
	return params.get(name) ?? early;
}

/** Text typed into a field before the page was interactive, while the visitor is still in it: act on it as if typed now. */
export const typedBeforeStart = (input: HTMLInputElement | undefined): boolean => Boolean(input?.value) && document.activeElement === input;
