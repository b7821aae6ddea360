/**
 * How Kolla reads a `perm` (kolla `set_configs.py`): a string. Releases up to 2025.1 insert `o` after the
 * first character of a 4-character perm and call `int(perm, 0)`, so "0600" is octal 0600, "600" is decimal
 * 600 (mode 01130, silently), and "2755" becomes "2o755", a ValueError. Newer releases take `[0-7]{3,4}` or
 * `0o[0-7]{3,4}` as octal. `kolla_set_configs --check` compares the file's mode with the literal 4-digit
 * string. Only "0" followed by three octal digits is right everywhere.
 */
import type { YamlNode } from '../sources/yaml-view.js';

export type PermVerdict =
  | { problem: 'notString' }
  | { problem: 'decimal'; value: string; mode: string; fixed: string }
  | { problem: 'special'; value: string }
  | { problem: 'prefixed'; value: string; fixed: string }
  | { problem: 'notOctal'; value: string };

export function judgePerm(node: YamlNode): PermVerdict | undefined {
  if (node.kind !== 'scalar' || typeof node.value !== 'string') return { problem: 'notString' };
  const value = node.value;
  if (/^0[0-7]{3}$/.test(value)) return undefined;
  if (/^[0-7]{3}$/.test(value)) {
    return { problem: 'decimal', value, mode: `0${Number.parseInt(value, 10).toString(8)}`, fixed: `0${value}` };
  }
  if (/^[1-7][0-7]{3}$/.test(value)) return { problem: 'special', value };
  const prefixed = /^0o([0-7]{3,4})$/.exec(value);
  if (prefixed) return { problem: 'prefixed', value, fixed: prefixed[1]!.padStart(4, '0') };
  return { problem: 'notOctal', value };
}
