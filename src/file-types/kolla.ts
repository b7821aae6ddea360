/**
 * Kolla `config.json` files: what `kolla_set_configs` reads when a Kolla image starts. Linted when named on
 * the command line (a `.json` file that reads as one) or matched by the config's `kolla.files` globs. The same configs inside ConfigMaps are found by the manifests file type.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { standaloneConfig } from '../kolla/config.js';
import type { EmbeddedKolla } from '../kolla/embedded.js';
import { parseJson } from '../kolla/json.js';
import type { FileType, LintTarget } from './types.js';

export interface KollaContext {
  /** The file's config (none when it is not valid JSON), in the shape manifests give their embedded ones. */
  kolla(): EmbeddedKolla;
}

const SNIFF_BYTES = 1024 * 1024;
const SNIFF_DEPTH = 64;
const KOLLA_TOP_KEYS = ['command', 'config_files'];

export const kollaFileType: FileType<'kolla', KollaContext> = {
  kind: 'kolla',
  discover(input) {
    const found: LintTarget[] = [];
    for (const named of input.namedFiles) {
      // The config's kolla.files say so, or a named file reads as one (and the config gives it no other type).
      const isKolla = named.kind === 'kolla' || (named.kind === undefined && isKollaName(named.path));
      if (isKolla) found.push({ path: named.path, kind: 'kolla', role: 'kolla', chart: named.chart });
    }
    return found;
  },
  async parse(text, limits) {
    return [parseJson(text, limits)];
  },
  fatalStopsRules: true,
  context(file) {
    const root = file.documents[0]?.root;
    return { kolla: () => ({ configs: root ? [standaloneConfig(root)] : [], problems: [] }) };
  },
};

/**
 * A named `.json` file that reads as a Kolla config: an object with a top-level `command` or `config_files`
 * (for a file called `config.json`, `permissions` too). A JSON schema that describes such keys deeper down,
 * or another tool's config.json, is not one: it stays a values file, as Helm reads it.
 */
function isKollaName(file: string): boolean {
  if (!file.endsWith('.json')) return false;
  const keys = path.basename(file) === 'config.json' ? [...KOLLA_TOP_KEYS, 'permissions'] : KOLLA_TOP_KEYS;
  const head = readHead(file);
  if (head === undefined) return false;
  const root = parseJson(head, { maxNestingDepth: SNIFF_DEPTH }).root;
  if (root) return root.kind === 'map' && root.entries.some((entry) => keys.includes(entry.key));
  // Broken or longer than the sniff: a Kolla config when its first key says so.
  const first = /^\s*\{\s*"([a-z_]+)"\s*:/.exec(head);
  return first !== null && keys.includes(first[1]!);
}

function readHead(file: string): string | undefined {
  let fd: number | undefined;
  try {
    // A FIFO or device named by mistake would block the read.
    if (!statSync(file).isFile()) return undefined;
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const read = readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
