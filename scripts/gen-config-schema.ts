/** Writes schemas/config.schema.json and docs/profiles.md from the rules' metadata and the profiles (`npm run gen:schema`). */
import { writeFileSync } from 'node:fs';
import { allRules } from '../rules/index.js';
import { renderProfilesDoc } from '../src/config/profiles-doc.js';
import { buildConfigSchema } from '../src/config/schema.js';

const schema = new URL('../../schemas/config.schema.json', import.meta.url);
writeFileSync(schema, `${JSON.stringify(buildConfigSchema(allRules), null, 2)}\n`);
process.stdout.write(`wrote ${schema.pathname}\n`);
const profiles = new URL('../../docs/profiles.md', import.meta.url);
writeFileSync(profiles, renderProfilesDoc(allRules));
process.stdout.write(`wrote ${profiles.pathname}\n`);
