/** A page as the register publishes it (JSON, or `;`-separated CSV with a header row) → data, or a clear error. */
import { parse } from 'csv-parse/sync';
import { ImportError } from '../errors.ts';

export function parseJson(text: string, where: string): unknown {
	try {
		return JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		throw new ImportError(
			`${where} is geen geldige JSON: ${(e as Error).message}`,
			'Controleer of dit een antwoord van de API is (geen HTML-foutpagina) en of het bestand heel is.'
		);
	}
}

/** DUO publishes UTF-8, older files Windows-1252: bytes that are no valid UTF-8 are read as the latter. */
export function decodeText(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

export function parseCsv(text: string, where: string, required: readonly string[]): Record<string, string>[] {
	let rows: Record<string, string>[];
	try {
		rows = parse(text, {
			delimiter: ';',
			columns: (header: string[]) => header.map((h) => h.trim().toUpperCase()),
			bom: true,
			trim: true,
			skip_empty_lines: true
		});
	} catch (e) {
		const line = (e as { lines?: number }).lines;
		throw new ImportError(
			`${where}${line ? `, regel ${line}` : ''}: geen geldige CSV (${(e as Error).message})`,
			'Het bestand moet een kopregel hebben en kolommen gescheiden door ; zoals DUO het publiceert; elke regel evenveel kolommen.'
		);
	}
	const columns = Object.keys(rows[0] ?? {});
	const missing = required.filter((c) => !columns.includes(c));
	if (rows.length && missing.length)
		throw new ImportError(
			`${where} mist de kolom${missing.length > 1 ? 'men' : ''} ${missing.join(', ')}`,
			`Gebruik het bestand van DUO zelf; gevonden kolommen: ${columns.join(', ') || 'geen'}.`
		);
	if (!rows.length) throw new ImportError(`${where} bevat geen regels`, 'Gebruik het volledige bestand van DUO, met kopregel.');
	return rows;
}
