/** Walks the scalar leaves of a values tree with their paths, for the rules that judge every value. */
import type { PathSegment, YamlNode, YamlScalar } from '../sources/yaml-view.js';

export function forEachLeaf(root: YamlNode | undefined, visit: (path: readonly PathSegment[], leaf: YamlScalar) => void): void {
  if (!root) return;
  const path: PathSegment[] = [];
  const walk = (node: YamlNode): void => {
    if (node.kind === 'scalar') visit(path, node);
    else if (node.kind === 'map') {
      for (const entry of node.entries) {
        path.push(entry.key);
        walk(entry.value);
        path.pop();
      }
    } else {
      node.items.forEach((item, index) => {
        path.push(index);
        walk(item);
        path.pop();
      });
    }
  };
  walk(root);
}
