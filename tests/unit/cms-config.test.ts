/**
 * The web editor's configuration (/admin/config.yml) matches the registry field for field, and every option in it
 * is one that Sveltia CMS knows (checked against the JSON Schema the package ships).
 * Signing in to a real repository host cannot be tested here; tests/browser/admin.spec.ts drives the editor itself.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Field } from '../../src/lib/registry/fields.ts';
import { registry, typeNames } from '../../src/lib/registry/registry.ts';
import { cmsConfig, cmsConfigYaml, type CmsField } from '../../src/lib/server/emit/cms-config.ts';

type Defs = Record<string, { properties?: Record<string, unknown> }>;
const sveltia = JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8')) as { definitions: Defs };
const known = (def: string) => new Set(Object.keys(sveltia.definitions[def].properties ?? {}));

/** Which Sveltia field definition each widget we emit is checked against. */
function definitionOf(f: CmsField): string {
	if (f.widget === 'list') return f.fields ? 'ListFieldWithSubFields' : 'SimpleListField';
	if (f.widget === 'object') return 'ObjectFieldWithSubFields';
	const name = {
		string: 'StringField',
		text: 'TextField',
		number: 'NumberField',
		boolean: 'BooleanField',
		datetime: 'DateTimeField',
		select: 'SelectField',
		relation: 'RelationField',
		markdown: 'MarkdownField'
	}[f.widget];
	if (!name) throw new Error(`unexpected widget ${f.widget}`);
	return name;
}

const WIDGET: Record<Field['kind'], string> = {
	string: 'string',
	text: 'text',
	int: 'number',
	date: 'datetime',
	url: 'string',
	boolean: 'boolean',
	enum: 'select',
	enums: 'select',
	list: 'list',
	ref: 'relation',
	refs: 'relation',
	object: 'object',
	objects: 'list'
};

function expectFields(path: string, fields: Record<string, Field>, cms: CmsField[]) {
	expect(
		cms.map((f) => f.name),
		`${path}: every registry field, in order`
	).toEqual(Object.keys(fields));
	for (const f of cms) {
		const field = fields[f.name];
		const at = `${path}.${f.name}`;
		expect(f.widget, at).toBe(WIDGET[field.kind]);
		expect(f.label, at).toBe(field.label);
		// Sveltia treats a field without `required` as required, so it must always be explicit.
		expect(f.required, at).toBe(field.required);
		for (const key of Object.keys(f)) expect(known(definitionOf(f)).has(key), `${at}: Sveltia knows "${key}"`).toBe(true);
		switch (field.kind) {
			case 'enum':
			case 'enums':
				expect(f.options, at).toEqual(field.values);
				expect(f.multiple, at).toBe(field.kind === 'enums');
				break;
			case 'ref':
			case 'refs': {
				const target = registry[field.to[0]];
				expect(field.to, `${at}: one target type per relation widget`).toHaveLength(1);
				expect(f.collection, at).toBe(target.name);
				expect(f.value_field, `${at}: stores the id, which is the file name`).toBe('{{slug}}');
				expect(f.display_fields, at).toEqual([target.titleField]);
				expect(f.search_fields, at).toContain(target.titleField);
				expect(f.multiple, at).toBe(field.kind === 'refs');
				break;
			}
			case 'int':
				expect([f.value_type, f.min, f.max], at).toEqual(['int', field.min, field.max]);
				break;
			case 'date':
				expect([f.type, f.format], at).toEqual(['date', 'YYYY-MM-DD']);
				break;
			case 'url':
				expect(f.type, at).toBe('url');
				break;
			case 'list':
				expect(f.fields, `${at}: a plain list of strings`).toBeUndefined();
				break;
			case 'object':
			case 'objects':
				expectFields(at, field.fields, f.fields as CmsField[]);
				break;
		}
	}
}

describe('Sveltia CMS configuration', () => {
	const config = cmsConfig({ CMS_REPO: 'org/kennisgraaf' });

	it('has one collection per registry type, in folder content/<type>, lector types first', () => {
		expect(config.collections.map((c) => c.name).sort()).toEqual([...typeNames].sort());
		expect(config.collections.slice(0, 4).map((c) => c.name)).toEqual(['project', 'lectoraat', 'partnerschap', 'kennisvraag']);
		for (const c of config.collections) {
			expect(c.folder).toBe(`content/${c.name}`);
			expect([c.extension, c.format]).toEqual(['md', 'yaml-frontmatter']);
			expect(c.identifier_field).toBe(registry[c.name].titleField);
			for (const key of Object.keys(c)) expect(known('EntryCollection').has(key), `${c.name}: Sveltia knows "${key}"`).toBe(true);
		}
	});

	for (const type of Object.values(registry)) {
		it(`${type.name}: fields match the registry field for field, plus the Markdown body`, () => {
			const c = config.collections.find((x) => x.name === type.name)!;
			const fields = c.fields as CmsField[];
			expect(fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown', required: false });
			expectFields(type.name, type.fields, fields.slice(0, -1));
		});
	}

	it('writes files the loader accepts: ids as ASCII slugs, no empty optional fields, no aliases field', () => {
		expect(config.slug).toMatchObject({ encoding: 'ascii', clean_accents: true, lowercase: true });
		expect(config.output.omit_empty_optional_fields).toBe(true);
		for (const c of config.collections) expect(c.aliases_field).toBe(false);
		for (const key of Object.keys(config)) expect(known('CmsConfig').has(key), `Sveltia knows "${key}"`).toBe(true);
		for (const key of Object.keys(config.backend)) expect(known('GitHubBackend').has(key), `backend: Sveltia knows "${key}"`).toBe(true);
	});

	it('takes the repository host from the environment', () => {
		expect(config.backend).toMatchObject({ name: 'github', repo: 'org/kennisgraaf', branch: 'main' });
		expect(config.publish_mode).toBe('editorial_workflow');
		const gitlab = cmsConfig({ CMS_BACKEND: 'gitlab', CMS_REPO: 'g/k', CMS_APP_ID: 'abc', CMS_BRANCH: 'live', CMS_EDITORIAL: 'false' });
		expect(gitlab.backend).toMatchObject({ name: 'gitlab', repo: 'g/k', branch: 'live', app_id: 'abc', auth_type: 'pkce' });
		expect(gitlab.publish_mode).toBeUndefined();
		expect(cmsConfig({ CMS_AUTH_URL: 'https://auth.example.org' }).backend.base_url).toBe('https://auth.example.org');
	});

	it('puts preview links and uploads under the base path', () => {
		const sub = cmsConfig({}, '/kennisgraaf');
		expect(sub.public_folder).toBe('/kennisgraaf/uploads');
		expect(sub.collections.find((c) => c.name === 'project')!.preview_path).toBe('kennisgraaf/project/{{slug}}/');
		expect(cmsConfig({}).collections.find((c) => c.name === 'project')!.preview_path).toBe('project/{{slug}}/');
	});

	it('serialises to YAML that reads back as the same configuration', () => {
		const env = { CMS_REPO: 'org/kennisgraaf' };
		expect(parse(cmsConfigYaml(env, '/x'))).toEqual(JSON.parse(JSON.stringify(cmsConfig(env, '/x'))));
	});
});
