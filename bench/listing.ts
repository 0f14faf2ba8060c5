/**
 * npm run bench:listing [-- --build build-2000] : the listing budgets (bench/listing-measure.ts) on an existing build.
 */
import { option } from './lib/cli.ts';
import { measureListing } from './listing-measure.ts';
import { withServer } from './lib/server.ts';

const buildDir = option('build', 'build');
console.log(await withServer(buildDir, (origin) => measureListing(origin, buildDir)));
