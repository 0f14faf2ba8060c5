/**
 * npm run bench:rebuild [-- --nodes 10000] [--skip-cold] [--skip-dev] [--only-dev] [--edit text|title]
 * The warm path of issue 17: a cold build, then a second build after changing one content file (the caches at
 * work), as CPU seconds and the share of the cold build (`--edit`: what is changed, ./lib/edit.ts); and, with
 * `npm run dev`, the time from saving one file (the same edit) until the page serves the change. Prints the machine's load average next to every figure.
 */
import { buildSite, silenceText, type BuildResult } from './lib/build.ts';
import { ensureCorpus, flag, loadAverage, option } from './lib/cli.ts';
import { measureDevEdit } from './lib/dev-edit.ts';
import { EDIT_LABEL, editedFile, withEdit, type Edit } from './lib/edit.ts';

const n = Number(option('nodes', '10000'));
const content = ensureCorpus(n);
const buildDir = `build-bench-rebuild-${n}`;
const env = { VITE_KG_TEST_HOOK: '1' };

const show = (what: string, r: BuildResult) =>
	console.log(
		`${what}: ${(r.wallMs / 1000).toFixed(1)} s, ${r.cpuSeconds.toFixed(1)} CPU-s, ${r.peakRssMb.toFixed(0)} MB piek, langste stilte ${silenceText(r.silence)} (load ${loadAverage().join(' / ')})`
	);

let cold: BuildResult | undefined;
const builds = !flag('only-dev');
if (builds && !flag('skip-cold')) {
	cold = await buildSite(content, buildDir, env);
	show('koud', cold);
}
const file = editedFile(content);
const edit = option('edit', 'text') as Edit;
if (!Object.hasOwn(EDIT_LABEL, edit)) throw new Error(`--edit ${edit}: kies ${Object.keys(EDIT_LABEL).join(' of ')}`);
if (builds) {
	const warm = await withEdit(file, edit, () => buildSite(content, buildDir, env, true));
	show(`na wijziging van één bestand (${EDIT_LABEL[edit]})`, warm);
	if (cold) console.log(`  ${((warm.cpuSeconds / cold.cpuSeconds) * 100).toFixed(0)} % van koud (CPU-s)`);
}
if (!flag('skip-dev')) {
	const times = await measureDevEdit(content, file, Number(option('port', '4725')), edit);
	const sorted = [...times].sort((a, b) => a - b);
	console.log(
		`npm run dev, bewerking van ${EDIT_LABEL[edit]} tot zichtbaar: mediaan ${sorted[sorted.length >> 1].toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')}) (load ${loadAverage().join(' / ')})`
	);
}
