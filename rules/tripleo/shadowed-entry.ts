import { defineRule, getEntry, NO_OPTIONS, TEMPLATE_SWITCHES, type PrepareEntry, type TripleoFile } from '../../src/rule-kit/index.js';

/** The entry's includes or excludes as plain patterns; undefined when they are not a list of strings (judged by tripleo/key-type). */
function patterns(file: TripleoFile, entry: PrepareEntry, key: 'includes' | 'excludes'): string[] | undefined {
  const node = entry.key(key)?.value;
  if (!node || (node.kind === 'scalar' && !file.py(node).truthy)) return [];
  if (node.kind !== 'seq') return undefined;
  const found: string[] = [];
  for (const item of node.items) {
    const py = item.kind === 'scalar' ? file.py(item) : undefined;
    if (py?.kind !== 'str' || py.str === undefined) return undefined;
    found.push(py.str);
  }
  return found;
}

/** What the entry's template switches say, as written (absent ones read the same defaults in both entries). */
function switches(file: TripleoFile, entry: PrepareEntry): string | undefined {
  const values: string[] = [];
  for (const key of TEMPLATE_SWITCHES) {
    const node = entry.set ? getEntry(entry.set, key)?.value : undefined;
    if (node && node.kind !== 'scalar') return undefined;
    values.push(node ? `${file.py(node).kind}:${file.py(node).str}` : '');
  }
  return values.join('\0');
}

/** Every image `earlier` selects, `later` selects too (both pass the same service filter). */
function covers(later: { includes: string[]; excludes: string[] }, earlier: { includes: string[]; excludes: string[] }): boolean {
  if (later.includes.length > 0)
    return earlier.includes.length > 0 && earlier.includes.every((pattern) => later.includes.includes(pattern));
  if (later.excludes.length === 0) return true;
  return earlier.includes.length === 0 && later.excludes.every((pattern) => earlier.excludes.includes(pattern));
}

export default defineRule<Record<string, never>, 'shadowed', 'tripleo'>({
  id: 'tripleo/shadowed-entry',
  meta: {
    description:
      'A ContainerImagePrepare entry whose every image a later entry selects again: later entries override earlier ones, so it sets no parameter.',
    severity: 'warning',
    targets: ['tripleo'],
    messages: {
      shadowed:
        '{{entry}} sets no image parameter: {{later}} selects every image it selects, and later entries override earlier ones. Remove it, or narrow {{later}} with includes or excludes.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const file = ctx.tripleo();
    for (const param of file.params) {
      const read = param.entries.map((entry) => {
        const includes = patterns(file, entry, 'includes');
        const excludes = patterns(file, entry, 'excludes');
        const known = includes && excludes && switches(file, entry) !== undefined;
        return known ? { entry, includes, excludes, switches: switches(file, entry) } : undefined;
      });
      read.forEach((earlier, i) => {
        if (!earlier) return;
        const later = read
          .slice(i + 1)
          .find((candidate) => candidate && candidate.switches === earlier.switches && covers(candidate, earlier));
        if (!later) return;
        const at = earlier.entry.node.entries[0];
        ctx.report({
          span: at ? at.keySpan : earlier.entry.node.span,
          messageId: 'shadowed',
          data: { entry: earlier.entry.label, later: later.entry.label },
        });
      });
    }
  },
});
