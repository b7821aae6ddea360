/**
 * The tolerations of a `scheduler.alpha.kubernetes.io/tolerations` annotation (a JSON list, as Kubernetes
 * read it before 1.6), and whether the pod spec's `tolerations:` field already says each of them.
 */
import { getEntry, type YamlNode } from '../sources/yaml-view.js';

export interface TolerationFields {
  key: string;
  operator: string;
  value: string;
  effect: string;
}

/** The annotation's tolerations; undefined when it is not a JSON list of objects with string fields. */
export function annotationTolerations(json: string): TolerationFields[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const found: TolerationFields[] = [];
  for (const item of parsed as unknown[]) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
    const fields = item as Record<string, unknown>;
    const text = (name: string): string | undefined =>
      fields[name] === undefined ? '' : typeof fields[name] === 'string' ? fields[name] : undefined;
    const [key, operator, value, effect] = [text('key'), text('operator'), text('value'), text('effect')];
    if (key === undefined || operator === undefined || value === undefined || effect === undefined) return undefined;
    found.push({ key, operator: operator || 'Equal', value, effect });
  }
  return found;
}

/** The pod spec's tolerations as plain fields; entries that are not plain strings are left out. */
export function specTolerations(list: YamlNode | undefined): TolerationFields[] {
  if (list?.kind !== 'seq') return [];
  return list.items.flatMap((item) => {
    if (item.kind !== 'map') return [];
    const text = (name: string): string | undefined => {
      const entry = getEntry(item, name);
      if (!entry || (entry.value.kind === 'scalar' && entry.value.value === null)) return '';
      return entry.value.kind === 'scalar' && typeof entry.value.value === 'string' ? entry.value.value : undefined;
    };
    const [key, operator, value, effect] = [text('key'), text('operator'), text('value'), text('effect')];
    if (key === undefined || operator === undefined || value === undefined || effect === undefined) return [];
    return [{ key, operator: operator || 'Equal', value, effect }];
  });
}

export function sameToleration(a: TolerationFields, b: TolerationFields): boolean {
  return a.key === b.key && a.operator === b.operator && (a.operator === 'Exists' || a.value === b.value) && a.effect === b.effect;
}

/** `species=hypervisor`, `species (any value)`, `every taint`, with `:NoSchedule` when it names an effect. */
export function describeToleration(t: TolerationFields): string {
  const what = t.operator === 'Exists' ? (t.key ? `${t.key} (any value)` : 'every taint') : `${t.key}=${t.value}`;
  return t.effect ? `${what}:${t.effect}` : what;
}
