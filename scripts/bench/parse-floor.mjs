#!/usr/bin/env node
/**
 * The parse-only floor: one Node process that reads and parses the files named in a list file, and does
 * nothing else. No linter that parses every file can beat the fastest correct parse by much.
 * Usage: node parse-floor.mjs yaml|js-yaml LIST_FILE
 */
import { readFileSync } from 'node:fs';

const [parser, listFile] = process.argv.slice(2);
const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
if (parser === 'yaml') {
  const { parseAllDocuments } = await import('yaml');
  for (const file of files) parseAllDocuments(readFileSync(file, 'utf8'));
} else {
  const jsyaml = await import('js-yaml');
  for (const file of files) {
    try {
      jsyaml.loadAll(readFileSync(file, 'utf8'), () => {});
    } catch {
      // invalid files (the netpol placeholders) cost their parse all the same
    }
  }
}
