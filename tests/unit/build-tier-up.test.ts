/** When V8 optimises a build's code (scripts/build-tier-up.js). */
import { describe, expect, it } from 'vitest';
import { BUDGET, nodeAccepts, tierUpFlag, tierUpFlagsOf } from '../../scripts/build-tier-up.js';

describe('build tier-up flag', () => {
	it('is given when this Node knows it, and never twice', () => {
		expect(tierUpFlag({}, [])).toEqual([`--interrupt-budget=${BUDGET}`]);
		expect(tierUpFlag({}, ['--interrupt-budget=1000'])).toEqual([]);
		expect(tierUpFlag({ NODE_OPTIONS: '--interrupt-budget=1000' }, [])).toEqual([]);
		// A different V8 flag whose name starts the same is not the same flag.
		expect(tierUpFlag({}, ['--interrupt-budget-for-feedback-allocation=940'])).toEqual([`--interrupt-budget=${BUDGET}`]);
	});

	it('is left out when switched off, or when V8 does not know it (a later V8 may rename it)', () => {
		expect(tierUpFlag({ KENNISGRAAF_BUILD_TIER_UP: '0' }, [])).toEqual([]);
		expect(tierUpFlag({}, [], () => false)).toEqual([]);
		expect(nodeAccepts('--no-such-v8-flag-kennisgraaf=1')).toBe(false);
		expect(nodeAccepts(`--interrupt-budget=${BUDGET}`)).toBe(true);
	});

	it('Vite’s process gets it, and no other flag', () => {
		expect(tierUpFlagsOf(['--inspect', `--interrupt-budget=${BUDGET}`, '--max-old-space-size=900'])).toEqual([`--interrupt-budget=${BUDGET}`]);
		expect(tierUpFlagsOf(['--interrupt-budget-for-feedback-allocation=940'])).toEqual([]);
	});
});
