import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRules } from '../../rules/index.js';
import type { Diagnostic, Region, RelatedLocation, SeveritySetting, Suppression } from '../common/diagnostic.js';
import { assignFingerprints, sortDiagnostics } from '../engine/merge.js';
import { VERSION } from '../common/version.js';
import { CONFIG_ERROR_RULE_ID } from '../common/errors.js';
import { DOCS_BASE, REPOSITORY, ruleDocUrl } from '../common/rule-docs.js';
import { readRuleDocs } from './rule-docs.js';
import type { Formatter } from './types.js';

// Where rule doc pages live: one source for SARIF's helpUri, JSON's `docs` and --list-rules -f json.
export { DOCS_BASE };

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
    const helpUri = ruleDocUrl(rule.id);
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

/** What no rule reports but a log can hold: a config that cannot be used (the Action reports it so). */
const ENGINE_RESULTS: Record<string, { description: string; helpUri: string }> = {
  [CONFIG_ERROR_RULE_ID]: {
    description: 'The config file cannot be used, so nothing was linted.',
    helpUri: `${REPOSITORY}#configuration`,
  },
};

/** The descriptor of an engine result, described as the rules are. */
function engineDescriptor(id: string) {
  const { description, helpUri } = ENGINE_RESULTS[id]!;
  return {
    id,
    name: pascalName(id),
    shortDescription: { text: description },
    fullDescription: { text: `${description} See ${helpUri}` },
    helpUri,
    help: { text: `${description} See ${helpUri}`, markdown: `${description}\n\n[Configuration](${helpUri})` },
    defaultConfiguration: { level: LEVEL.error },
    properties: { tags: ['chartlint'], precision: 'very-high' },
  };
}

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

/**
 * GitHub's documented limits (docs.github.com, "SARIF results exceed one or more limits"): code scanning
 * rejects a run of more than 25,000 results and a result of more than 1,000 locations, and shows only
 * 100 of a result's locations; the log holds one run. Beyond these, results are left out (errors first
 * kept) and related locations cut, and the run's notifications and properties say how many.
 */
export const GITHUB_LIMITS = { resultsPerRun: 25_000, relatedLocationsPerResult: 100 } as const;

const RANK = { error: 0, warning: 1, info: 2 } as const;
const rank = (d: Entry): number => RANK[d.severity] + (d.suppressions ? 3 : 0);

/**
 * A path inside the working folder: relative (`/`-separated, as every diagnostic's), not climbing out with
 * `..`. Not `/x` or `C:/x` (a file on another drive stays absolute); `a:b/values.yaml` is a plain name.
 */
export const insideWorkingFolder = (file: string): boolean =>
  file === '<stdin>' || (!/^(?:\/|[A-Za-z]:[\\/])/.test(file) && !file.split('/').includes('..'));

/** A finding with the comments that suppressed it, if any. */
type Entry = Diagnostic & { suppressions?: readonly Suppression[] };

/**
 * An inline comment as SARIF's suppression (as ESLint's SARIF formatter and CodeQL write them): in source,
 * with the comment's reason and place, and the directive in the properties. A baseline's is external.
 */
const sarifSuppression = (s: Suppression, file: string) =>
  s.kind === 'baseline'
    ? // A baseline is no comment in the file: an external suppression, naming the baseline file.
      { kind: 'external', justification: s.justification, properties: { baseline: s.baseline } }
    : {
        kind: 'inSource',
        ...(s.justification ? { justification: s.justification } : {}),
        ...(insideWorkingFolder(file) ? { location: { physicalLocation: physicalLocation({ file, ...s.region }) } } : {}),
        properties: { directive: `chartlint-${s.kind}` },
      };

/**
 * SARIF 2.1.0, for code scanning: every rule is described, results point into the source root. The
 * findings inline comments suppressed (`context.suppressed`) are results too, with their `suppressions`,
 * so code scanning sees them as suppressed rather than as fixed.
 */
export const sarif: Formatter = (diagnostics, context) => {
  const entries: Entry[] = [...diagnostics, ...(context?.suppressed ?? [])];
  // Diagnostics made by hand (not by lint()) get the engine's fingerprint here.
  const fingerprinted = entries.some((d) => !d.fingerprint) ? withFingerprints(entries) : entries;
  const notes: string[] = [];
  // Locations outside the working folder (a render in chartlint's cache folder, a file given as ../x) are
  // no place in the repository: related ones are dropped, and a result placed there moves to its first
  // related place inside, or is left out.
  let outside = 0;
  let relatedOutside = 0;
  const placed = fingerprinted.flatMap((d): (Entry & { suppressedIn?: string })[] => {
    const related = d.related?.filter((r) => insideWorkingFolder(r.file));
    relatedOutside += (d.related?.length ?? 0) - (related?.length ?? 0);
    // The suppressing comments are in the finding's own file, wherever the result is placed.
    const suppressedIn = d.suppressions ? d.file : undefined;
    if (insideWorkingFolder(d.file)) return [{ ...d, related, suppressedIn }];
    const [first, ...rest] = related ?? [];
    if (!first) {
      outside++;
      return [];
    }
    const { file, line, column, endLine, endColumn } = first;
    return [{ ...d, file, line, column, endLine, endColumn, related: rest, fix: undefined, suggestions: undefined, suppressedIn }];
  });
  if (outside > 0) notes.push(`${outside} result(s) placed outside the working folder were left out.`);
  if (relatedOutside > 0) notes.push(`${relatedOutside} related location(s) outside the working folder were left out.`);
  const kept =
    placed.length > GITHUB_LIMITS.resultsPerRun
      ? placed
          .map((d, i) => ({ d, i }))
          // Suppressed results go first, then notes, warnings, errors.
          .sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i)
          .slice(0, GITHUB_LIMITS.resultsPerRun)
          .sort((a, b) => a.i - b.i)
          .map(({ d }) => d)
      : placed;
  const resultsOmitted = placed.length - kept.length;
  if (resultsOmitted > 0) {
    notes.push(
      `${resultsOmitted} of ${placed.length} results were left out: GitHub code scanning takes at most ${GITHUB_LIMITS.resultsPerRun} per run (errors were kept first).`,
    );
  }
  let relatedOmitted = 0;
  const rules = ruleDescriptors();
  const engineIndex = new Map<string, number>();
  for (const d of kept) {
    if (ruleIndex.has(d.ruleId) || !Object.hasOwn(ENGINE_RESULTS, d.ruleId) || engineIndex.has(d.ruleId)) continue;
    engineIndex.set(d.ruleId, rules.length);
    rules.push(engineDescriptor(d.ruleId));
  }
  const results = kept.map((d) => {
    const index = ruleIndex.get(d.ruleId) ?? engineIndex.get(d.ruleId);
    const fixes = [...(d.fix ? [{ desc: d.message, fix: d.fix }] : []), ...(d.suggestions ?? [])].map(({ desc, fix }) => ({
      description: { text: desc },
      artifactChanges: [
        {
          artifactLocation: { uri: uri(d.file), uriBaseId: '%SRCROOT%' },
          replacements: [{ deletedRegion: regionOf(fix.region), insertedContent: { text: fix.text } }],
        },
      ],
    }));
    const related = d.related?.slice(0, GITHUB_LIMITS.relatedLocationsPerResult) ?? [];
    relatedOmitted += (d.related?.length ?? 0) - related.length;
    return {
      ruleId: d.ruleId,
      // Rules passed to lint() beyond the built-in ones have no descriptor to point at.
      ...(index === undefined ? {} : { ruleIndex: index }),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: physicalLocation(d) }],
      ...(related.length > 0
        ? {
            relatedLocations: related.map((r, i) => ({ id: i + 1, physicalLocation: physicalLocation(r), message: { text: r.message } })),
          }
        : {}),
      // The engine's fingerprint: rule, file, logical path, message id and occurrence, never a line or the message.
      partialFingerprints: { 'chartlintFinding/v2': d.fingerprint! },
      ...(fixes.length > 0 ? { fixes } : {}),
      ...(d.suppressions ? { suppressions: d.suppressions.map((s) => sarifSuppression(s, d.suppressedIn!)) } : {}),
    };
  });
  if (relatedOmitted > 0) {
    notes.push(
      `${relatedOmitted} related location(s) were left out: GitHub code scanning shows at most ${GITHUB_LIMITS.relatedLocationsPerResult} locations of a result.`,
    );
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'chartlint', version: VERSION, informationUri: REPOSITORY, rules } },
        invocations: [
          {
            // The formatter runs once the lint has finished; a rule that threw is reported by the exit code.
            executionSuccessful: true,
            // Every location is relative to this folder (the `%SRCROOT%` of the results).
            workingDirectory: { uri: pathToFileURL(`${process.cwd()}${path.sep}`).href },
            ...(notes.length > 0 ? { toolExecutionNotifications: notes.map((text) => ({ level: 'warning', message: { text } })) } : {}),
          },
        ],
        results,
        columnKind: 'utf16CodeUnits',
        ...(notes.length > 0
          ? {
              properties: {
                chartlint: {
                  resultsFound: fingerprinted.length,
                  resultsOmitted: resultsOmitted + outside,
                  relatedLocationsOmitted: relatedOmitted + relatedOutside,
                },
              },
            }
          : {}),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/** Numbered as lint() numbers them: over the kept and the suppressed findings together, in sorted order. */
function withFingerprints(diagnostics: readonly Entry[]): Entry[] {
  const copies = diagnostics.map((d) => ({ ...d }));
  assignFingerprints(sortDiagnostics([...copies]));
  return copies;
}
