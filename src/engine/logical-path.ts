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

function innermost(node: YamlNode, offset: number): YamlNode {
  if (node.kind === 'map') {
    for (const entry of node.entries) {
      if (entry.keySpan.start <= offset && offset < entry.keySpan.end) return entry.value;
      if (entry.value.span.start <= offset && offset <= entry.value.span.end) return innermost(entry.value, offset);
    }
  } else if (node.kind === 'seq') {
    for (const item of node.items) if (item.span.start <= offset && offset <= item.span.end) return innermost(item, offset);
  }
  return node;
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
