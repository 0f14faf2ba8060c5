/** Walks the content folder. Every file is either a node source or an error: none is skipped. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { getType, typeNames } from '../../registry/types.ts';
import { ID_PATTERN } from '../../registry/schema.ts';
import type { ContentError } from './errors.ts';

export interface SourceFile {
	/** Path relative to the content root, with forward slashes. */
	file: string;
	type: string;
	id: string;
	text: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function walk(dir: string, out: string[]) {
	for (const name of readdirSync(dir).sort()) {
		const abs = join(dir, name);
		if (statSync(abs).isDirectory()) walk(abs, out);
		else out.push(abs);
	}
}

export function readContent(root: string): { sources: SourceFile[]; errors: ContentError[] } {
	const sources: SourceFile[] = [];
	const errors: ContentError[] = [];
	const files: string[] = [];
	try {
		walk(root, files);
	} catch (e) {
		errors.push({
			file: root,
			message: `de inhoudsmap kan niet gelezen worden (${(e as Error).message})`,
			hint: 'Controleer KENNISGRAAF_CONTENT of maak de map content/ aan.',
			code: 'no-content-dir'
		});
		return { sources, errors };
	}
	for (const abs of files) {
		const file = relative(root, abs).split(sep).join('/');
		const parts = file.split('/');
		const fail = (message: string, hint: string, code: string) => errors.push({ file, message, hint, code });
		if (parts.length !== 2) {
			fail(
				'bestand staat niet in een map per type',
				`Zet het in content/<type>/<id>.md, met type een van: ${typeNames.join(', ')}.`,
				'bad-location'
			);
			continue;
		}
		const [type, name] = parts;
		if (!getType(type)) {
			fail(`onbekend type "${type}"`, `Gebruik een map met een van deze namen: ${typeNames.join(', ')}.`, 'unknown-type');
			continue;
		}
		if (!name.endsWith('.md')) {
			fail('geen Markdown-bestand', 'Inhoudsbestanden eindigen op .md; verplaats andere bestanden buiten content/.', 'not-markdown');
			continue;
		}
		const id = name.slice(0, -3);
		if (!ID_PATTERN.test(id)) {
			fail(
				`ongeldige id "${id}" (de bestandsnaam)`,
				'Gebruik alleen kleine letters a-z, cijfers en enkele streepjes, bijvoorbeeld mijn-project-2024.md.',
				'bad-id'
			);
			continue;
		}
		let text: string;
		try {
			text = decoder.decode(readFileSync(abs));
		} catch {
			fail('het bestand is geen geldige UTF-8-tekst', 'Sla het bestand op als UTF-8 (in de meeste editors: Opslaan als… → codering UTF-8).', 'not-utf8');
			continue;
		}
		sources.push({ file, type, id, text });
	}
	return { sources, errors };
}
