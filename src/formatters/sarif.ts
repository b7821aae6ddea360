import { allRules } from '../../rules/index.js';
import type { Diagnostic, Region, RelatedLocation, SeveritySetting } from '../common/diagnostic.js';
import { assignFingerprints } from '../engine/merge.js';
import { VERSION } from '../common/version.js';
import { readRuleDocs } from './rule-docs.js';
import type { Formatter } from './types.js';

const REPOSITORY = 'https://github.com/chartlint/chartlint';
/** Where rule doc pages live; a rule's help URI is this plus `<id>.md`. */
export const DOCS_BASE = `${REPOSITORY}/blob/main/rules/`;

const LEVEL = { error: 'error', warning: 'warning', info: 'note', off: 'none' } as const satisfies Record<SeveritySetting, string>;

/** `images/no-latest` -> `ImagesNoLatest`: the whole id, so `images/` and `manifests/pull-policy` differ. */
const pascalName = (id: string): string => id.replace(/(?:^|[-/])([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** GitHub's scale: 9.0 and up is critical, 7.0 high, 4.0 medium, 0.1 low; for rules tagged `security`. */
const SECURITY_SEVERITY = { error: '8.0', warning: '5.0', info: '3.0', off: '3.0' } as const satisfies Record<SeveritySetting, string>;

/**
 * Rule descriptors as code scanning reads them: tags (the rule's group, `security` for secrets rules, which
 * then carry a security severity), precision (secrets are judged by key names and value shapes, so `high`;
 * the other rules read structure, so `very-high`), the doc's first paragraph and the doc itself as help.
 */
function ruleDescriptors() {
  const docs = readRuleDocs(allRules.map((rule) => rule.id));
  return allRules.map((rule) => {
    const helpUri = `${DOCS_BASE}${rule.id}.md`;
    const { description, severity } = rule.meta;
    const group = rule.id.split('/', 1)[0]!;
    const security = group === 'secrets';
    const doc = docs.get(rule.id);
    const full = doc && doc.summary !== '' && doc.summary !== description ? doc.summary : `${description} See ${helpUri}`;
    return {
      id: rule.id,
      name: pascalName(rule.id),
      shortDescription: { text: description },
      fullDescription: { text: full },
      helpUri,
      help: {
        text: `${doc?.summary || description} See ${helpUri}`,
        markdown: doc ? `${doc.markdown}\n\n[The rule's page](${helpUri})` : `${description}\n\n[The rule's page](${helpUri})`,
      },
      defaultConfiguration: { level: LEVEL[severity], ...(severity === 'off' ? { enabled: false } : {}) },
      properties: {
        tags: security ? ['security', group] : [group],
        precision: security ? 'high' : 'very-high',
        ...(security ? { 'security-severity': SECURITY_SEVERITY[severity] } : {}),
      },
    };
  });
}
const ruleIndex = new Map(allRules.map((rule, index) => [rule.id, index]));

/** Paths are relative and `/`-separated; each segment is encoded so spaces, `#`, `?` or a leading `x:` stay path. */
const uri = (file: string): string => (file === '<stdin>' ? 'stdin' : file.split('/').map(encodeURIComponent).join('/'));

/** A line or column as SARIF requires it: a whole number, 1 or more (helm reports some errors at `file:0:0`). */
const atLeastOne = (n: number): number => (Number.isInteger(n) && n >= 1 ? n : 1);

/** The region, clamped so that it is schema-valid and never ends before it starts. */
function regionOf(at: Region) {
  const startLine = atLeastOne(at.line);
  const startColumn = atLeastOne(at.column);
  const endLine = Math.max(startLine, atLeastOne(at.endLine));
  const endColumn = endLine === startLine ? Math.max(startColumn, atLeastOne(at.endColumn)) : atLeastOne(at.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

const physicalLocation = (at: Omit<RelatedLocation, 'message'>) => ({
  artifactLocation: { uri: uri(at.file), uriBaseId: '%SRCROOT%' },
  region: regionOf(at),
});

/** SARIF 2.1.0, for code scanning: every rule is described, results point into the source root. */
export const sarif: Formatter = (diagnostics) => {
  // Diagnostics made by hand (not by lint()) get the engine's fingerprint here.
  const fingerprinted = diagnostics.some((d) => !d.fingerprint) ? withFingerprints(diagnostics) : diagnostics;
  const results = fingerprinted.map((d) => {
    const index = ruleIndex.get(d.ruleId);
    const fixes = [...(d.fix ? [{ desc: d.message, fix: d.fix }] : []), ...(d.suggestions ?? [])].map(({ desc, fix }) => ({
      description: { text: desc },
      artifactChanges: [
        {
          artifactLocation: { uri: uri(d.file), uriBaseId: '%SRCROOT%' },
          replacements: [{ deletedRegion: regionOf(fix.region), insertedContent: { text: fix.text } }],
        },
      ],
    }));
    return {
      ruleId: d.ruleId,
      // Rules passed to lint() beyond the built-in ones have no descriptor to point at.
      ...(index === undefined ? {} : { ruleIndex: index }),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: physicalLocation(d) }],
      ...(d.related
        ? {
            relatedLocations: d.related.map((r, i) => ({ id: i + 1, physicalLocation: physicalLocation(r), message: { text: r.message } })),
          }
        : {}),
      // The engine's fingerprint: rule, file, logical path, message id and occurrence, never a line or the message.
      partialFingerprints: { 'chartlintFinding/v2': d.fingerprint! },
      ...(fixes.length > 0 ? { fixes } : {}),
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'chartlint', version: VERSION, informationUri: REPOSITORY, rules: ruleDescriptors() } },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function withFingerprints(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const copies = diagnostics.map((d) => ({ ...d }));
  assignFingerprints(copies);
  return copies;
}
