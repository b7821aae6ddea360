import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
  namesRegistryHost,
  parseNormalizedReference,
  parseReference,
  type ReferenceErrorCode,
  type ReferenceResult,
} from '../src/images/reference.js';

/** One case of distribution/reference@0965666a reference_test.go / normalize_test.go. */
interface ReferenceCase {
  input: string;
  valid: boolean;
  domain: string | null;
  path: string | null;
  tag: string | null;
  digest: string | null;
  mode: 'Parse' | 'ParseNormalizedNamed';
  error?: string;
  asserted?: string;
  source: string;
}

const cases = JSON.parse(readFileSync(new URL('./data/reference-cases.json', import.meta.url), 'utf8')) as ReferenceCase[];

/** Go error identifiers used in the cases, mapped to our codes. */
const GO_ERRORS: Record<string, ReferenceErrorCode> = {
  ErrNameEmpty: 'NameEmpty',
  ErrReferenceInvalidFormat: 'ReferenceInvalidFormat',
  ErrNameContainsUppercase: 'NameContainsUppercase',
  ErrNameTooLong: 'NameTooLong',
  ErrDigestInvalidFormat: 'DigestInvalidFormat',
  ErrDigestUnsupported: 'DigestUnsupported',
  ErrIdentifier64Hex: 'Identifier64Hex',
  ErrRemoteNotLowercase: 'RemoteNotLowercase',
};

// The upstream test binary registers only sha256.
const UPSTREAM = { digestAlgorithms: ['sha256'] } as const;
const HEX64 = 'f'.repeat(64);

function runCase(c: ReferenceCase): ReferenceResult {
  return c.mode === 'Parse' ? parseReference(c.input, UPSTREAM) : parseNormalizedReference(c.input, UPSTREAM);
}

/** Shortens the very long inputs in test names. */
const label = (input: string): string => JSON.stringify(input.length > 60 ? `${input.slice(0, 57)}...` : input);

describe('upstream cases', () => {
  it('has all 110 cases', () => {
    expect(cases).toHaveLength(110);
  });

  for (const mode of ['Parse', 'ParseNormalizedNamed'] as const) {
    describe(mode, () => {
      for (const [index, c] of cases.entries()) {
        if (c.mode !== mode) continue;
        it(`#${index} ${label(c.input)} is ${c.valid ? 'valid' : `invalid (${c.error ?? '?'})`}`, () => {
          const result = runCase(c);
          if (c.valid) {
            expect(result).toMatchObject({
              ok: true,
              ref: { domain: c.domain, path: c.path, tag: c.tag, digest: c.digest },
            });
          } else {
            expect(result.ok).toBe(false);
            if (c.error !== undefined) {
              const code = GO_ERRORS[c.error];
              expect(code, `unknown Go error name ${c.error}`).toBeDefined();
              expect(result).toMatchObject({ ok: false, error: code });
            }
          }
        });
      }
    });
  }
});

/** Unwraps a successful result, failing the test otherwise. */
function ok(result: ReferenceResult) {
  if (!result.ok) throw new Error(`expected success, got ${result.error}: ${result.message}`);
  return result.ref;
}

describe('spans', () => {
  const input = 'quay.io/airshipit/keystone:2026.1-ubuntu_noble';

  it.each([
    ['raw', parseReference],
    ['normalized', parseNormalizedReference],
  ])('locates domain, path and tag (%s)', (_mode, parse) => {
    const ref = ok(parse(input));
    expect(ref.spans).toEqual({ domain: [0, 7], path: [8, 26], tag: [27, 46], digest: null });
    expect(input.slice(...ref.spans.path)).toBe('airshipit/keystone');
    expect(input.slice(...(ref.spans.tag ?? [0, 0]))).toBe('2026.1-ubuntu_noble');
  });

  it('points at the written text when docker.io and library/ are added', () => {
    expect(ok(parseNormalizedReference('nginx:1.25')).spans).toEqual({
      domain: null,
      path: [0, 5],
      tag: [6, 10],
      digest: null,
    });
    expect(ok(parseNormalizedReference('docker.io/foo')).spans).toEqual({
      domain: [0, 9],
      path: [10, 13],
      tag: null,
      digest: null,
    });
  });

  it('covers the legacy index.docker.io host as written', () => {
    const ref = ok(parseNormalizedReference('index.docker.io/foo@sha256:' + HEX64));
    expect(ref.domain).toBe('docker.io');
    expect(ref.path).toBe('library/foo');
    expect(ref.spans).toEqual({ domain: [0, 15], path: [16, 19], tag: null, digest: [20, 91] });
  });
});

describe('explicit domain', () => {
  it('localhost:5000/x:1 names its registry', () => {
    const ref = ok(parseNormalizedReference('localhost:5000/x:1'));
    expect(ref).toMatchObject({ domain: 'localhost:5000', path: 'x', tag: '1', explicitDomain: true });
  });

  it('nginx:1.25 gets docker.io by default', () => {
    const ref = ok(parseNormalizedReference('nginx:1.25'));
    expect(ref).toMatchObject({ domain: 'docker.io', path: 'library/nginx', tag: '1.25', explicitDomain: false });
  });

  it('raw foo/bar splits off foo as a domain without it being a registry host', () => {
    const ref = ok(parseReference('foo/bar'));
    expect(ref).toMatchObject({ domain: 'foo', path: 'bar', explicitDomain: false });
  });
});

describe('namesRegistryHost', () => {
  it.each([
    ['kolla/heat-api:3.0.3', false],
    ['docker.io/library/nginx:1.25', true],
    ['localhost/x', true],
    ['registry:5000/x', true],
    ['nginx', false],
    ['Foo/bar', false],
  ])('%s -> %s', (input, expected) => {
    expect(namesRegistryHost(input)).toBe(expected);
  });
});

describe('digests', () => {
  const sha512 = `img@sha512:${'a'.repeat(128)}`;

  it('accepts sha512 with the kubelet algorithms (default)', () => {
    expect(ok(parseNormalizedReference(sha512)).digest).toBe(`sha512:${'a'.repeat(128)}`);
  });

  it('rejects sha512 as unsupported when only sha256 is registered', () => {
    expect(parseNormalizedReference(sha512, UPSTREAM)).toMatchObject({ ok: false, error: 'DigestUnsupported' });
  });

  it('requires lower-case hex of the exact length', () => {
    expect(parseReference(`img@sha256:${'F'.repeat(64)}`)).toMatchObject({ ok: false, error: 'DigestInvalidFormat' });
    expect(parseReference(`img@sha384:${'a'.repeat(64)}`)).toMatchObject({ ok: false, error: 'DigestInvalidFormat' });
  });

  it('keeps both tag and digest', () => {
    const input = `name:tag@sha256:${HEX64}`;
    const ref = ok(parseNormalizedReference(input));
    expect(ref).toMatchObject({ domain: 'docker.io', path: 'library/name', tag: 'tag', digest: `sha256:${HEX64}` });
    expect(ref.spans).toEqual({ domain: null, path: [0, 4], tag: [5, 8], digest: [9, input.length] });
  });
});

describe('error details', () => {
  it('carries upstream messages', () => {
    expect(parseReference('Uppercase:tag')).toEqual({
      ok: false,
      error: 'NameContainsUppercase',
      message: 'repository name must be lowercase',
    });
    expect(parseNormalizedReference('docker/Docker')).toEqual({
      ok: false,
      error: 'RemoteNotLowercase',
      message: 'invalid reference format: repository name (docker/Docker) must be lowercase',
    });
  });

  it('lower-cases like Go, where U+0130 becomes a plain i', () => {
    expect(parseReference('\u0130mage')).toMatchObject({ ok: false, error: 'NameContainsUppercase' });
  });
});
