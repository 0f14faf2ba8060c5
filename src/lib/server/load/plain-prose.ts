/**
 * A fast path for bodies that are plain prose: paragraphs of text without any Markdown, HTML, link or entity syntax.
 * Most bodies are like that, and the full pipeline (micromark, mdast, hast, sanitizer) costs about 2 ms each: at
 * 10,000 files that was 40 % of loading the content. The rules are strict on purpose; anything doubtful takes the
 * full pipeline, and tests/unit/plain-prose.test.ts checks that both give the same HTML.
 */

/** Characters that can start Markdown, GFM or HTML syntax anywhere in a line, and control characters (\r included). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this must find
const ANYWHERE = /[`*_[\]<>&\\|~\u0000-\u0009\u000b-\u001f\u007f]/;
/** GFM autolinks (www., http://, e-mail) and the protocols micromark links by themselves. */
const AUTOLINK = /:\/\/|www\.|@|mailto:|xmpp:/i;
/** A line starting like a list, heading, quote, setext underline, table row, code indent, or with any whitespace. */
const LINE_START = /^[-+*=#>|~:\d\s]/;

/** The HTML of a plain-prose body (the same the full pipeline gives), or undefined when it is not plain prose. */
export function plainProseHtml(body: string): string | undefined {
	if (ANYWHERE.test(body) || AUTOLINK.test(body)) return undefined;
	const paragraphs: string[] = [];
	let lines: string[] = [];
	for (const line of body.split('\n')) {
		if (line === '') {
			if (lines.length) paragraphs.push(`<p>${lines.join('\n')}</p>`);
			lines = [];
			continue;
		}
		// Trailing spaces make a hard break (two) or are dropped (one): leave both to the full pipeline.
		if (LINE_START.test(line) || /\s$/.test(line)) return undefined;
		lines.push(line);
	}
	if (lines.length) paragraphs.push(`<p>${lines.join('\n')}</p>`);
	return paragraphs.join('\n');
}
