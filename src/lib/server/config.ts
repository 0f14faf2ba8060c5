import { resolve } from 'node:path';

/** The content folder: KENNISGRAAF_CONTENT, or ./content. */
export const contentRoot = () => resolve(process.env.KENNISGRAAF_CONTENT || 'content');
