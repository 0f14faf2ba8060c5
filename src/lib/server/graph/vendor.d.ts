// Minimal typings for two untyped text packages used at build time.
declare module 'snowball-stemmers' {
	const snowball: { newStemmer(language: string): { stem(word: string): string } };
	export default snowball;
}
declare module 'stopword' {
	export const nld: string[];
}
