/**
 * All of an import, or nothing: every file is first written to a staging folder beside the content folder (same
 * disk, so a rename is atomic), then renamed into place. Should a rename fail half-way, the files already moved are
 * put back from their backups, so the content folder is as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Change } from '../plan.ts';

export function commit(root: string, changes: readonly Change[], hooks: { beforeRename?: (i: number) => void } = {}): void {
	if (!changes.length) return;
	const stage = join(dirname(root), `.${basename(root)}.import-${process.pid}-${Date.now()}`);
	const staged = join(stage, 'new');
	const backup = join(stage, 'old');
	const done: { target: string; hadOld: boolean; old: string }[] = [];
	try {
		for (const [i, c] of changes.entries()) {
			const file = join(staged, String(i));
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, c.text);
		}
		mkdirSync(backup, { recursive: true });
		for (const [i, c] of changes.entries()) {
			hooks.beforeRename?.(i);
			const target = join(root, c.file);
			const old = join(backup, String(i));
			mkdirSync(dirname(target), { recursive: true });
			const hadOld = existsSync(target);
			if (hadOld) renameSync(target, old);
			done.push({ target, hadOld, old });
			renameSync(join(staged, String(i)), target);
		}
	} catch (e) {
		for (const d of done.reverse()) {
			rmSync(d.target, { force: true });
			if (d.hadOld) renameSync(d.old, d.target);
		}
		throw e;
	} finally {
		rmSync(stage, { recursive: true, force: true });
	}
}
