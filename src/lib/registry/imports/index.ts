/** The mapping of each register, by the name `npm run import -- <bron>` takes. */
import type { SourceMapping } from './model.ts';
import { duo } from './duo.ts';
import { nwopen } from './nwopen.ts';
import { publinova } from './publinova.ts';
import { ror } from './ror.ts';
import { sia } from './sia.ts';

export const MAPPINGS: Readonly<Record<string, SourceMapping>> = Object.assign(Object.create(null), { publinova, sia, nwopen, ror, duo });
export const mappingOf = (name: string): SourceMapping | undefined => (Object.hasOwn(MAPPINGS, name) ? MAPPINGS[name] : undefined);
