/** Writes schemas/config.schema.json from the rules' metadata (`npm run gen:schema`). */
import { writeFileSync } from 'node:fs';
import { allRules } from '../rules/index.js';
import { buildConfigSchema } from '../src/config/schema.js';

const target = new URL('../../schemas/config.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(buildConfigSchema(allRules), null, 2)}\n`);
process.stdout.write(`wrote ${target.pathname}\n`);
