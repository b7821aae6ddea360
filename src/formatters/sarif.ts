import { createHash } from 'node:crypto';
import { allRules } from '../../rules/index.js';
import type { RelatedLocation, SeveritySetting } from '../engine/diagnostic.js';
import { VERSION } from '../version.js';
import type { Formatter } from './types.js';

const REPOSITORY = 'https://github.com/chartlint/chartlint';
/** Where rule doc pages live; a rule's help URI is this plus `<id>.md`. */
export const DOCS_BASE = `${REPOSITORY}/blob/main/rules/`;

const LEVEL = { error: 'error', warning: 'warning', info: 'note', off: 'none' } as const satisfies Record<SeveritySetting, string>;

/** `images/no-latest` -> `ImagesNoLatest`: the whole id, so `images/` and `manifests/pull-policy` differ. */
const pascalName = (id: string): string => id.replace(/(?:^|[-/])([a-z0-9])/g, (_, c: string) => c.toUpperCase());

const rules = allRules.map((rule) => {
  const helpUri = `${DOCS_BASE}${rule.id}.md`;
  const { description, severity } = rule.meta;
  return {
    id: rule.id,
    name: pascalName(rule.id),
    shortDescription: { text: description },
    fullDescription: { text: description },
    helpUri,
    help: { text: `${description} See ${helpUri}` },
    defaultConfiguration: { level: LEVEL[severity], ...(severity === 'off' ? { enabled: false } : {}) },
  };
});
const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));

/** Paths are relative and `/`-separated; each segment is encoded so spaces, `#`, `?` or a leading `x:` stay path. */
const uri = (file: string): string => (file === '<stdin>' ? 'stdin' : file.split('/').map(encodeURIComponent).join('/'));

const physicalLocation = (at: Omit<RelatedLocation, 'message'>) => ({
  artifactLocation: { uri: uri(at.file), uriBaseId: '%SRCROOT%' },
  region: { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn },
});

/** SARIF 2.1.0, for code scanning: every rule is described, results point into the source root. */
export const sarif: Formatter = (diagnostics) => {
  const occurrences = new Map<string, number>();
  const results = diagnostics.map((d) => {
    // No line numbers, so a finding keeps its identity when unrelated edits move it; identical findings in
    // one file are told apart by their order, as GitHub's own primaryLocationLineHash does.
    const identity = `${d.ruleId}\0${d.file}\0${d.messageId ?? ''}\0${d.message}`;
    const occurrence = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, occurrence);
    const index = ruleIndex.get(d.ruleId);
    return {
      ruleId: d.ruleId,
      // Rules passed to lint() beyond the built-in ones have no descriptor to point at.
      ...(index === undefined ? {} : { ruleIndex: index }),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: physicalLocation(d) }],
      ...(d.related
        ? { relatedLocations: d.related.map((r, i) => ({ id: i + 1, physicalLocation: physicalLocation(r), message: { text: r.message } })) }
        : {}),
      partialFingerprints: { 'chartlintFinding/v1': `${createHash('sha256').update(identity).digest('hex')}:${occurrence}` },
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'chartlint', version: VERSION, informationUri: REPOSITORY, rules } },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
