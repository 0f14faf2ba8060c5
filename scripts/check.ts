/**
 * npm run check [-- --json]: validates the content folder and lists every problem.
 * Exit code 1 when anything is wrong, so editors and CI can rely on it.
 */
import { loadContent } from '../src/lib/server/load/index.ts';
import { formatErrors } from '../src/lib/server/load/errors.ts';
import { contentRoot } from '../src/lib/server/config.ts';

const started = performance.now();
const root = contentRoot();
const { nodes, relations, errors } = loadContent(root);
const ms = Math.round(performance.now() - started);

if (process.argv.includes('--json')) {
	console.log(JSON.stringify({ ok: errors.length === 0, root, nodes: nodes.length, relations: relations.length, ms, errors }, null, 2));
} else if (errors.length) {
	console.error(formatErrors(errors));
	console.error(`${nodes.length} bestanden geldig, ${errors.length} ${errors.length === 1 ? "fout" : "fouten"} (${root}, ${ms} ms).`);
} else {
	console.log(`Alles in orde: ${nodes.length} bestanden, ${relations.length} relaties (${root}, ${ms} ms).`);
}
process.exitCode = errors.length ? 1 : 0;
