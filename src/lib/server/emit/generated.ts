/**
 * Files in the repository that are generated from the type registry: the JSON Schemas for editors
 * (static/schema/<type>.json, also served by the site) and the field reference (docs/velden.md).
 * Written by `npm run generate` and at the start of every build and dev server; a unit test fails when they are stale.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFor } from '../../registry/schema.ts';
import { registry, typeNames } from '../../registry/registry.ts';
import { fieldsMarkdown } from './field-docs.ts';

export interface GeneratedFile {
	/** Relative to the repository root. */
	path: string;
	text: string;
}

export const schemaPath = (type: string) => `static/schema/${type}.json`;

export function generatedFiles(): GeneratedFile[] {
	return [
		...typeNames.map((t) => ({ path: schemaPath(t), text: `${JSON.stringify(jsonSchemaFor(registry[t]), null, '\t')}\n` })),
		{ path: 'docs/velden.md', text: fieldsMarkdown() }
	];
}

/** Writes the files that differ (atomically, since parallel builds may write at once); returns their paths. */
export function writeGenerated(root = process.cwd()): string[] {
	const changed: string[] = [];
	for (const { path, text } of generatedFiles()) {
		const abs = join(root, path);
		if (existsSync(abs) && readFileSync(abs, 'utf8') === text) continue;
		const tmp = `${abs}.${process.pid}.tmp`;
		writeFileSync(tmp, text);
		renameSync(tmp, abs);
		changed.push(path);
	}
	return changed;
}
