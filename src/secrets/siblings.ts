/**
 * What a value's neighbours and its chart's templates say of a secret-looking leaf, for every rule that
 * judges values files' secrets (in-chart-defaults, in-shared-globals, region-scope):
 *
 * - switched off: it sits under a map that says `enabled: false` (`endpoints.oci_image_registry.auth`), or
 *   every template that reads it is wrapped whole in a toggle that is false (`manifests.secret_kafka`);
 * - a name: a key with a `<key>Namespace` sibling names a Kubernetes object (`provisionerSecret` beside
 *   `provisionerSecretNamespace`), and a `*Key` beside the Secret's name (`secretName`, `existingSecret`)
 *   names a key inside that Secret (`secretKey: thanos.yaml`);
 * - a test's input: rally's test scenarios (`conf.rally_tests`) create throwaway users and instances.
 */
import type { ChartSecretWrites } from '../facts/secret-writes.js';
import { getPath, type PathSegment, type YamlNode } from '../sources/yaml-view.js';
import type { ValueUse } from './classify.js';
import { isKeyNameShaped, isObjectNameShaped } from './names.js';

/** Sibling keys that hold the name of the Secret the `*Key` keys beside them point into. */
const SECRET_NAME_SIBLINGS = /^existing_?secret(?:_?name)?$|secret_?name$/i;
const TEST_SUBTREES = new Set(['rally_tests']);

/**
 * Whether the leaf at `path` (holding `value`) is not a secret because of where it sits. `writes` is what
 * the chart's own templates do with its values (absent when unknown or when the file is not the chart's).
 */
export function notASecretHere(
  root: YamlNode | undefined,
  path: readonly PathSegment[],
  value: unknown,
  writes?: ChartSecretWrites,
): boolean {
  if (path.some((segment) => typeof segment === 'string' && TEST_SUBTREES.has(segment))) return true;
  return (
    switchedOff(root, path) ||
    namesAnObject(root, path) ||
    keyOfANamedSecret(root, path, value) ||
    namedSecretOfAPair(root, path, value) ||
    tlsSecretName(path, value) ||
    gatedOff(root, path, writes)
  );
}

/** What the chart's templates do with the value at `path`: written into a Secret, or not known to be. */
export function useOf(path: readonly PathSegment[], writes?: ChartSecretWrites): ValueUse {
  if (!writes || path.some((segment) => typeof segment !== 'string')) return {};
  return { writtenToSecret: writes.written.includes(path.join('.')) };
}

/**
 * A value under a map that says `enabled: false` belongs to a feature that is off by default: no deployment
 * runs with it unless it turns the feature on, and then sets it too.
 */
function switchedOff(root: YamlNode | undefined, path: readonly PathSegment[]): boolean {
  let node = root;
  for (const segment of path) {
    if (node?.kind !== 'map') return false;
    const enabled = getPath(node, ['enabled']);
    if (enabled?.kind === 'scalar' && enabled.value === false) return true;
    node = typeof segment === 'string' ? getPath(node, [segment]) : undefined;
  }
  return false;
}

function parentOf(root: YamlNode | undefined, path: readonly PathSegment[]): YamlNode | undefined {
  if (path.slice(0, -1).some((segment) => typeof segment !== 'string')) return undefined;
  return getPath(root, path.slice(0, -1) as string[]);
}

/**
 * A key with a `<key>Namespace` sibling names a Kubernetes object (`provisionerSecret: csi-rbd-secret` beside
 * `provisionerSecretNamespace`, `secret: freezer-db-password` beside `secretNamespace`): a Secret's name.
 */
function namesAnObject(root: YamlNode | undefined, path: readonly PathSegment[]): boolean {
  const key = path.at(-1);
  if (typeof key !== 'string') return false;
  const parent = parentOf(root, path);
  return ['Namespace', '_namespace'].some((suffix) => getPath(parent, [`${key}${suffix}`]) !== undefined);
}

/** `secretKey: thanos.yaml` beside `secretName:`: the key inside the named Secret, when shaped like one. */
function keyOfANamedSecret(root: YamlNode | undefined, path: readonly PathSegment[], value: unknown): boolean {
  const key = path.at(-1);
  if (typeof key !== 'string' || typeof value !== 'string' || !/key$/i.test(key) || !isKeyNameShaped(value)) return false;
  const parent = parentOf(root, path);
  return parent?.kind === 'map' && parent.entries.some((entry) => entry.key !== key && SECRET_NAME_SIBLINGS.test(entry.key));
}

/**
 * GitLab's `{secret: gitlab-postgresql-password, key: postgresql-password}`: a `secret` beside the `key` inside
 * it names the Secret, whatever the name's shape.
 */
function namedSecretOfAPair(root: YamlNode | undefined, path: readonly PathSegment[], value: unknown): boolean {
  const key = path.at(-1);
  if (typeof key !== 'string' || typeof value !== 'string' || !/secret$/i.test(key) || !isObjectNameShaped(value, false)) return false;
  const sibling = getPath(parentOf(root, path), ['key']);
  return sibling?.kind === 'scalar' && typeof sibling.value === 'string' && isKeyNameShaped(sibling.value);
}

// Parents whose `secret` is where TLS material lives: PEM blocks, never a DNS word.
const TLS_PARENTS = /^(?:tls|ssl|certs?|certificates?)$/i;

/** `tls: {secret: my-app-tls}`: the Secret that holds a certificate and its key, by name. */
function tlsSecretName(path: readonly PathSegment[], value: unknown): boolean {
  const key = path.at(-1);
  const parent = path.at(-2);
  return (
    typeof key === 'string' &&
    /^secret$/i.test(key) &&
    typeof parent === 'string' &&
    TLS_PARENTS.test(parent) &&
    typeof value === 'string' &&
    isObjectNameShaped(value, false)
  );
}

/**
 * Every template that reads the value is wrapped whole in toggles that are false (in this file, or else by
 * the chart's defaults): fluentd's Kafka password, read only by the Secret behind `manifests.secret_kafka`.
 */
function gatedOff(root: YamlNode | undefined, path: readonly PathSegment[], writes?: ChartSecretWrites): boolean {
  if (!writes || path.some((segment) => typeof segment !== 'string')) return false;
  const toggles = writes.gated[path.join('.')];
  if (!toggles || toggles.length === 0) return false;
  return toggles.every((toggle) => {
    const here = getPath(root, toggle.split('.'));
    const on = here?.kind === 'scalar' && typeof here.value === 'boolean' ? here.value : writes.toggles[toggle];
    return on === false;
  });
}
