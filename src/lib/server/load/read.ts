/**
 * Walks the content folder. Every entry is either a node source or an error: none is skipped silently.
 * Only regular files are read: a named pipe would block the reader forever, and a device never ends.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { getType, typeNames } from '../../registry/registry.ts';
import { ID_PATTERN } from '../../registry/schema.ts';
import type { ContentError } from './errors.ts';
import { LIMITS, kb } from './limits.ts';

export interface SourceFile {
	/** Path relative to the content root, with forward slashes. */
	file: string;
	type: string;
	id: string;
	text: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** What a non-regular entry is, in the words of the error message. */
function kindOf(stats: Pick<Stats, 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice' | 'isDirectory'>): string {
	if (stats.isFIFO()) return 'een named pipe (FIFO)';
	if (stats.isSocket()) return 'een socket';
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'een apparaatbestand';
	if (stats.isDirectory()) return 'een koppeling naar een map';
	return 'geen gewoon bestand';
}

interface Entry {
	abs: string;
	/** Set when the entry cannot be a content file whatever its name: why not. */
	problem?: { message: string; hint: string; code: string };
}

const NOT_REGULAR_HINT = 'Inhoud bestaat alleen uit gewone .md-bestanden: verwijder dit uit de inhoudsmap.';

function walk(dir: string, out: Entry[]) {
	const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const entry of entries) {
		const abs = join(dir, entry.name);
		if (entry.isDirectory()) {
			try {
				walk(abs, out);
			} catch (e) {
				out.push({
					abs,
					problem: {
						message: `de map kan niet gelezen worden (${(e as NodeJS.ErrnoException).code ?? 'fout'})`,
						hint: 'Controleer de rechten van de map.',
						code: 'unreadable'
					}
				});
			}
		} else if (entry.isFile() || entry.isSymbolicLink()) {
			// A link is judged by what it points to, when it is read.
			out.push({ abs });
		} else {
			out.push({ abs, problem: { message: `dit is ${kindOf(entry)}, geen bestand`, hint: NOT_REGULAR_HINT, code: 'not-a-file' } });
		}
	}
}

type ReadResult = { bytes: Buffer } | { problem: { message: string; hint: string; code: string } };

/** Reads a regular file without ever blocking: a FIFO is refused before it is opened, and opened non-blocking in case it was swapped in. */
function readRegular(abs: string): ReadResult {
	let stats: Stats;
	try {
		stats = statSync(abs);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		return {
			problem: {
				message: `het bestand kan niet gelezen worden (${code ?? 'fout'})`,
				hint: code === 'ELOOP' || code === 'ENOENT' ? 'Dit is een koppeling die nergens heen wijst: verwijder hem.' : 'Controleer de rechten van het bestand.',
				code: 'unreadable'
			}
		};
	}
	if (!stats.isFile()) return { problem: { message: `dit is ${kindOf(stats)}, geen bestand`, hint: NOT_REGULAR_HINT, code: 'not-a-file' } };
	if (stats.size > LIMITS.fileBytes) return { problem: tooLarge(stats.size) };
	let fd: number | undefined;
	try {
		fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
		const opened = fstatSync(fd);
		if (!opened.isFile()) return { problem: { message: `dit is ${kindOf(opened)}, geen bestand`, hint: NOT_REGULAR_HINT, code: 'not-a-file' } };
		if (opened.size > LIMITS.fileBytes) return { problem: tooLarge(opened.size) };
		return { bytes: readFileSync(fd) };
	} catch (e) {
		return {
			problem: {
				message: `het bestand kan niet gelezen worden (${(e as NodeJS.ErrnoException).code ?? 'fout'})`,
				hint: 'Controleer de rechten van het bestand.',
				code: 'unreadable'
			}
		};
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

const tooLarge = (size: number) => ({
	message: `het bestand is ${kb(size)} groot; de grens is ${kb(LIMITS.fileBytes)}`,
	hint: 'Een pagina is een samenvatting: kort de tekst in, of verdeel hem over meer pagina’s die naar elkaar verwijzen met [[id]].',
	code: 'file-too-large'
});

/**
 * Every content file, read and checked. `unchanged` may give the text of a file the caller knows has not changed
 * since it last read it (`npm run dev` knows from the watcher), so one edit does not read the whole folder again.
 */
export function readContent(
	root: string,
	unchanged?: (file: string) => string | undefined,
	/** Called for every entry of the folder, with their number: reading 50,000 files took 3.2 s. */
	onEntry?: (total: number) => void
): { sources: SourceFile[]; errors: ContentError[] } {
	const sources: SourceFile[] = [];
	const errors: ContentError[] = [];
	const entries: Entry[] = [];
	try {
		walk(root, entries);
	} catch (e) {
		errors.push({
			file: root,
			message: `de inhoudsmap kan niet gelezen worden (${(e as Error).message})`,
			hint: 'Controleer KENNISGRAAF_CONTENT of maak de map content/ aan.',
			code: 'no-content-dir'
		});
		return { sources, errors };
	}
	for (const { abs, problem } of entries) {
		onEntry?.(entries.length);
		const file = relative(root, abs).split(sep).join('/');
		const parts = file.split('/');
		const fail = (message: string, hint: string, code: string) => errors.push({ file, message, hint, code });
		if (problem) {
			fail(problem.message, problem.hint, problem.code);
			continue;
		}
		if (parts.length !== 2) {
			fail('bestand staat niet in een map per type', `Zet het in content/<type>/<id>.md, met type een van: ${typeNames.join(', ')}.`, 'bad-location');
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
		const known = unchanged?.(file);
		if (known !== undefined) {
			sources.push({ file, type, id, text: known });
			continue;
		}
		const read = readRegular(abs);
		if ('problem' in read) {
			fail(read.problem.message, read.problem.hint, read.problem.code);
			continue;
		}
		let text: string;
		try {
			text = decoder.decode(read.bytes);
		} catch {
			fail('het bestand is geen geldige UTF-8-tekst', 'Sla het bestand op als UTF-8 (in de meeste editors: Opslaan als… → codering UTF-8).', 'not-utf8');
			continue;
		}
		sources.push({ file, type, id, text });
	}
	return { sources, errors };
}
