/**
 * npm run new -- <type> "Titel" [--veld waarde …]: a new content page with a unique id (see src/lib/server/publish/new.ts).
 * Asks for missing required fields when run in a terminal; lists them as an error otherwise.
 */
import { createInterface } from 'node:readline/promises';
import { contentRoot } from '../src/lib/server/config.ts';
import { runNew } from '../src/lib/server/publish/new.ts';

const interactive = Boolean(process.stdin.isTTY) && process.env.KENNISGRAAF_INTERACTIVE !== '0';
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
// Reading lines through the iterator keeps lines typed ahead of a question instead of dropping them.
const lines = rl?.[Symbol.asyncIterator]();

const ask = async (question: string): Promise<string | null> => {
	if (!rl || !lines) return null;
	rl.setPrompt(question);
	rl.prompt();
	const next = await lines.next();
	// Ctrl-D or Ctrl-C ends the input: the caller stops without writing anything.
	return next.done ? null : String(next.value);
};

const { code } = await runNew(process.argv.slice(2), {
	root: contentRoot(),
	repoRoot: process.cwd(),
	interactive,
	ask,
	out: (text) => console.log(text),
	err: (text) => console.error(text),
	devCommand: process.env.KENNISGRAAF_CONTENT ? `KENNISGRAAF_CONTENT=${process.env.KENNISGRAAF_CONTENT} npm run dev` : 'npm run dev'
});
rl?.close();
process.exitCode = code;
