// Minimal typings for an untyped text package used at build time.
declare module 'stopword' {
	export const nld: string[];
}
