import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/**
 * A validator for the final OASIS SARIF 2.1.0 schema (test/data/sarif-schema-2.1.0.json, errata 01), as
 * GitHub's code scanning reads it; see formatters-ci.test.ts for why draft-04 and these options.
 */
export function officialSarifValidator() {
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(new URL('../data/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object);
}
