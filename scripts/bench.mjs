#!/usr/bin/env node
/**
 * `npm run bench`: chartlint beside what users would otherwise run, as whole processes over several runs
 * after a warm-up (medians, min-max, peak memory), with the ratios against the targets. Uses
 * ../shared/corpus when present, else a synthetic corpus of the same shape and size. Writes
 * docs/benchmarks.md. Not a test: nothing here fails a build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTestHelm } from './test-helm.mjs';
import { writeMonorepo, writeRenderedCorpus, writeValuesCorpus } from './bench/synthetic.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CLI = path.join(root, 'dist/cli/cli.js');
const FLOOR = path.join(root, 'scripts/bench/parse-floor.mjs');
const work = mkdtempSync(path.join(os.tmpdir(), 'chartlint-bench-'));
// No config, a private cache: chartlint measured as a user without either would run it.
const env = { ...process.env, CHARTLINT_CACHE_DIR: path.join(work, 'cache'), NO_COLOR: '1' };

if (!existsSync(CLI)) {
  console.error('Build first: npm run build');
  process.exit(2);
}

// ---- inputs ---------------------------------------------------------------------------------------
const shared = path.resolve(root, '../shared/corpus');
const real = existsSync(path.join(shared, 'openstack-helm'));
const valuesCorpus = real ? path.join(shared, 'openstack-helm') : path.join(work, 'values');
const renderedCorpus =
  real && existsSync(path.join(shared, 'openstack-helm-rendered'))
    ? path.join(shared, 'openstack-helm-rendered')
    : path.join(work, 'rendered');
if (!real) writeValuesCorpus(valuesCorpus);
if (!existsSync(renderedCorpus)) writeRenderedCorpus(renderedCorpus);
const chartDirs = readdirSync(valuesCorpus, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => path.join(valuesCorpus, e.name))
  .sort();
const valuesFiles = chartDirs.flatMap((dir) => [
  path.join(dir, 'values.yaml'),
  ...(existsSync(path.join(dir, 'values_overrides'))
    ? readdirSync(path.join(dir, 'values_overrides')).map((f) => path.join(dir, 'values_overrides', f))
    : []),
]);
const listFile = path.join(work, 'values-files.txt');
writeFileSync(listFile, valuesFiles.join('\n'));
// chartlint with only values.yaml and Chart.yaml: the files helm lint reads.
const defaultsOnlyConfig = path.join(work, 'defaults-only.yaml');
writeFileSync(defaultsOnlyConfig, 'values:\n  include: []\n');
const singleChart = chartDirs.find((dir) => path.basename(dir) === 'keystone') ?? chartDirs[0];
const helm = ensureTestHelm();
const yamllint = spawnSync('yamllint', ['--version'], { encoding: 'utf8' });
const hasYamllint = yamllint.status === 0;

// ---- measuring -----------------------------------------------------------------------------------
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** One whole-process run: wall seconds and peak resident memory (MiB). */
function runOnce(argv, cwd = work) {
  return new Promise((resolve) => {
    const [command, args] = GNU_TIME ? [GNU_TIME, ['-f', '%M', ...argv]] : [argv[0], argv.slice(1)];
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peakKiB = 0;
    const poll = GNU_TIME ? undefined : setInterval(() => (peakKiB = Math.max(peakKiB, vmHwm(child.pid))), 5);
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (poll) clearInterval(poll);
      if (GNU_TIME) peakKiB = Number(stderr.trim().split('\n').at(-1)) || 0;
      resolve({ seconds, mib: peakKiB / 1024 });
    });
  });
}

function vmHwm(pid) {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** A sequence of processes timed as one (helm lint once per chart, as CI loops do). */
async function runSequence(argvs) {
  let seconds = 0;
  let mib = 0;
  for (const argv of argvs) {
    const one = await runOnce(argv);
    seconds += one.seconds;
    mib = Math.max(mib, one.mib);
  }
  return { seconds, mib };
}

const results = [];
async function measure(name, run, { runs = RUNS, prepare } = {}) {
  await prepare?.();
  await run(); // warm-up: disk cache, and for --cache the first, filling run
  const samples = [];
  for (let i = 0; i < runs; i++) {
    await prepare?.();
    samples.push(await run());
  }
  const times = samples.map((s) => s.seconds).sort((a, b) => a - b);
  const result = {
    name,
    median: times[Math.floor(times.length / 2)],
    min: times[0],
    max: times.at(-1),
    mib: Math.max(...samples.map((s) => s.mib)),
  };
  results.push(result);
  console.log(
    `${name.padEnd(58)} ${result.median.toFixed(3)} s  (${result.min.toFixed(3)}-${result.max.toFixed(3)})  ${result.mib.toFixed(0)} MiB`,
  );
  return result;
}

const node = process.execPath;
const chartlint =
  (...args) =>
  () =>
    runOnce([node, CLI, '-f', 'json', ...args]);

console.log(
  `corpus: ${real ? '../shared/corpus (real)' : 'synthetic, same shape'}; ${chartDirs.length} charts, ${valuesFiles.length} values files; ${RUNS} runs after a warm-up\n`,
);
const nodeZero = await measure('node -e 0', () => runOnce([node, '-e', '0']));
const lintValues = await measure(`chartlint, values corpus (${valuesFiles.length} values files)`, chartlint(valuesCorpus));
const lintDefaults = await measure(
  'chartlint, values.yaml + Chart.yaml only (what helm lint reads)',
  chartlint('-c', defaultsOnlyConfig, valuesCorpus),
);
await measure('chartlint --manifests, rendered corpus', chartlint('--manifests', renderedCorpus));
const floorYaml = await measure('parse floor: yaml package, values corpus', () => runOnce([node, FLOOR, 'yaml', listFile]));
const floorJsYaml = await measure('parse floor: js-yaml, values corpus', () => runOnce([node, FLOOR, 'js-yaml', listFile]));
const helmOne = await measure('helm lint, one process for all charts', () => runOnce([helm, 'lint', ...chartDirs]));
const helmEach = await measure('helm lint, one process per chart', () => runSequence(chartDirs.map((dir) => [helm, 'lint', dir])), {
  runs: 3,
});
const yamllintRun = hasYamllint
  ? await measure('yamllint, values corpus', () => runOnce(['yamllint', '-d', 'relaxed', ...valuesFiles]), { runs: 3 })
  : undefined;
const single = await measure(`chartlint, one chart as a hook runs it (${path.basename(singleChart)})`, chartlint(singleChart));
const cachedDir = path.join(work, 'cached-copy');
cpSync(valuesCorpus, cachedDir, { recursive: true });
const cached = await measure('chartlint --cache, second run over unchanged files', chartlint('--cache', cachedDir));

console.log('\ngrowth: generated monorepos');
const growth = [];
for (const charts of [100, 250, 500, 1000]) {
  const repo = path.join(work, `mono-${charts}`);
  writeMonorepo(repo, charts);
  const runs = charts >= 500 ? 3 : RUNS;
  const one = await measure(`chartlint, ${charts} charts, one thread (-j 1)`, chartlint('-j', '1', repo), { runs });
  const both = await measure(`chartlint, ${charts} charts, two threads (-j 2)`, chartlint('-j', '2', repo), { runs });
  growth.push({ charts, one, both });
  rmSync(repo, { recursive: true, force: true });
}

// ---- report --------------------------------------------------------------------------------------
const ratio = (a, b) => (a.median / b.median).toFixed(2);
const perChart = (g) => ((g.one.median - nodeZero.median) / g.charts) * 1000;
const peak = Math.max(...results.map((r) => (r.name.startsWith('chartlint') ? r.mib : 0)));
const rows = [
  ['chartlint values corpus / js-yaml parse floor', ratio(lintValues, floorJsYaml), '≤ 1.5'],
  ['chartlint values corpus / yaml-package parse floor', ratio(lintValues, floorYaml), '—'],
  ['chartlint values corpus / helm lint (one process)', ratio(lintValues, helmOne), '< 1.0'],
  ['chartlint values.yaml+Chart.yaml only / helm lint (one process)', ratio(lintDefaults, helmOne), '< 1.0'],
  ['helm lint (one process per chart) / chartlint values corpus', ratio(helmEach, lintValues), '—'],
  ...(yamllintRun ? [['yamllint / chartlint values corpus', ratio(yamllintRun, lintValues), '—']] : []),
  ['chartlint one chart / node -e 0', ratio(single, nodeZero), '≤ 2.0'],
  ['chartlint --cache second run / node -e 0', ratio(cached, nodeZero), '≤ 1.5'],
  [`growth: ms per chart at 1000 / at 100 charts (1.0 = linear)`, (perChart(growth[3]) / perChart(growth[0])).toFixed(2), '≈ 1.0'],
  ['1000 charts: two threads / one thread', ratio(growth[3].both, growth[3].one), '—'],
  ['peak memory of any chartlint run (MiB)', peak.toFixed(0), '< 200'],
];
console.log('\nratios');
for (const [name, value, target] of rows) console.log(`${name.padEnd(66)} ${String(value).padStart(6)}   target ${target}`);

const helmVersion = spawnSync(helm, ['version', '--short'], { encoding: 'utf8' }).stdout.trim();
const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; ${os.type()} ${os.release()}; Node ${process.version}; helm ${helmVersion}${hasYamllint ? `; ${yamllint.stdout.trim()}` : '; yamllint not installed'}`;
const table = (list) =>
  [
    '| measurement | median s | min-max s | peak MiB |',
    '|---|---:|---:|---:|',
    ...list.map((r) => `| ${r.name} | ${r.median.toFixed(3)} | ${r.min.toFixed(3)}-${r.max.toFixed(3)} | ${r.mib.toFixed(0)} |`),
  ].join('\n');
const doc = `# Benchmarks

Written by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 10)}. Every figure is a whole process, ${RUNS} runs after a
warm-up (3 for the slowest), median and min-max; peak memory is the largest resident set of any run.

- Machine: ${machine}.
- Corpus: ${real ? 'the real `../shared/corpus` (OpenStack-Helm values, overrides and default renders)' : 'synthetic, generated with the shape and size of `../shared/corpus`'}:
  ${chartDirs.length} charts, ${valuesFiles.length} values files; the rendered corpus for \`--manifests\`.
- chartlint runs with no config file and a private cache folder, as the built CLI (\`dist/cli/cli.js\`).

## Ratios against the targets

| ratio | value | target |
|---|---:|---|
${rows.map(([name, value, target]) => `| ${name} | ${value} | ${target} |`).join('\n')}

## Measurements

${table(results.filter((r) => !r.name.includes('charts, ')))}

## Growth with size (generated monorepos, a Chart.yaml and a ~19 KiB values.yaml per chart)

${table(results.filter((r) => r.name.includes('charts, ')))}
`;
mkdirSync(path.join(root, 'docs'), { recursive: true });
writeFileSync(path.join(root, 'docs/benchmarks.md'), doc);
rmSync(work, { recursive: true, force: true });
console.log('\nwrote docs/benchmarks.md');
