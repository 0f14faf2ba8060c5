import type { ParamMatcher } from '@sveltejs/kit';
import { registry } from '$lib/registry/types';

export const match: ParamMatcher = (param) => Object.hasOwn(registry, param);
