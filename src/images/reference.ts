/**
 * Docker image reference grammar, ported from github.com/distribution/reference
 * (commit 0965666a): `Parse` (regexp.go, reference.go), `ParseNormalizedNamed`
 * (normalize.go) and the digest checks of github.com/opencontainers/go-digest.
 *
 *   reference        := name [ ":" tag ] [ "@" digest ]
 *   name             := [domain '/'] remote-name
 *   domain           := host [':' port-number]
 *   host             := domain-name | IPv4address | \[ IPv6address \]
 *   remote-name      := path-component ['/' path-component]*
 *   path-component   := alpha-numeric [separator alpha-numeric]*
 *   tag              := /[\w][\w.-]{0,127}/
 *   digest           := algorithm ":" hex (at least 32 hex digits)
 */

export type ReferenceErrorCode =
  | 'NameEmpty'
  | 'ReferenceInvalidFormat'
  | 'NameContainsUppercase'
  | 'NameTooLong'
  | 'DigestInvalidFormat'
  | 'DigestUnsupported'
  | 'Identifier64Hex'
  | 'RemoteNotLowercase';

export interface ParsedReference {
  /** Registry host (with port) as written, '' when absent (raw mode) — in normalized mode 'docker.io' when defaulted. */
  domain: string;
  /** Repository path without the domain ('library/nginx' after normalisation). */
  path: string;
  tag: string | null;
  digest: string | null;
  /** True when the input itself names a registry host (first component before '/' is localhost, or contains '.' or ':', or is not all lower case), i.e. the domain was not defaulted. */
  explicitDomain: boolean;
  /** UTF-16 offsets into the original input, [start, end), for editors to underline parts; null when the part is absent. */
  spans: {
    domain: [number, number] | null;
    path: [number, number];
    tag: [number, number] | null;
    digest: [number, number] | null;
  };
}

export type ReferenceResult = { ok: true; ref: ParsedReference } | { ok: false; error: ReferenceErrorCode; message: string };

export interface ParseOptions {
  /** Registered digest algorithms, as Go programs register them by importing crypto/sha256 or crypto/sha512. Default: kubelet's set. */
  digestAlgorithms?: readonly string[];
}

type Failure = Extract<ReferenceResult, { ok: false }>;

// ---------------------------------------------------------------------------
// Regular expressions, assembled from named pieces exactly as regexp.go does.
// Go's RE2 and JS pick the same submatches here (leftmost-first, no lookaround),
// and `$` without the m flag only matches at the very end in both.

const optional = (...res: string[]): string => `(?:${res.join('')})?`;
const anyTimes = (...res: string[]): string => `(?:${res.join('')})*`;
const capture = (...res: string[]): string => `(${res.join('')})`;
const anchored = (...res: string[]): string => `^${res.join('')}$`;

/** Lower case letters and digits only: upper case is never allowed in the path. */
const alphanumeric = '[a-z0-9]+';
/** One period, one or two underscores, or any number of dashes (upstream e60f347). */
const separator = '(?:[._]|__|[-]+)';
/** Unlike the path, the domain allows upper case. */
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const optionalPort = '(?::[0-9]+)?';
/** `\w` is ASCII-only in both RE2 and non-unicode JS regexps. */
const tag = String.raw`[\w][\w.-]{0,127}`;
/** `[[:xdigit:]]` spelled out; go-digest later narrows this to lower-case hex of the exact length. */
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}';
const identifier = '([a-f0-9]{64})';
/** Bracketed, without zone ids or embedded IPv4. */
const ipv6address = String.raw`\[(?:[a-fA-F0-9:]+)\]`;
const domainName = domainNameComponent + anyTimes(String.raw`\.`, domainNameComponent);
const host = `(?:${domainName}|${ipv6address})`;
const domainAndPort = host + optionalPort;
const pathComponent = alphanumeric + anyTimes(separator, alphanumeric);
const remoteName = pathComponent + anyTimes('/', pathComponent);
const namePat = optional(domainAndPort, '/') + remoteName;

/** Groups: 1 name, 2 tag, 3 digest. */
const referenceRegexp = new RegExp(anchored(capture(namePat), optional(':', capture(tag)), optional('@', capture(digestPat))));
/** Greedy domain split of a matched name, with no dot/colon heuristic: raw `foo/bar` has domain `foo`. Groups: 1 domain, 2 path. */
const anchoredNameRegexp = new RegExp(anchored(optional(capture(domainAndPort), '/'), capture(remoteName)));
const anchoredIdentifierRegexp = new RegExp(anchored(identifier));

/** go-digest's DigestRegexpAnchored: decides "unsupported" versus "invalid" for unregistered algorithms. */
const goDigestRegexp = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
/** go-digest's anchoredEncodedRegexps: the only algorithms it knows, each lower-case hex of the hash size. */
const encodedRegexps: ReadonlyMap<string, RegExp> = new Map([
  ['sha256', /^[a-f0-9]{64}$/],
  ['sha384', /^[a-f0-9]{96}$/],
  ['sha512', /^[a-f0-9]{128}$/],
]);

const KUBELET_DIGEST_ALGORITHMS: readonly string[] = ['sha256', 'sha384', 'sha512'];
const REPOSITORY_NAME_MAX_LENGTH = 255;
const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';

const MESSAGES = {
  NameEmpty: 'repository name must have at least one component',
  ReferenceInvalidFormat: 'invalid reference format',
  NameContainsUppercase: 'repository name must be lowercase',
  NameTooLong: `repository name must not be more than ${REPOSITORY_NAME_MAX_LENGTH} characters`,
  DigestInvalidFormat: 'invalid checksum digest format',
  DigestUnsupported: 'unsupported digest algorithm',
} as const satisfies Partial<Record<ReferenceErrorCode, string>>;

const fail = (error: ReferenceErrorCode, message: string): Failure => ({ ok: false, error, message });
const failWith = (error: keyof typeof MESSAGES): Failure => fail(error, MESSAGES[error]);

/** Go's strings.ToLower uses simple case mapping, so U+0130 (İ) becomes a plain 'i'; JS's full mapping would add U+0307. */
const goToLower = (s: string): string => s.replaceAll('\u0130', 'i').toLowerCase();

// ---------------------------------------------------------------------------
// Parse

interface RawReference {
  domain: string;
  path: string;
  tag: string | null;
  digest: string | null;
}

/** go-digest Digest.Validate for a string already matching digestPat (so it has a ':' with text on both sides). */
function validateDigest(digest: string, algorithms: readonly string[]): Failure | null {
  const algorithm = digest.slice(0, digest.indexOf(':'));
  const encoded = encodedRegexps.get(algorithm);
  if (encoded === undefined || !algorithms.includes(algorithm)) {
    return failWith(goDigestRegexp.test(digest) ? 'DigestUnsupported' : 'DigestInvalidFormat');
  }
  return encoded.test(digest.slice(algorithm.length + 1)) ? null : failWith('DigestInvalidFormat');
}

/** reference.Parse. */
function parseRaw(s: string, algorithms: readonly string[]): RawReference | Failure {
  if (s === '') return failWith('NameEmpty');

  const match = referenceRegexp.exec(s);
  if (match === null) {
    const lowered = goToLower(s);
    // Succeeding once lower-cased means the only problem is upper case in the name.
    return failWith(lowered !== s && referenceRegexp.test(lowered) ? 'NameContainsUppercase' : 'ReferenceInvalidFormat');
  }
  const [, name = '', matchedTag, matchedDigest] = match;

  // Upstream keeps a fallback for a name that does not split; the shared grammar makes it unreachable in practice.
  const nameMatch = anchoredNameRegexp.exec(name);
  const domain = nameMatch?.[1] ?? '';
  const path = nameMatch?.[2] ?? name;
  // Only the path counts (upstream aaca75e); it is ASCII, so UTF-16 length equals Go's byte length.
  if (path.length > REPOSITORY_NAME_MAX_LENGTH) return failWith('NameTooLong');

  if (matchedDigest !== undefined) {
    const digestError = validateDigest(matchedDigest, algorithms);
    if (digestError !== null) return digestError;
  }
  return { domain, path, tag: matchedTag ?? null, digest: matchedDigest ?? null };
}

/** Spans of `ref` within the string it was parsed from, which is `domain '/' path [':' tag] ['@' digest]`. */
function spansOf(ref: RawReference, length: number): ParsedReference['spans'] {
  const pathStart = ref.domain === '' ? 0 : ref.domain.length + 1;
  const pathEnd = pathStart + ref.path.length;
  return {
    domain: ref.domain === '' ? null : [0, ref.domain.length],
    path: [pathStart, pathEnd],
    tag: ref.tag === null ? null : [pathEnd + 1, pathEnd + 1 + ref.tag.length],
    digest: ref.digest === null ? null : [length - ref.digest.length, length],
  };
}

// ---------------------------------------------------------------------------
// Normalisation

/**
 * splitDockerDomain's host test: the index of the '/' after the first component when that
 * component is a registry host (localhost, contains '.' or ':' — which covers index.docker.io —
 * or is not all lower case), otherwise -1 and the domain defaults to docker.io.
 */
function registryHostEnd(input: string): number {
  const slash = input.indexOf('/');
  if (slash === -1) return -1;
  const first = input.slice(0, slash);
  const isHost = first === 'localhost' || first.includes('.') || first.includes(':') || goToLower(first) !== first;
  return isHost ? slash : -1;
}

/** The fully-qualified rule: the input has a '/' and its first component is 'localhost' or contains '.' or ':'. (Uppercase first components do NOT count here, on purpose.) */
export function namesRegistryHost(input: string): boolean {
  const slash = input.indexOf('/');
  if (slash === -1) return false;
  const first = input.slice(0, slash);
  return first === 'localhost' || first.includes('.') || first.includes(':');
}

/** reference.Parse: the grammar only, no docker.io defaulting. */
export function parseReference(input: string, options?: ParseOptions): ReferenceResult {
  const ref = parseRaw(input, options?.digestAlgorithms ?? KUBELET_DIGEST_ALGORITHMS);
  if ('ok' in ref) return ref;
  return { ok: true, ref: { ...ref, explicitDomain: registryHostEnd(input) !== -1, spans: spansOf(ref, input.length) } };
}

/** reference.ParseNormalizedNamed: docker/containerd/kubelet semantics. */
export function parseNormalizedReference(input: string, options?: ParseOptions): ReferenceResult {
  if (anchoredIdentifierRegexp.test(input)) {
    return fail('Identifier64Hex', `invalid repository name (${input}), cannot specify 64-byte hexadecimal strings`);
  }

  // splitDockerDomain. `rest` is the part of the input that reaches Parse verbatim.
  const hostEnd = registryHostEnd(input);
  const restStart = hostEnd + 1;
  const rest = input.slice(restStart);
  const writtenDomain = input.slice(0, Math.max(hostEnd, 0));
  const domain = hostEnd === -1 || writtenDomain === LEGACY_DEFAULT_DOMAIN ? DEFAULT_DOMAIN : writtenDomain;
  // Single-component Docker Hub names are official images: "docker.io/ubuntu" => "docker.io/library/ubuntu".
  const remainder = domain === DEFAULT_DOMAIN && !rest.includes('/') ? OFFICIAL_REPO_PREFIX + rest : rest;

  const tagSep = remainder.indexOf(':');
  const remote = tagSep === -1 ? remainder : remainder.slice(0, tagSep);
  if (goToLower(remote) !== remote) {
    return fail('RemoteNotLowercase', `invalid reference format: repository name (${remote}) must be lowercase`);
  }

  const normalized = `${domain}/${remainder}`;
  const ref = parseRaw(normalized, options?.digestAlgorithms ?? KUBELET_DIGEST_ALGORITHMS);
  if ('ok' in ref) return ref;

  // Map spans back onto the input: `rest` ends both strings, everything before it was rewritten or added.
  const shift = restStart - (normalized.length - rest.length);
  const spans = spansOf(ref, normalized.length);
  const moved = (span: [number, number] | null): [number, number] | null => (span === null ? null : [span[0] + shift, span[1] + shift]);
  const explicitDomain = hostEnd !== -1;
  // Parse may still reject the chosen host as a domain (e.g. "a_b.c/x" is all path); then nothing was defaulted either.
  const domainParsed = ref.domain !== '';
  return {
    ok: true,
    ref: {
      ...ref,
      explicitDomain,
      spans: {
        domain: explicitDomain && domainParsed ? [0, hostEnd] : null,
        path: [domainParsed ? restStart : 0, spans.path[1] + shift],
        tag: moved(spans.tag),
        digest: moved(spans.digest),
      },
    },
  };
}
