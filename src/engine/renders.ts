/**
 * --render: each rendered chart's manifests are linted as a stream, and every finding is traced back to the
 * values line or template that caused it (src/engine/provenance.ts), with the template that rendered it as
 * the related place. The render also judges the values image findings (src/engine/render-judge.ts): those
 * the rendered containers contradict are withdrawn. A stream linted before, in the same run's terms, is read
 * back instead (src/engine/rendered-lint.ts).
 */
import path from 'node:path';
import type { ResolvedConfig } from '../config/load.js';
import type { Renders } from '../facts/renders.js';
import type { SourceFile } from '../file-types/types.js';
import type { RenderSuccess } from '../render/render.js';
import type { ChartInfo } from '../sources/chart-info.js';
import type { Diagnostic } from '../common/diagnostic.js';
import { collectContainerImages } from '../images/container-images.js';
import { collectImages, imagesContextOf } from '../images/values-images.js';
import { findContainers } from '../manifests/pods.js';
import { parseFile } from './load-file.js';
import { locate, regionOf, relativePath } from './locate.js';
import { contradictedRules } from './render-judge.js';
import { renderTracer, traceRendered } from './provenance.js';
import type { Anchor, ExternalLocation } from './rule.js';
import type { Span } from '../sources/yaml-view.js';
import { runFileRules, type RunEnv } from './run-file-rules.js';
import { fileScrubber, scrubFindings } from './scrub-findings.js';
import { readRenderedLint, renderedLintFile, renderedLintIdentity, renderedLintKey, writeRenderedLint } from './rendered-lint.js';
import { SecretClassifier } from '../secrets/classify.js';

export async function lintRenders(
  renders: Renders,
  charts: readonly ChartInfo[],
  valuesFiles: readonly SourceFile[],
  run: { env: RunEnv; config: ResolvedConfig; cwd: string },
) {
  const diagnostics: Diagnostic[] = [];
  const internalErrors: string[] = [];
  /** `file\0line\0column\0rule` of values findings the renders contradict. */
  const withdrawn = new Set<string>();
  const results: RenderedResult[] = [];
  let identity: string | undefined;
  for (const [dir, outcome] of Object.entries(renders)) {
    if (!outcome.ok) continue;
    try {
      identity ??= renderedLintIdentity({ rules: run.env.rules, facts: run.env.facts, config: run.config, cwd: run.cwd });
      await lintRender(dir, outcome, charts, valuesFiles, { ...run, identity }, { diagnostics, internalErrors, withdrawn, results });
    } catch (error) {
      // A chart's render in its own boundary: the others are still linted and reported.
      internalErrors.push(`linting the render of ${dir} failed: ${(error as Error).message}`);
    }
  }
  return { diagnostics, internalErrors, withdrawn, results };
}

/** What deployment rules collected from a rendered stream (their places already traced back to the chart). */
export interface RenderedResult {
  path: string;
  chart: ChartInfo | undefined;
  summaries: Record<string, unknown>;
}

/** A traced place as a deployment anchor: a values or rendered span, or a template line. */
function tracedAnchor(
  rendered: SourceFile,
  traced: { file: SourceFile | undefined; span: Span | undefined; at: ExternalLocation | undefined },
): Anchor {
  if (traced.file && traced.span) {
    const region = regionOf(traced.file, traced.span);
    return { region, path: undefined, ...(traced.file === rendered ? {} : { file: traced.file.path }) };
  }
  const at = traced.at ?? { path: rendered.path, line: 1, column: 1 };
  return { region: { line: at.line, column: at.column, endLine: at.line, endColumn: at.column }, path: undefined, file: at.path };
}

/** The key a located values diagnostic is withdrawn by. */
export function withdrawalKey(d: { file: string; line: number; column: number; ruleId: string }): string {
  return `${d.file}\0${d.line}\0${d.column}\0${d.ruleId}`;
}

/**
 * Lints one rendered stream, or reads back what linting it gave when the stream, its values and the run are
 * the same as when it was kept (src/engine/rendered-lint.ts): same findings, same withdrawals, same summaries,
 * and the same sensitive values for the run's output to be scrubbed of.
 */
async function lintRender(
  dir: string,
  outcome: RenderSuccess,
  charts: readonly ChartInfo[],
  valuesFiles: readonly SourceFile[],
  run: { env: RunEnv; config: ResolvedConfig; cwd: string; identity: string },
  into: { diagnostics: Diagnostic[]; internalErrors: string[]; withdrawn: Set<string>; results: RenderedResult[] },
): Promise<void> {
  const chart = charts.find((c) => c.dir === dir);
  const sources = renderSources(dir, outcome, valuesFiles);
  const settings = run.config.settingsFor(dir, chart);
  const key = renderedLintKey(run.identity, { dir, chart, outcome, sources, settings });
  const entry = renderedLintFile(outcome);
  const kept = readRenderedLint(entry, key, outcome.text);
  if (kept) {
    run.env.secrets.addSeen(kept.seen);
    for (const diagnostic of kept.lint.diagnostics) into.diagnostics.push(diagnostic);
    for (const withdrawal of kept.lint.withdrawn) into.withdrawn.add(withdrawal);
    into.results.push({ path: outcome.manifestPath, chart, summaries: kept.lint.summaries });
    return;
  }
  // The stream's own classifier: what it judges sensitive is known apart, to be kept with the findings.
  const secrets = new SecretClassifier(run.config.secrets);
  const linted = await lintStream(dir, outcome, chart, sources, settings, { ...run, env: { ...run.env, secrets } });
  run.env.secrets.addSeen(secrets.seenValues());
  for (const message of linted.internalErrors) into.internalErrors.push(message);
  for (const diagnostic of linted.diagnostics) into.diagnostics.push(diagnostic);
  for (const withdrawal of linted.withdrawn) into.withdrawn.add(withdrawal);
  into.results.push({ path: linted.path, chart, summaries: linted.summaries });
  if (linted.internalErrors.length === 0) {
    // Kept as they are now: the engine changes the findings later (fingerprints, merging).
    writeRenderedLint(entry, key, outcome.text, linted, secrets.seenValues());
  }
}

async function lintStream(
  dir: string,
  outcome: RenderSuccess,
  chart: ChartInfo | undefined,
  sources: readonly SourceFile[],
  settings: ReturnType<ResolvedConfig['settingsFor']>,
  run: { env: RunEnv; config: ResolvedConfig; cwd: string },
) {
  const file = await parseFile({ path: outcome.manifestPath, kind: 'manifests', role: 'manifests', chart }, outcome.text, run.config);
  const trace = renderTracer(file, outcome, sources);
  const fileRun = runFileRules(file, run.env, {
    settings,
    judgeDirectives: false,
    maxFindings: run.config.limits.maxFindingsPerFile,
    // Deployment rules' places, traced back to the chart as its findings are.
    anchor: (span) => tracedAnchor(file, trace(span)),
  });
  const name = chart?.name ?? path.basename(dir);
  const chartDiagnostics: Diagnostic[] = [];
  for (const traced of traceRendered(fileRun.findings, file, outcome, sources)) {
    const diagnostic = locate({ ...traced.finding, fix: undefined, suggestions: undefined }, traced.file, traced.span, traced.at, run.cwd);
    // The template that rendered it, unless the finding is there already; never the render in the cache.
    const template = traced.template;
    if (template && !(traced.at && traced.at.path === template.path && traced.at.line === template.line)) {
      const place = { file: relativePath(run.cwd, template.path), line: template.line, column: 1, endLine: template.line, endColumn: 1 };
      diagnostic.related = [{ ...place, message: `In the rendered ${name} chart: ${traced.finding.message}` }];
    }
    chartDiagnostics.push(diagnostic);
  }
  const withdrawn = new Set<string>();
  judgeValues(file, sources, run.cwd, withdrawn);
  // The rendered stream and the values it came from: the sensitive values either holds stay out.
  scrubFindings(chartDiagnostics, fileRun.scrubber);
  for (const source of sources) scrubFindings(chartDiagnostics, fileScrubber(source, run.env.secrets));
  return {
    path: file.path,
    diagnostics: chartDiagnostics,
    withdrawn: [...withdrawn],
    summaries: fileRun.summaries,
    internalErrors: fileRun.internalErrors,
  };
}

/** Marks the values image findings that the rendered containers built from the same images contradict. */
function judgeValues(rendered: SourceFile, sources: readonly SourceFile[], cwd: string, withdrawn: Set<string>): void {
  const containers = collectContainerImages(findContainers(rendered.documents), rendered.text).images;
  for (const source of sources) {
    for (const site of collectImages(source.documents[0]?.root, imagesContextOf(source)).images) {
      for (const ruleId of contradictedRules(site, containers)) {
        // Each rule reports a values image at one of these places (the whole reference, its repository, its tag).
        for (const span of [site.span, site.partSpan('path'), site.partSpan('tag')]) {
          const { line, column } = regionOf(source, span);
          withdrawn.add(withdrawalKey({ file: relativePath(cwd, source.path), line, column, ruleId }));
        }
      }
    }
  }
}

/** The values files helm used for a render, in helm's order: values.yaml, then each --values file. */
function renderSources(dir: string, outcome: RenderSuccess, files: readonly SourceFile[]): SourceFile[] {
  const defaults = files.find((f) => f.chart?.dir === dir && f.role === 'defaults');
  const extras = outcome.valuesFiles.map((p) => files.find((f) => f.path === p)).filter((f): f is SourceFile => f !== undefined);
  return defaults ? [defaults, ...extras] : extras;
}
