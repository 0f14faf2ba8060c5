/**
 * The response of a route that serves one of the site's large files (/graph.json, /graph.jsonld, /graph.ttl). While
 * building, the file is written to disk as it is made and SvelteKit gets a placeholder, which the adapter replaces
 * with the file (scripts/streamed-files.js says why); otherwise (npm run dev) the response holds the whole file.
 */
import { building } from '$app/environment';
import { join } from 'node:path';
import { placeholder, streamedDir } from '../../../../scripts/streamed-files.js';
import { kitOutDir } from '../config.ts';
import { phase } from '../progress.ts';
import { keepFile, keptFileKey, keptPieces, takeKeptFile } from '../reuse/kept-files.ts';
import type { KeptPieces } from '../reuse/kept-pieces.ts';
import { Utf8Sink, writeFileInPieces } from '../utf8-sink.ts';

/**
 * `file`: the file's path in the site, without the base path (graph.json); `write` writes all of it into the sink.
 * Each of these files shows nothing of the bodies, so a build keeps it for the next (../reuse/kept-files.ts), by the
 * same key as the small files: the code, `url`'s origin, the base path and the content's shape.
 */
export async function largeFileResponse(
	file: string,
	url: URL,
	contentType: string,
	write: (sink: Utf8Sink, pieces?: KeptPieces) => void | Promise<void>
): Promise<Response> {
	const headers = { 'content-type': contentType };
	if (!building) {
		const sink = new Utf8Sink();
		await write(sink);
		return new Response(sink.bytes() as Uint8Array<ArrayBuffer>, { headers });
	}
	const path = join(streamedDir(kitOutDir()), file);
	const key = keptFileKey(file, url);
	if (!takeKeptFile(file, key, path)) {
		// At 50,000 nodes each of these files takes seconds: the progress shows it growing.
		// A file written in pieces (`write` records them) takes the unchanged ones from the version kept before.
		const pieces = keptPieces(file);
		await writeFileInPieces(path, file, (sink) => write(sink, pieces));
		if (pieces?.taken) phase(`${file}: ${pieces.taken} stukken uit de vorige build behouden, ${pieces.remade} opnieuw gemaakt`);
		keepFile(file, key, path, pieces?.index().pieces.length ? pieces : undefined);
	}
	return new Response(placeholder(file), { headers });
}
