/** Keeps every rule, its doc page, its options schema and the published config schema in step. */
import { Ajv } from 'ajv';
import fg from 'fast-glob';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { buildConfigSchema } from '../src/config/schema.js';

const root = path.resolve(import.meta.dirname, '..');
const SECTIONS = ['## Why', '## Examples', '### Incorrect', '### Correct', '## Options', '## When to turn it off'];

describe('the rule registry', () => {
  it('holds every rule module, sorted by id', () => {
    const files = fg
      .sync('rules/*/*.ts', { cwd: root })
      .map((f) => f.slice('rules/'.length, -'.ts'.length))
      .sort();
    expect(allRules.map((rule) => rule.id)).toEqual(files);
  });

  it('publishes a config schema that matches the rules', () => {
    const published = JSON.parse(readFileSync(path.join(root, 'schemas/config.schema.json'), 'utf8')) as unknown;
    expect(published, 'run `npm run gen:schema`').toEqual(buildConfigSchema(allRules));
  });
});

describe.each(allRules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('lives at rules/<id>.ts with its doc page beside it', () => {
    expect(existsSync(path.join(root, 'rules', `${id}.ts`))).toBe(true);
    expect(existsSync(path.join(root, 'rules', `${id}.md`))).toBe(true);
  });

  it('has a doc page with every section, its default severity and every option', () => {
    const doc = readFileSync(path.join(root, 'rules', `${id}.md`), 'utf8');
    expect(doc.startsWith(`# ${id}\n`)).toBe(true);
    for (const section of SECTIONS) expect(doc, section).toMatch(new RegExp(`^${section}$`, 'm'));
    expect(doc).toContain(`Default severity: \`${rule.meta.severity}\`.`);
    const properties = Object.keys((rule.meta.options as { properties?: object }).properties ?? {});
    for (const option of properties) expect(doc, `option ${option}`).toContain(`\`${option}\``);
    if (properties.length === 0) expect(doc).toContain('This rule has no options.');
    // What --fix does to a finding is for the user to read before running it.
    const fixable = 'fixable' in rule.meta && Boolean(rule.meta.fixable);
    expect(/^## Fix$/m.test(doc), '## Fix section').toBe(fixable);
  });

  it('has an options schema that compiles and accepts its defaults', () => {
    const validate = new Ajv({ strict: true, strictRequired: false }).compile(rule.meta.options);
    expect(validate(rule.meta.defaultOptions), JSON.stringify(validate.errors)).toBe(true);
  });

  it('writes messages as full sentences without the rule id', () => {
    for (const [messageId, message] of Object.entries(rule.meta.messages)) {
      expect(message, messageId).not.toContain(id);
      expect(message, messageId).toMatch(/([.?]|\{\{\w+\}\})$/);
    }
    expect(rule.meta.description).not.toContain(id);
  });
});

describe('the README', () => {
  it('lists and links every rule', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const rule of allRules) expect(readme, rule.id).toContain(`[\`${rule.id}\`](rules/${rule.id}.md)`);
  });
});
