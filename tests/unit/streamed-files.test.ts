/** The large files a build writes beside SvelteKit's prerender, put over their placeholders by the adapter (scripts/streamed-files.js). */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { placeStreamed, placeholder, streamedDir } from '../../scripts/streamed-files.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A SvelteKit output folder with `streamed` files, and a site folder with `placed` placeholders. */
function setUp(streamed: Record<string, string>, placed: string[]) {
	const root = mkdtempSync(join(tmpdir(), 'kennisgraaf-streamed-'));
	dirs.push(root);
	const [kit, site] = [join(root, 'kit'), join(root, 'site')];
	for (const [file, text] of Object.entries(streamed)) {
		mkdirSync(join(streamedDir(kit), file, '..'), { recursive: true });
		writeFileSync(join(streamedDir(kit), file), text);
	}
	for (const file of placed) {
		mkdirSync(join(site, file, '..'), { recursive: true });
		writeFileSync(join(site, file), placeholder(file));
	}
	return { kit, site };
}

describe('streamed files', () => {
	it('each replaces its placeholder, and the waiting folder is removed', () => {
		const { kit, site } = setUp({ 'graph.json': '{"nodes":[]}', 'sub/graph.ttl': '@prefix x: <y>.' }, ['graph.json', 'sub/graph.ttl', 'other.json']);
		expect(placeStreamed(kit, site).sort()).toEqual(['graph.json', 'sub/graph.ttl']);
		expect(readFileSync(join(site, 'graph.json'), 'utf8')).toBe('{"nodes":[]}');
		expect(readFileSync(join(site, 'sub/graph.ttl'), 'utf8')).toBe('@prefix x: <y>.');
		expect(existsSync(streamedDir(kit))).toBe(false);
	});

	it('a build that streamed nothing places nothing', () => {
		const { kit, site } = setUp({}, ['graph.json']);
		expect(placeStreamed(kit, site)).toEqual([]);
		expect(readFileSync(join(site, 'graph.json'), 'utf8')).toBe(placeholder('graph.json'));
	});

	it('a file without its placeholder (SvelteKit wrote something else there, or nothing) fails with a Dutch message', () => {
		const missing = setUp({ 'graph.json': '{}' }, []);
		expect(() => placeStreamed(missing.kit, missing.site)).toThrow(/graph\.json is tijdens de build geschreven.*npm run build/);
		const other = setUp({ 'graph.json': '{}' }, ['graph.jsonld']);
		writeFileSync(join(other.site, 'graph.json'), placeholder('graph.jsonld'));
		expect(() => placeStreamed(other.kit, other.site)).toThrow(/plaatshouder/);
	});
});
