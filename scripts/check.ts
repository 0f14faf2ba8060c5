/**
 * npm run check [-- --json] [-- --watch]: validates the content folder and lists every problem.
 * Exit code 1 when anything is wrong, so editors and CI can rely on it.
 * --watch checks again on every change (the VS Code task in .vscode/tasks.json reads its output).
 */
import { watch } from 'node:fs';
import { loadContent } from '../src/lib/server/load/index.ts';
import { formatErrors } from '../src/lib/server/load/errors.ts';
import { contentRoot } from '../src/lib/server/config.ts';

const root = contentRoot();

function check(): number {
	const started = performance.now();
	const { nodes, relations, errors } = loadContent(root);
	const ms = Math.round(performance.now() - started);

	if (process.argv.includes('--json')) {
		console.log(JSON.stringify({ ok: errors.length === 0, root, nodes: nodes.length, relations: relations.length, ms, errors }, null, 2));
	} else if (errors.length) {
		console.error(formatErrors(errors));
		console.error(`${nodes.length} bestanden geldig, ${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'} (${root}, ${ms} ms).`);
	} else {
		console.log(`Alles in orde: ${nodes.length} bestanden, ${relations.length} relaties (${root}, ${ms} ms).`);
	}
	return errors.length ? 1 : 0;
}

if (process.argv.includes('--watch')) {
	const run = () => {
		console.log('Inhoud controleren…');
		check();
	};
	run();
	let timer: NodeJS.Timeout | undefined;
	// An editor's save is often several events; one check after they settle is enough.
	watch(root, { recursive: true }, () => {
		clearTimeout(timer);
		timer = setTimeout(run, 150);
	});
} else {
	process.exitCode = check();
}
