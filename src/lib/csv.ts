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
 * Text a spreadsheet would run as a formula (OWASP "CSV injection"): it starts, perhaps after spaces, with = + - @,
 * a tab or a line break, or their full-width forms, which some spreadsheets read as the same.
 */
const FORMULA = /^\s*[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A leading apostrophe makes a spreadsheet show the text as it is; it is added to every value, whatever its type. */
export const neutralise = (s: string) => (FORMULA.test(s) ? `'${s}` : s);

/**
 * One field. Content is user-provided, so every value is neutralised, list items each on their own: a spreadsheet
 * that splits on "; " (a Dutch Excel does) would otherwise find a formula after the first item.
 */
export function csvField(value: Cell): string {
	if (value == null) return '';
	const s = Array.isArray(value) ? value.map((v) => neutralise(String(v))).join(LIST_SEPARATOR) : neutralise(String(value));
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
