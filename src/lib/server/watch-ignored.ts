/**
 * What `npm run dev` does not watch: build output, test results and benchmark corpora, so a build next to the dev
 * server (or another engineer's) does not reload every page. The content folder is always watched, also when it is a
 * corpus inside bench/ (KENNISGRAAF_CONTENT=bench/corpus/10000): ignoring it would leave every edit unseen.
 */
const NOT_WATCHED = /[/\\](?:build|build-[^/\\]*|\.svelte-kit-[^/\\]*|test-results|bench)(?:[/\\]|$)/;

export function watchIgnored(content: string): (path: string) => boolean {
	const inside = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`) || path.startsWith(`${dir}\\`);
	// The content folder's ancestors stay watched too, or the watcher would never descend to it.
	return (path) => NOT_WATCHED.test(path) && !inside(path, content) && !inside(content, path);
}
