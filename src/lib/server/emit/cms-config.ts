/**
 * The Sveltia CMS configuration (/admin/config.yml), generated from the type registry:
 * one collection per type, one widget per field, references as searchable pickers.
 * The repository host comes from environment variables at build time (see docs/webeditor.md).
 */
import { stringify } from 'yaml';
import type { Field } from '../../registry/fields.ts';
import { authoringOrder, registry, type TypeDef } from '../../registry/registry.ts';
import { siteUrl } from '../config.ts';

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string; required: boolean };

export interface CmsEnv {
	/** github, gitlab or gitea; default github. */
	CMS_BACKEND?: string;
	/** owner/name of the repository; required for a working sign-in. */
	CMS_REPO?: string;
	CMS_BRANCH?: string;
	/** OAuth client (e.g. a Cloudflare Worker running sveltia-cms-auth) for GitHub sign-in without a token. */
	CMS_AUTH_URL?: string;
	/** GitLab application id for PKCE sign-in. */
	CMS_APP_ID?: string;
	CMS_EDITORIAL?: string;
}

// The widgets already show what a value looks like; the hint only adds what a widget cannot show.
const hint = (field: Field) =>
	[field.help, field.kind === 'ref' || field.kind === 'refs' ? 'Kies uit de lijst; in een lange lijst kun je typen om te zoeken.' : '']
		.filter(Boolean)
		.join(' ');

export function cmsField(name: string, field: Field): CmsField {
	const common = { name, label: field.label, required: field.required, ...(hint(field) && { hint: hint(field) }) };
	switch (field.kind) {
		case 'string':
			return { ...common, widget: 'string', ...(field.format === 'email' && { type: 'email' }) };
		case 'text':
			return { ...common, widget: 'text' };
		case 'int':
			return {
				...common,
				widget: 'number',
				value_type: 'int',
				...(field.min !== undefined && { min: field.min }),
				...(field.max !== undefined && { max: field.max })
			};
		case 'date':
			return { ...common, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
		case 'url':
			return { ...common, widget: 'string', type: 'url', pattern: ['^https?://', 'Een volledig webadres dat begint met https://'] };
		case 'boolean':
			return { ...common, widget: 'boolean' };
		case 'enum':
		case 'enums':
			return {
				...common,
				widget: 'select',
				options: [...field.values],
				multiple: field.kind === 'enums',
				...(field.required && field.kind === 'enums' && { min: 1 })
			};
		case 'list':
			return { ...common, widget: 'list', ...(field.required && { min: 1 }) };
		case 'ref':
		case 'refs': {
			// A relation widget points at one collection; every registry reference has exactly one target type.
			const target = registry[field.to[0]];
			return {
				...common,
				widget: 'relation',
				collection: target.name,
				value_field: '{{slug}}',
				search_fields: [target.titleField, 'aliassen'].filter((f) => f in target.fields),
				display_fields: [target.titleField],
				multiple: field.kind === 'refs',
				...(field.required && field.kind === 'refs' && { min: 1 })
			};
		}
		case 'object':
			return { ...common, widget: 'object', collapsed: 'auto', fields: Object.entries(field.fields).map(([n, f]) => cmsField(n, f)) };
		case 'objects':
			return {
				...common,
				widget: 'list',
				fields: Object.entries(field.fields).map(([n, f]) => cmsField(n, f)),
				...(field.required && { min: 1 })
			};
	}
}

export function cmsCollection(type: TypeDef, base = '') {
	return {
		name: type.name,
		label: type.plural,
		label_singular: type.label,
		description: type.intro,
		folder: `content/${type.name}`,
		extension: 'md',
		format: 'yaml-frontmatter',
		create: true,
		identifier_field: type.titleField,
		// The file name is the id: lowercase ASCII and hyphens, like the loader demands.
		slug: '{{slug}}',
		summary: `{{${type.titleField}}}`,
		sortable_fields: [type.titleField],
		// The editor is served by the site itself, so preview links are relative to its origin.
		preview_path: `${base.replace(/^\//, '')}${base ? '/' : ''}${type.name}/{{slug}}/`,
		// Without this, renaming an entry would write an `aliases` field that the loader rejects.
		aliases_field: false,
		fields: [
			...Object.entries(type.fields).map(([name, field]) => cmsField(name, field)),
			{ name: 'body', label: 'Tekst', widget: 'markdown', required: false, hint: 'Link naar een andere pagina met [[id]] of [[id|tekst]].' }
		]
	};
}

/** Without CMS_REPO the editor points at a placeholder repository, and only working on a local copy can work. */
export const cmsRepoConfigured = (env: CmsEnv = process.env as CmsEnv) => Boolean(env.CMS_REPO);

function backend(env: CmsEnv) {
	const name = env.CMS_BACKEND || 'github';
	return {
		name,
		repo: env.CMS_REPO || 'OWNER/kennisgraaf',
		branch: env.CMS_BRANCH || 'main',
		...(env.CMS_AUTH_URL && { base_url: env.CMS_AUTH_URL }),
		...(env.CMS_APP_ID && { app_id: env.CMS_APP_ID, auth_type: 'pkce' }),
		commit_messages: {
			create: '{{collection}} "{{slug}}" toegevoegd',
			update: '{{collection}} "{{slug}}" bijgewerkt',
			delete: '{{collection}} "{{slug}}" verwijderd',
			uploadMedia: 'Bestand "{{path}}" toegevoegd',
			deleteMedia: 'Bestand "{{path}}" verwijderd'
		}
	};
}

export function cmsConfig(env: CmsEnv = process.env as CmsEnv, base = '') {
	const editorial = env.CMS_EDITORIAL !== 'false' && (env.CMS_BACKEND ?? 'github') !== 'gitea';
	return {
		backend: backend(env),
		// Review before publishing: a change becomes a pull/merge request that an editor approves.
		...(editorial && { publish_mode: 'editorial_workflow' }),
		app_title: 'Kennisgraaf bewerken',
		// Kennisgraaf's own mark instead of Sveltia's, and the way back to the site from the editor's menu.
		logo_url: `${base}/favicon.svg`,
		site_url: `${siteUrl()}${base}/`,
		media_folder: 'static/uploads',
		public_folder: `${base}/uploads`,
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true },
		// Empty optional fields stay out of the file: the loader rejects empty strings and lists.
		output: { omit_empty_optional_fields: true },
		collections: authoringOrder.map((t) => cmsCollection(registry[t], base))
	};
}

export const cmsConfigYaml = (env?: CmsEnv, base = '') =>
	`# Gegenereerd uit src/lib/registry/types.ts (src/lib/server/emit/cms-config.ts): niet met de hand bewerken.\n${stringify(cmsConfig(env, base), { lineWidth: 0 })}`;
