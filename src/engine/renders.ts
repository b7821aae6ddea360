/**
 * --render: each rendered chart's manifests are linted as a stream, and every finding is traced back to the
 * values line or template that caused it (src/engine/provenance.ts); the rendered place stays related.
 */
import path from 'node:path';
import type { ResolvedConfig } from '../config/load.js';
import type { Renders } from '../facts/renders.js';
import type { SourceFile } from '../file-types/types.js';
import type { RenderSuccess } from '../render/render.js';
import type { ChartInfo } from '../sources/chart-info.js';
import type { Diagnostic } from '../common/diagnostic.js';
import { parseFile } from './load-file.js';
import { locate, relatedAt } from './locate.js';
import { traceRendered } from './provenance.js';
import { runFileRules, type RunEnv } from './run-file-rules.js';
import { fileScrubber, scrubFindings } from './scrub-findings.js';

export async function lintRenders(
  renders: Renders,
  charts: readonly ChartInfo[],
  valuesFiles: readonly SourceFile[],
  run: { env: RunEnv; config: ResolvedConfig; cwd: string },
) {
  const diagnostics: Diagnostic[] = [];
  const internalErrors: string[] = [];
  for (const [dir, outcome] of Object.entries(renders)) {
    if (!outcome.ok) continue;
    try {
      await lintRender(dir, outcome, charts, valuesFiles, run, diagnostics, internalErrors);
    } catch (error) {
      // A chart's render in its own boundary: the others are still linted and reported.
      internalErrors.push(`linting the render of ${dir} failed: ${(error as Error).message}`);
    }
  }
  return { diagnostics, internalErrors };
}

async function lintRender(
  dir: string,
  outcome: RenderSuccess,
  charts: readonly ChartInfo[],
  valuesFiles: readonly SourceFile[],
  run: { env: RunEnv; config: ResolvedConfig; cwd: string },
  diagnostics: Diagnostic[],
  internalErrors: string[],
): Promise<void> {
  const chart = charts.find((c) => c.dir === dir);
  const file = await parseFile({ path: outcome.manifestPath, kind: 'manifests', role: 'manifests', chart }, outcome.text, run.config);
  const fileRun = runFileRules(file, run.env, {
    settings: run.config.settingsFor(dir),
    judgeDirectives: false,
    maxFindings: run.config.limits.maxFindingsPerFile,
  });
  for (const message of fileRun.internalErrors) internalErrors.push(message);
  const name = chart?.name ?? path.basename(dir);
  const sources = renderSources(dir, outcome, valuesFiles);
  const chartDiagnostics: Diagnostic[] = [];
  for (const traced of traceRendered(fileRun.findings, file, outcome, sources)) {
    const diagnostic = locate({ ...traced.finding, fix: undefined, suggestions: undefined }, traced.file, traced.span, traced.at, run.cwd);
    diagnostic.related = [
      { ...relatedAt(file, traced.renderedSpan, run.cwd), message: `In the rendered ${name} chart: ${traced.finding.message}` },
    ];
    chartDiagnostics.push(diagnostic);
  }
  // The rendered stream and the values it came from: the sensitive values either holds stay out.
  scrubFindings(chartDiagnostics, fileRun.scrubber);
  for (const source of sources) scrubFindings(chartDiagnostics, fileScrubber(source, run.env.secrets));
  for (const diagnostic of chartDiagnostics) diagnostics.push(diagnostic);
}

/** The values files helm used for a render, in helm's order: values.yaml, then each --values file. */
function renderSources(dir: string, outcome: RenderSuccess, files: readonly SourceFile[]): SourceFile[] {
  const defaults = files.find((f) => f.chart?.dir === dir && f.role === 'defaults');
  const extras = outcome.valuesFiles.map((p) => files.find((f) => f.path === p)).filter((f): f is SourceFile => f !== undefined);
  return defaults ? [defaults, ...extras] : extras;
}
