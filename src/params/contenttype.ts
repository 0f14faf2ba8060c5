import type { ParamMatcher } from '@sveltejs/kit';
import { registry } from '$lib/registry/registry';

export const match: ParamMatcher = (param) => Object.hasOwn(registry, param);
