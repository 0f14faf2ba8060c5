/**
 * Names from the file system and from YAML never reach Object.prototype: a folder or a field called "constructor",
 * "__proto__" or "toString" is an unknown type or an unknown field, named in an error, never a TypeError.
 */
import { describe, expect, it } from 'vitest';
import { getType } from '../../src/lib/registry/registry.ts';
import { loadContent } from '../../src/lib/server/load/index.ts';
import { contentDir, validFiles } from './helpers.ts';

const MEMBERS = [
	'constructor',
	'__proto__',
	'toString',
	'hasOwnProperty',
	'valueOf',
	'isPrototypeOf',
	'__defineGetter__',
	'propertyIsEnumerable',
	'toLocaleString'
];

describe('prototype member names', () => {
	it('are no type', () => {
		for (const name of MEMBERS) expect(getType(name), name).toBeUndefined();
		expect(getType('project')?.name).toBe('project');
	});

	it('as a content folder: an unknown-type error for each, and the other files still load', () => {
		const files = Object.fromEntries(MEMBERS.map((m) => [`${m}/x-${m.length}.md`, '---\ntitel: T\n---\n']));
		const { nodes, errors } = loadContent(contentDir({ ...validFiles(), ...files }));
		expect(errors.map((e) => `${e.file}:${e.code}`).sort()).toEqual(
			Object.keys(files)
				.map((f) => `${f}:unknown-type`)
				.sort()
		);
		expect(nodes).toHaveLength(Object.keys(validFiles()).length);
	});

	it('as frontmatter keys, top level and inside a block: unknown fields with their line', () => {
		for (const key of MEMBERS) {
			const text = `---\nnaam: Org\nsoort: school\n${key}: x\nbron: { document: ka, ${key}: 1 }\n---\n`;
			const { errors } = loadContent(contentDir({ ...validFiles(), 'organisatie/o2.md': text }));
			expect(
				errors.map((e) => `${e.line}:${e.code}:${e.message}`),
				key
			).toEqual([`4:unknown-field:onbekend veld "${key}" voor type organisatie`, `5:unknown-field:onbekend veld "${key}" voor type organisatie`]);
		}
	});

	it('as an id: "constructor" is a valid id, a page like any other, and a reference to it resolves', () => {
		const { nodes, relations, errors } = loadContent(
			contentDir({
				...validFiles(),
				'organisatie/constructor.md': '---\nnaam: Bouwer\nsoort: school\n---\nZie [[hs]].\n',
				'organisatie/o3.md': '---\nnaam: O\nsoort: school\n---\n[[constructor]] [[tostring]]\n'
			})
		);
		expect(errors.map((e) => `${e.file}:${e.code}`)).toEqual(['organisatie/o3.md:missing-link']);
		expect(nodes.some((n) => n.id === 'constructor')).toBe(true);
		expect(relations).toContainEqual(expect.objectContaining({ source: 'o3', target: 'constructor', type: 'link' }));
	});
});

describe('npm run new with a prototype member as type', () => {
	it('says the type is unknown instead of crashing', async () => {
		const { runNew } = await import('../../src/lib/server/publish/new.ts');
		for (const argv of [
			['constructor', 'Titel'],
			['toString', 'Titel'],
			['--ids', 'constructor']
		]) {
			const err: string[] = [];
			const io = { root: contentDir(validFiles()), repoRoot: '.', interactive: false, ask: async () => null, out: () => {}, err: (s: string) => err.push(s) };
			const r = await runNew(argv, io);
			expect(r.code, argv.join(' ')).toBe(1);
			expect(err.join('\n'), argv.join(' ')).toMatch(/Onbekend type "(constructor|toString)"/);
		}
	});
});
