/**
 * What PyYAML's `safe_load` makes of a scalar, and how Python's `str()` prints it. TripleO reads environment
 * files with PyYAML (YAML 1.1): `yes` is True, `012` is 10, `16.10` is the float 16.1, and Jinja2 renders a
 * tag with `str()`, so `tag: 16.0` stays "16.0" where YAML 1.2 readers would say 16.
 */
import type { YamlScalar } from '../sources/yaml-view.js';

export type PyKind = 'str' | 'int' | 'float' | 'bool' | 'null';

export interface PyValue {
  kind: PyKind;
  /** Python's `str()` of the value; undefined where this module cannot be sure of it. */
  str: string | undefined;
  truthy: boolean;
}

const BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const TRUE = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const NULL = /^(?:~|null|Null|NULL|)$/;
const INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** A plain scalar's source text as PyYAML resolves it. */
export function pyPlain(text: string): PyValue {
  if (BOOL.test(text)) {
    const value = TRUE.test(text);
    return { kind: 'bool', str: value ? 'True' : 'False', truthy: value };
  }
  if (NULL.test(text)) return { kind: 'null', str: 'None', truthy: false };
  if (INT.test(text)) {
    const value = pyInt(text);
    return { kind: 'int', str: value?.toString(), truthy: value !== 0n };
  }
  if (FLOAT.test(text)) {
    const value = pyFloat(text);
    return { kind: 'float', str: value === undefined ? undefined : floatRepr(value), truthy: value !== 0 };
  }
  return { kind: 'str', str: text, truthy: text !== '' };
}

/** A node of the view as PyYAML would load it (scalars only; collections are not values here). */
export function pyValueOf(node: YamlScalar, text: string): PyValue {
  if (node.style !== 'plain') {
    const value = String(node.value ?? '');
    return { kind: 'str', str: value, truthy: value !== '' };
  }
  return pyPlain(text.slice(node.span.start, node.span.end));
}

function pyInt(text: string): bigint | undefined {
  const clean = text.replaceAll('_', '');
  const sign = clean.startsWith('-') ? -1n : 1n;
  const body = clean.replace(/^[-+]/, '');
  try {
    if (body.includes(':')) return sign * body.split(':').reduce((acc, part) => acc * 60n + BigInt(part), 0n);
    if (body.startsWith('0b')) return sign * BigInt(body);
    if (body.startsWith('0x')) return sign * BigInt(body);
    if (body.length > 1 && body.startsWith('0')) return sign * BigInt(`0o${body.slice(1)}`);
    return sign * BigInt(body);
  } catch {
    return undefined;
  }
}

function pyFloat(text: string): number | undefined {
  const clean = text.replaceAll('_', '').toLowerCase();
  if (clean.endsWith('.inf')) return clean.startsWith('-') ? -Infinity : Infinity;
  if (clean === '.nan') return NaN;
  if (clean.includes(':')) return undefined;
  const value = Number(clean.endsWith('.') ? clean.slice(0, -1) : clean);
  return Number.isNaN(value) ? undefined : value;
}

/** Python's repr of a float, where it matches JavaScript's shortest form (not in exponent ranges). */
function floatRepr(value: number): string | undefined {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e16 || (magnitude !== 0 && magnitude < 1e-4)) return undefined;
  if (Object.is(value, -0)) return '-0.0';
  return Number.isInteger(value) ? `${value}.0` : String(value);
}
