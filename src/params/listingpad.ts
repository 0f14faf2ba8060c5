import type { ParamMatcher } from '@sveltejs/kit';

/** The rest of a listing page's path: pagina/2, sorteer/titel, sorteer/titel/pagina/2 (with the trailing slash). */
export const match: ParamMatcher = (param) => /^(?:sorteer\/[a-z]+(?:\/pagina\/\d+)?|pagina\/\d+)\/?$/.test(param);
