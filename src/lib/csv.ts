/**
 * CSV (RFC 4180) for every export, on the server and in the browser: one helper so
 * quoting is right everywhere. Comma-separated, CRLF line ends, UTF-8 with a byte order
 * mark so Excel reads accents correctly.
 */
export type Cell = string | number | boolean | null | undefined | readonly (string | number)[];

export const BOM = '\uFEFF';
/** Joins list cells; a semicolon, since commas occur in titles. */
export const LIST_SEPARATOR = '; ';

/**
 * One field. Content is user-provided: text starting with = + - @ (or a tab/CR) would run
 * as a formula in a spreadsheet, so it gets a leading apostrophe (OWASP "CSV injection").
 */
export function csvField(value: Cell): string {
	if (value == null) return '';
	let s = Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s) && !/^[+-]?\d+([.,]\d+)?$/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], { bom = true } = {}): string {
	const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
	return (bom ? BOM : '') + lines.join('\r\n') + '\r\n';
}

/** Parses RFC 4180 text (quoted fields, doubled quotes, CRLF or LF) into rows of strings. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = text.startsWith(BOM) ? 1 : 0;
	for (; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += ch;
	}
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

/** Offers text as a file download in the browser. */
export function downloadCsv(filename: string, csv: string) {
	const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
	const a = Object.assign(document.createElement('a'), { href: url, download: filename });
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
