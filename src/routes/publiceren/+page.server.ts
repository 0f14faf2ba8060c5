import { base } from '$app/paths';
import { renderDoc } from '$lib/server/emit/docs';

export const load = () => ({ doc: renderDoc('', base)! });
