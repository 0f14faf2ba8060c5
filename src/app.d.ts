// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** In `npm run dev`: the content file of the page and its errors (src/lib/server/site.ts). */
			file?: string;
			problems?: { line?: number; message: string; hint: string }[];
		}
	}
}
export {};
