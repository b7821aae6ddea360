/**
 * Registry entries (`host`, `host:port`, `host/path-prefix`, `*.domain`) matched against a parsed image
 * reference's domain and path: the matcher of images/allowed-registries and of images/digest-pinned's
 * `exempt`, so that both read an entry alike.
 */

export interface RegistryEntry {
  host: RegExp;
  /** An entry without a port matches the host on any port. */
  withPort: boolean;
  prefix: string;
}

/**
 * An entry is read as a reference would be: a first component that cannot be a registry host (no `.`, no
 * `:`, not `localhost`, no `*`) is a path on docker.io, where Kubernetes pulls `internal-registry/nginx`
 * from. Read as a host it could match no reference at all.
 */
function normalizeEntry(entry: string): string {
  const first = entry.split('/')[0]!;
  const couldBeHost = first.includes('.') || first.includes(':') || first.includes('*') || first === 'localhost';
  return couldBeHost ? entry : `docker.io/${entry}`;
}

/** Compiles one entry: the part before the first `/` is the host (`*` matches within one host label run). */
export function compileRegistryEntry(written: string): RegistryEntry {
  const entry = normalizeEntry(written);
  const slash = entry.indexOf('/');
  const host = slash === -1 ? entry : entry.slice(0, slash);
  const prefix = slash === -1 ? '' : entry.slice(slash + 1).replace(/\/+$/, '');
  const hostPattern = host
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return { host: new RegExp(`^${hostPattern}$`, 'i'), withPort: host.includes(':'), prefix };
}

/**
 * Whether an entry matches a reference's normalized domain and path. A prefix matches whole path components
 * only: "quay.io/airship" does not match "quay.io/airshipit/x", and an entry names a host, never the start of
 * one ("internal-registry" does not match "internal-registry-attacker/app", which docker.io serves anyway).
 */
export function registryEntryMatches(entry: RegistryEntry, domain: string, path: string): boolean {
  if (!entry.host.test(entry.withPort ? domain : domain.replace(/:\d+$/, ''))) return false;
  return entry.prefix === '' || path === entry.prefix || path.startsWith(`${entry.prefix}/`);
}
