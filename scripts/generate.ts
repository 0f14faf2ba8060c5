/** npm run generate: rewrites the files generated from the type registry (JSON Schemas, docs/velden.md). */
import { generatedFiles, writeGenerated } from '../src/lib/server/emit/generated.ts';

const changed = writeGenerated();
console.log(changed.length ? `Bijgewerkt: ${changed.join(', ')}` : `Alles was al actueel (${generatedFiles().length} bestanden).`);
