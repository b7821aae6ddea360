/** What the published package holds and exports: its licence, its metadata, the files editors and CI use. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

describe('the package', () => {
  it('ships the licence it declares, and says where it lives', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.license).toBe('Apache-2.0');
    expect(readFileSync(path.join(root, 'LICENSE'), 'utf8')).toContain(
      'Apache License\n                           Version 2.0, January 2004',
    );
    expect(manifest.repository).toMatchObject({ type: 'git' });
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.bugs).toMatchObject({ url: expect.stringMatching(/^https:\/\/.*\/issues$/) as unknown });
  });
});

describe('the package exports', () => {
  it('the config schema and the problem matcher, by name, for editors and CI setups', async () => {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const schema = require('chartlint/config.schema.json') as { title: string };
    expect(schema.title).toContain('chartlint');
    const matcher = require('chartlint/problem-matcher.json') as { problemMatcher: { owner: string }[] };
    expect(matcher.problemMatcher.map((m) => m.owner)).toContain('chartlint');
  });
});
