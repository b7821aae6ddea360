/**
 * The rendered containers that run kubernetes-entrypoint (they set a `DEPENDENCY_*` variable, helm-toolkit's
 * init container or anyone's), each with its reading (src/entrypoint/env.ts), for the entrypoint/env-* rules.
 */
import { closest } from '../common/closest.js';
import type { ContainerSite } from '../manifests/pods.js';
import { getEntry, getPath, scalarString, type Span, type YamlNode } from '../sources/yaml-view.js';
import {
  LIST_VARIABLES,
  readEntrypoint,
  valueSpan,
  type EntrypointReading,
  type EnvVariable,
  type ListVariable,
  type TextRange,
} from './env.js';

export interface EntrypointSite {
  site: ContainerSite;
  reading: EntrypointReading;
}

export function entrypointSites(containers: readonly ContainerSite[]): EntrypointSite[] {
  const sites: EntrypointSite[] = [];
  for (const site of containers) {
    const reading = readEntrypoint(site.node);
    if (reading) sites.push({ site, reading });
  }
  return sites;
}

/** A span for a range of a variable's value in the file's text, or the whole value without a range. */
export function spanIn(text: string, variable: EnvVariable, range?: TextRange): Span {
  if (range) return valueSpan(text, variable, range);
  return variable.valueNode?.span ?? variable.nameNode.span;
}

/** What an item of each list names, for messages: `service "a"`, `file "/etc/x"`. */
export const LIST_OBJECT: Record<ListVariable, string> = {
  DEPENDENCY_SERVICE: 'service',
  DEPENDENCY_JOBS: 'job',
  DEPENDENCY_DAEMONSET: 'daemonset',
  DEPENDENCY_CONTAINER: 'container',
  DEPENDENCY_CONFIG: 'config file',
  DEPENDENCY_SOCKET: 'socket',
};

export const LIST_NAMES = Object.keys(LIST_VARIABLES) as ListVariable[];

/** The names of the pod's containers, by list. */
export function podContainerNames(site: ContainerSite): { containers: Set<string>; initContainers: Set<string>; ephemeral: Set<string> } {
  const names = (list: string): Set<string> => {
    const seq = getEntry(site.podSpec, list)?.value;
    const out = new Set<string>();
    if (seq?.kind === 'seq') for (const item of seq.items) out.add(scalarString(getPath(item, ['name'])) ?? '');
    return out;
  };
  return { containers: names('containers'), initContainers: names('initContainers'), ephemeral: names('ephemeralContainers') };
}

/** `metadata.namespace` of the object holding the pod spec, when the manifest writes it. */
export function writtenNamespace(site: ContainerSite): string | undefined {
  return scalarString(getPath(site.owner, ['metadata', 'namespace']));
}

/** `a`, `a and b`, `a, b and 2 more`: names for a message. */
export function someNames(names: readonly string[]): string {
  const quoted = [...new Set(names)].map((name) => `"${name}"`);
  if (quoted.length <= 2) return quoted.join(' and ');
  if (quoted.length === 3) return `${quoted[0]}, ${quoted[1]} and ${quoted[2]}`;
  return `${quoted[0]}, ${quoted[1]} and ${quoted.length - 2} more`;
}

/** A boolean scalar's value. */
export function booleanOf(node: YamlNode | undefined): boolean | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'boolean' ? node.value : undefined;
}

/** The known name a mistyped one is closest to (ignoring case, as Go's decoder does, and `_` or `-`), for "did you mean" hints. */
export function nearestName(word: string, candidates: readonly string[]): string | undefined {
  const fold = (name: string): string => name.toLowerCase().replace(/[_-]/g, '');
  const folded = candidates.map(fold);
  const found = closest(fold(word), folded, 3);
  return found === undefined ? undefined : candidates[folded.indexOf(found)];
}
