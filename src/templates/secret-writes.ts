/**
 * What a chart's templates do with its values' secrets, read by a plain scan of the template text (not an
 * evaluation):
 *
 * - which values paths a `kind: Secret` document writes under `data:`/`stringData:`, directly
 *   (`{{ .Values.a.b | b64enc }}`, `$.Values...`, `$envAll.Values...`, through `required`, `default`,
 *   `quote`) or as bitnami's `common.secrets.passwords.manage` names them (`"providedValues" (list "a.b")`);
 *   paths read through `with`, `range`, `index` or a variable are not seen;
 * - which of those paths are read only in template files wrapped whole in `{{- if .Values.<toggle> }}`
 *   (`manifests.secret_kafka`), with those toggles, so that a secret whose every reader is switched off by
 *   default is known to be unused.
 */
import { scanActions } from './parse.js';
import type { TemplateText } from './texts.js';

export interface SecretWrites {
  /** Values paths (dotted) written into a Secret's data or stringData. */
  written: string[];
  /** Paths of `written` read only inside files guarded whole by a toggle, with those toggles' paths. */
  gated: Record<string, string[]>;
}

const VALUES_REF = /(?:\$[A-Za-z_]\w*|\$)?\.Values((?:\.[A-Za-z_][\w-]*)+)/g;
const PROVIDED = /"providedValues"\s*\(list((?:\s+"[\w.-]+")+)\s*\)/g;
const DATA_ENTRY = /^\s+["']?[\w.-]+["']?:\s*(\S.*)$/;
const CONTROL = /^\{\{-?\s*(?:if|else|with|range|end)\b/;
const LEADING_COMMENTS = /^(?:\s|\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\})*/;
const SECRET_KIND = /^kind:\s*["']?Secret["']?\s*$/m;
const FILE_GATE = /^if\s+(?:\$[A-Za-z_]\w*|\$)?\.Values((?:\.[A-Za-z_]\w*)+)$/;
// helm-toolkit's lookups that read `endpoints.<name>.auth` by the endpoint's name (`tuple "kafka" ...`).
const AUTH_LOOKUP = /authenticated|secret|openrc|_user|auth/i;

export function deriveSecretWrites(texts: readonly TemplateText[]): SecretWrites {
  const written = new Set<string>();
  const gatedReads = new Map<string, Set<string>>();
  const openReads = new Set<string>();
  const openTexts: string[] = [];
  for (const { text } of texts) {
    // A document's `kind: Secret` line is one of the text's: a text without one holds no Secret to split out.
    if (SECRET_KIND.test(text))
      for (const document of text.split(/^---\s*$/m)) if (SECRET_KIND.test(document)) collectWritten(document, written);
    const gate = fileGate(text);
    const reads = [...text.matchAll(VALUES_REF)].map((match) => match[1]!.slice(1));
    if (gate === undefined) {
      for (const read of reads) openReads.add(read);
      openTexts.push(text);
      continue;
    }
    for (const read of reads) {
      if (read === gate) continue;
      if (!gatedReads.has(read)) gatedReads.set(read, new Set());
      gatedReads.get(read)!.add(gate);
    }
  }
  const gated: Record<string, string[]> = {};
  const looked = gatedReads.size > 0 ? endpointsLookedUp(openTexts) : new Set<string>();
  for (const [read, gates] of gatedReads) {
    // Only secrets the templates write into a Secret (a value merely read behind a toggle stays judged).
    if (!written.has(read) || readOpenly(read, openReads, looked)) continue;
    gated[read] = [...gates].sort();
  }
  return { written: [...written].sort(), gated };
}

/** The `data:`/`stringData:` lines of a Secret document, and the values paths they write. */
function collectWritten(document: string, written: Set<string>): void {
  let inData = false;
  for (const line of document.split(/\r?\n/)) {
    if (/^(?:data|stringData):/.test(line)) {
      inData = true;
      // `data: {{ toYaml .Values.x }}` on the same line writes a whole map: not a leaf.
      continue;
    }
    // Another top-level key ends the block; template lines (`{{- if ... }}`) and indented ones do not.
    if (/^[A-Za-z"']/.test(line)) inData = false;
    if (!inData) continue;
    // Only an entry's value writes (`  password: {{ .Values.a.b | b64enc }}`): conditions do not.
    const entry = DATA_ENTRY.exec(line);
    if (!entry || CONTROL.test(entry[1]!)) continue;
    for (const match of entry[1]!.matchAll(VALUES_REF)) written.add(match[1]!.slice(1));
    for (const match of entry[1]!.matchAll(PROVIDED)) for (const name of match[1]!.matchAll(/"([\w.-]+)"/g)) written.add(name[1]!);
  }
}

/** The toggle a file is wrapped in whole (`{{- if .Values.manifests.secret_kafka }}` ... `{{- end }}`). */
function fileGate(text: string): string | undefined {
  // Most templates do not start with an `if` on a value: skip scanning them.
  const start = text.replace(LEADING_COMMENTS, '');
  if (!/^\{\{-?\s*if\s+\$?[A-Za-z_]*\.Values\./.test(start)) return undefined;
  const actions = scanActions(text).filter((action) => action.text !== '');
  const first = actions[0];
  const last = actions.at(-1);
  if (!first || last?.text !== 'end') return undefined;
  const gate = FILE_GATE.exec(first.text);
  if (!gate) return undefined;
  // The wrapping `if` must close last: count the blocks opened and closed in between.
  let depth = 0;
  for (const action of actions) {
    if (/^(?:if|with|range|define|block)\b/.test(action.text)) depth++;
    else if (action.text === 'end') {
      depth--;
      if (depth === 0 && action !== last) return undefined;
    }
  }
  // Text before the gate (other than comments and blank lines) renders ungated.
  const before = text.slice(0, first.offset).replace(/\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g, '');
  return depth === 0 && before.trim() === '' ? gate[1]!.slice(1) : undefined;
}

/** The endpoint names ungated templates look credentials up by (`tuple "kafka" ... | include "...authenticated..."`). */
function endpointsLookedUp(openTexts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of openTexts) {
    if (!text.includes('include')) continue; // as no line of it does
    for (const line of text.split(/\r?\n/)) {
      if (!line.includes('include') || !AUTH_LOOKUP.test(line)) continue;
      for (const match of line.matchAll(/"([\w-]+)"/g)) names.add(match[1]!);
    }
  }
  return names;
}

/** Whether an ungated template reads the path, a map above it, or (for `endpoints.<name>.auth`) its endpoint by name. */
function readOpenly(read: string, openReads: ReadonlySet<string>, looked: ReadonlySet<string>): boolean {
  const parts = read.split('.');
  for (let i = 1; i <= parts.length; i++) if (openReads.has(parts.slice(0, i).join('.'))) return true;
  return parts[0] === 'endpoints' && parts[1] !== undefined && looked.has(parts[1]);
}
