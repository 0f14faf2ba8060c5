import { browser } from '$app/environment';

/**
 * Data files (graph data, search index, CSV, …) keep their names from build to build, and hosts
 * let browsers cache them for minutes. A page asks for them with its build's data version, so
 * after a deploy it never combines new pages with the previous build's data. The version is read from the page
 * (`<meta name="kennisgraaf-data">`), not compiled into the scripts: a content edit changes no script, and a page
 * kept from the previous build gets the new version written into it (src/lib/server/reuse/).
 */
let serverVersion = () => '';

/** Where prerendering gets the version (src/hooks.server.ts). */
export const provideDataVersion = (version: () => string) => (serverVersion = version);

const dataVersion = () => (browser ? (document.querySelector('meta[name="kennisgraaf-data"]')?.getAttribute('content') ?? '') : serverVersion());

export const fresh = (url: string) => `${url}${url.includes('?') ? '&' : '?'}v=${encodeURIComponent(dataVersion())}`;
