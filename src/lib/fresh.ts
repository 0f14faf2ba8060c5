import { version } from '$app/environment';

/**
 * Data files (graph data, search index, CSV, …) keep their names from build to build, and hosts
 * let browsers cache them for minutes. A page asks for them with its own build's version, so
 * after a deploy it never combines new pages with the previous build's data.
 */
export const fresh = (url: string) => `${url}${url.includes('?') ? '&' : '?'}v=${encodeURIComponent(version)}`;
