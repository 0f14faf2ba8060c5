/**
 * When V8 compiles a build's functions to optimised machine code.
 *
 * A build runs most of its code a few times over a short while (Vite's plugins, the bundler's JavaScript side,
 * SvelteKit's prerender, the content check), and V8's optimising compiler, which by default starts on a function after
 * little use, took about 30 % of a 1,000-node build's CPU time (perf, this 2-core machine): much of that compiled code
 * ran briefly or was thrown away again. `--interrupt-budget` is how much a function runs before V8 considers
 * optimising it; four times the default let the hot loops still be optimised and the rest not. Cold builds, CPU-s of
 * the process tree, caches off, interleaved rounds: see README, "Building large sites".
 *
 * The flag is V8's, not Node's, and may be renamed or go in a later V8: it is tried on a short Node process first, and
 * a build without it is only slower. KENNISGRAAF_BUILD_TIER_UP=0 leaves V8's default.
 */
import { spawnSync } from 'node:child_process';

const NAME = '--interrupt-budget';
/** V8's default (Node 20, V8 11.3) is 67,584 bytes of bytecode executed. */
export const BUDGET = 4 * 67_584;

/** Whether this Node starts with `flag`; a flag V8 does not know makes it exit with an error. */
export const nodeAccepts = (/** @type {string} */ flag) => spawnSync(process.execPath, [flag, '-e', ''], { stdio: 'ignore' }).status === 0;

/** The flag to start a build's Node process with, or none (set already, switched off, or not known to this V8). */
export function tierUpFlag(env = process.env, execArgv = process.execArgv, accepts = nodeAccepts) {
	if (env.KENNISGRAAF_BUILD_TIER_UP === '0') return [];
	if (execArgv.some((a) => a.startsWith(`${NAME}=`)) || (env.NODE_OPTIONS ?? '').includes(`${NAME}=`)) return [];
	const flag = `${NAME}=${BUDGET}`;
	return accepts(flag) ? [flag] : [];
}

/** Of this process's flags, the one Vite's process gets too. */
export const tierUpFlagsOf = (/** @type {string[]} */ execArgv) => execArgv.filter((a) => a.startsWith(`${NAME}=`));
