/**
 * The logical YAML path a finding is about (`images.tags.api`): part of its fingerprint, so it must not
 * depend on line numbers. In a manifest stream the path starts with the object (`Deployment/api:`), not
 * the document's index, so adding a manifest above does not change it.
 */
import type { SourceFile } from '../file-types/types.js';
import { dottedPath, getChild, getPath, pathOf, scalarString, type Span, type YamlNode } from '../sources/yaml-view.js';

export function pathOfNode(file: SourceFile, node: YamlNode): string {
  return withDocument(file, node, dottedPath(pathOf(node)));
}

/** The path of the innermost node (or map key) at the span's start; undefined outside every document. */
export function pathAtSpan(file: SourceFile, span: Span): string | undefined {
  for (const document of file.documents) {
    const root = document.root;
    if (!root || span.start < root.span.start || span.start > root.span.end) continue;
    return pathOfNode(file, innermost(root, span.start));
  }
  return undefined;
}

/** The span of the scalar a span starts in (the whole value of a finding on part of it), if it is in one. */
export function scalarSpanAt(file: SourceFile, span: Span): Span | undefined {
  for (const document of file.documents) {
    const root = document.root;
    if (!root || span.start < root.span.start || span.start > root.span.end) continue;
    const node = innermost(root, span.start);
    return node.kind === 'scalar' && node.span.start <= span.start && span.end <= node.span.end ? node.span : undefined;
  }
  return undefined;
}

function innermost(node: YamlNode, offset: number): YamlNode {
  if (node.kind === 'map') {
    // Entries are in source order: start at the last one that begins at or before the offset (a binary search,
    // or a file with many findings in one long map is quadratic), one step back for a shared boundary.
    const entries = node.entries;
    const from = Math.max(0, lastStartingBefore(entries.length, (i) => entries[i]!.keySpan.start, offset) - 1);
    for (const pass of [entries.slice(from, from + 2), entries]) {
      for (const entry of pass) {
        if (entry.keySpan.start <= offset && offset < entry.keySpan.end) return entry.value;
        if (entry.value.span.start <= offset && offset <= entry.value.span.end) return innermost(entry.value, offset);
      }
    }
  } else if (node.kind === 'seq') {
    const items = node.items;
    const from = Math.max(0, lastStartingBefore(items.length, (i) => items[i]!.span.start, offset) - 1);
    // The whole list again only when the guess misses (merged or out-of-order nodes).
    for (const pass of [items.slice(from, from + 2), items]) {
      for (const item of pass) if (item.span.start <= offset && offset <= item.span.end) return innermost(item, offset);
    }
  }
  return node;
}

/** The last index whose start is at or before `offset` (0 when none), assuming starts ascend. */
function lastStartingBefore(length: number, startOf: (index: number) => number, offset: number): number {
  let low = 0;
  let high = length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (startOf(middle) <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function withDocument(file: SourceFile, node: YamlNode, path: string): string {
  if (file.kind !== 'manifests') return path;
  let root = node;
  while (root.parent) root = root.parent;
  const kind = scalarString(getChild(root, 'kind'));
  const name = scalarString(getPath(root, ['metadata', 'name']));
  const object = kind && name ? `${kind}/${name}` : `document ${file.documents.findIndex((d) => d.root === root) + 1}`;
  return path ? `${object}:${path}` : object;
}
