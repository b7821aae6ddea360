#!/usr/bin/env node
/**
 * `npm run bench`: every row of the performance targets (issue 17) in one run, each chartlint measurement
 * beside its yardstick, as whole processes (medians and min-max over several runs after a warm-up, peak
 * resident memory), with the ratio against the target. Uses ../shared/corpus when present (the 80-chart
 * values corpus and the real trees under corpus/real), else synthetic trees of the same shape; rows that
 * need a real tree (the --render rows, bitnami, atmosphere) are then reported as skipped, with why.
 * Writes docs/benchmarks.md and removes its temporary folders. Not a test: nothing here fails a build.
 *
 * Environment:
 *   BENCH_RUNS=N           runs per measurement after the warm-up (default 5; the --render and real-tree
 *                          rows use at most 3, the memory rows at most 2 and no warm-up)
 *   BENCH_ONLY=a,b         only the rows whose name contains one of these substrings (case-insensitive),
 *                          e.g. BENCH_ONLY=cache or BENCH_ONLY="one chart,cache"; docs/benchmarks.md is
 *                          then not written unless BENCH_WRITE=1
 *   BENCH_CORPUS=DIR       the corpus folder (default ../shared/corpus); a missing one means the synthetic trees
 *   BENCH_GROWTH=1         also the growth table (generated monorepos of 100 to 1000 charts; about a minute)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTestHelm } from './test-helm.mjs';
import { writeMonorepo, writeValuesCorpus } from './bench/synthetic.mjs';
import { chartsBelow, copyTree, vendoredCopy, yamlFilesOutsideTemplates } from './bench/trees.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const SLOW_RUNS = Math.min(RUNS, 3);
const MEMORY_RUNS = Math.min(RUNS, 2);
const ONLY = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);
const CLI = path.join(root, 'dist/cli/cli.js');
const HOOK = path.join(root, 'hook/cli.js');
const FLOOR = path.join(root, 'scripts/bench/parse-floor.mjs');

if (!existsSync(CLI)) {
  console.error('Build first: npm run build');
  process.exit(2);
}
const work = mkdtempSync(path.join(os.tmpdir(), 'chartlint-bench-'));
const cleanup = () => rmSync(work, { recursive: true, force: true });
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
// No config, a private cache: chartlint measured as a user without either would run it.
const cacheDir = path.join(work, 'cache');
const env = { ...process.env, CHARTLINT_CACHE_DIR: cacheDir, NO_COLOR: '1' };
const loadStart = os.loadavg();

// ---- inputs ---------------------------------------------------------------------------------------
const shared = path.resolve(root, process.env.BENCH_CORPUS ?? '../shared/corpus');
const hasValuesCorpus = existsSync(path.join(shared, 'openstack-helm'));
const realRoot = path.join(shared, 'real');
const hasReal = existsSync(path.join(realRoot, 'openstack-helm'));
const valuesCorpus = hasValuesCorpus ? path.join(shared, 'openstack-helm') : path.join(work, 'values');
if (!hasValuesCorpus) writeValuesCorpus(valuesCorpus);
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
const singleChart = chartDirs.find((dir) => path.basename(dir) === 'keystone') ?? chartDirs[0];
/** The real tree (284 charts), or a generated monorepo of as many charts in its place. */
const realTree = hasReal ? realRoot : path.join(work, 'real-synthetic');
const helm = ensureTestHelm();

function listFile(name, files) {
  const file = path.join(work, `${name}.list`);
  writeFileSync(file, files.join('\n'));
  return file;
}

// ---- measuring -----------------------------------------------------------------------------------
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** One whole-process run: wall seconds and peak resident memory (MiB). */
function runOnce(argv, { cwd = work, runEnv = env } = {}) {
  return new Promise((resolve) => {
    const [command, args] = GNU_TIME ? [GNU_TIME, ['-f', '%M %U %S', ...argv]] : [argv[0], argv.slice(1)];
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, env: runEnv, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peakKiB = 0;
    let cpu = NaN;
    const poll = GNU_TIME ? undefined : setInterval(() => (peakKiB = Math.max(peakKiB, vmHwm(child.pid))), 5);
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (poll) clearInterval(poll);
      if (GNU_TIME) {
        const [kib, user, system] = (stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
        peakKiB = kib || 0;
        cpu = user + system;
      }
      resolve({ seconds, cpu, mib: peakKiB / 1024 });
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

const measurements = new Map();
/** Measured once per run of the bench, however many rows use it. */
async function measure(name, run, { runs = RUNS, prepare, warmup = true } = {}) {
  if (measurements.has(name)) return measurements.get(name);
  await prepare?.();
  if (warmup) await run(); // disk cache, and for --cache and warm --render the first, filling run
  const samples = [];
  for (let i = 0; i < runs; i++) {
    await prepare?.();
    samples.push(await run());
  }
  const times = samples.map((s) => s.seconds).sort((a, b) => a - b);
  const cpus = samples.map((s) => s.cpu).sort((a, b) => a - b);
  const result = {
    name,
    runs,
    median: times[Math.floor(times.length / 2)],
    min: times[0],
    max: times.at(-1),
    cpu: cpus[Math.floor(cpus.length / 2)],
    mib: Math.max(...samples.map((s) => s.mib)),
  };
  measurements.set(name, result);
  console.log(
    `  ${name.padEnd(72)} ${result.median.toFixed(3)} s  (${result.min.toFixed(3)}-${result.max.toFixed(3)})  cpu ${Number.isNaN(result.cpu) ? '-' : `${result.cpu.toFixed(2)} s`}  ${result.mib.toFixed(0)} MiB`,
  );
  return result;
}

const node = process.execPath;
const chartlint = (args, options) => () => runOnce([node, CLI, '-f', 'json', ...args], options);
const nodeZero = () => measure('node -e 0', () => runOnce([node, '-e', '0']));
const floor = (label, files) => {
  const list = listFile(label.replace(/\W+/g, '-'), files);
  return measure(`js-yaml parse floor: ${label} (${files.length} files)`, () => runOnce([node, FLOOR, 'js-yaml', list]));
};

// ---- the rows ------------------------------------------------------------------------------------
/**
 * Each row: chartlint's measurement, the yardstick's, the ratio and its target. `run` returns
 * { value, detail } or { skipped: why }.
 */
const rows = [
  {
    name: 'values corpus (80 charts) / js-yaml parse-only floor',
    target: 1.0,
    run: async () => {
      const lint = await measure(`chartlint, values corpus (${chartDirs.length} charts)`, chartlint([valuesCorpus]));
      const base = await floor('values corpus', valuesFiles);
      return { lint, base };
    },
  },
  {
    name: 'values corpus (80 charts) / helm lint, one process',
    target: 1.0,
    run: async () => {
      const lint = await measure(`chartlint, values corpus (${chartDirs.length} charts)`, chartlint([valuesCorpus]));
      const base = await measure('helm lint, one process for all charts', () => runOnce([helm, 'lint', ...chartDirs]));
      return { lint, base };
    },
  },
  {
    name: 'one chart as the hook runs it / node -e 0',
    target: 1.3,
    run: async () => {
      const files = [path.join(singleChart, 'values.yaml')];
      const lint = await measure(`hook/cli.js --whole-charts, one chart (${path.basename(singleChart)})`, () =>
        runOnce([node, HOOK, '-f', 'json', '--whole-charts', ...files]),
      );
      return { lint, base: await nodeZero() };
    },
  },
  {
    name: 'values corpus again, unchanged, --cache / node -e 0',
    target: 1.3,
    run: async () => {
      const copy = path.join(work, 'cached-copy');
      if (!existsSync(copy)) copyTree(valuesCorpus, copy);
      const lint = await measure('chartlint --cache, second run over the unchanged values corpus', chartlint(['--cache', copy]));
      return { lint, base: await nodeZero() };
    },
  },
  ...renderRows(),
  {
    name: `real trees (${hasReal ? '284 charts' : 'synthetic, 284 charts'}) / js-yaml parse of their YAML outside templates/`,
    target: 1.0,
    run: async () => {
      if (!hasReal && !existsSync(realTree)) writeMonorepo(realTree, 284);
      const lint = await measure(`chartlint, ${hasReal ? '../shared/corpus/real' : 'synthetic 284-chart tree'}`, chartlint([realTree]), {
        runs: SLOW_RUNS,
      });
      const base = await floor(hasReal ? 'corpus/real outside templates/' : 'synthetic tree', yamlFilesOutsideTemplates(realTree));
      return { lint, base };
    },
  },
  ...['bitnami', 'atmosphere'].map((tree) => ({
    name: `real/${tree} alone / js-yaml parse of its YAML outside templates/`,
    target: 1.0,
    run: async () => {
      if (!hasReal) return { skipped: 'needs ../shared/corpus/real' };
      const dir = path.join(realRoot, tree);
      const lint = await measure(`chartlint, real/${tree} (${chartsBelow(dir).length} charts)`, chartlint([dir]), { runs: SLOW_RUNS });
      const base = await floor(`real/${tree} outside templates/`, yamlFilesOutsideTemplates(dir));
      return { lint, base };
    },
  })),
  ...[1, 3].map((copies) => ({
    name: `peak memory, ${copies} ${copies === 1 ? 'copy' : 'copies'} of ${hasReal ? 'corpus/real' : 'the synthetic tree'} in one run (MiB)`,
    target: 200,
    unit: 'MiB',
    run: async () => {
      if (!hasReal && !existsSync(realTree)) writeMonorepo(realTree, 284);
      const dir = path.join(work, `copies-${copies}`);
      for (let i = 0; i < copies; i++) if (!existsSync(path.join(dir, `copy-${i}`))) copyTree(realTree, path.join(dir, `copy-${i}`));
      const lint = await measure(`chartlint, ${copies} ${copies === 1 ? 'copy' : 'copies'} of the real trees`, chartlint([dir]), {
        runs: MEMORY_RUNS,
        warmup: false,
      });
      return { lint };
    },
  })),
];

function renderRows() {
  const tree = path.join(realRoot, 'openstack-helm');
  const why = 'needs ../shared/corpus/real/openstack-helm (charts with templates and helm-toolkit)';
  let loop;
  let coldCache;
  const cold = () =>
    measure(
      '--render over real/openstack-helm, cold (empty cache every run)',
      chartlint(['--render', '--helm', helm, tree], { runEnv: { ...env, CHARTLINT_CACHE_DIR: coldCache } }),
      { runs: SLOW_RUNS, warmup: false, prepare: () => rmSync(coldCache, { recursive: true, force: true }) },
    );
  const plainLoop = () => {
    if (!loop) {
      const charts = vendoredCopy(tree, path.join(work, 'helm-loop'));
      const script = charts
        .map(({ dir, name }) => {
          const release = name
            .toLowerCase()
            .replace(/[^a-z0-9-]+/g, '-')
            .slice(0, 53);
          return `${JSON.stringify(helm)} template ${JSON.stringify(release)} ${JSON.stringify(dir)} >/dev/null 2>&1`;
        })
        .join('\n');
      loop = { count: charts.length, script: path.join(work, 'helm-loop.sh') };
      writeFileSync(loop.script, `${script}\ntrue\n`);
    }
    return measure(
      `plain helm template loop, ${loop.count} charts (dependencies vendored beforehand)`,
      () => runOnce(['sh', loop.script]),
      {
        runs: SLOW_RUNS,
      },
    );
  };
  return [
    {
      name: '--render real/openstack-helm, cold / plain helm template loop',
      target: 1.2,
      run: async () => {
        if (!hasReal) return { skipped: why };
        coldCache = path.join(work, 'cold-cache');
        return { lint: await cold(), base: await plainLoop() };
      },
    },
    {
      name: '--render real/openstack-helm, warm / cold',
      target: 0.1,
      run: async () => {
        if (!hasReal) return { skipped: why };
        coldCache = path.join(work, 'cold-cache');
        const warm = await measure(
          '--render over real/openstack-helm, warm (cache filled by the warm-up)',
          chartlint(['--render', '--helm', helm, tree], { runEnv: { ...env, CHARTLINT_CACHE_DIR: path.join(work, 'warm-cache') } }),
          { runs: SLOW_RUNS },
        );
        return { lint: warm, base: await cold() };
      },
    },
  ];
}

// ---- running -------------------------------------------------------------------------------------
const targetText = (row) => (row.unit === 'MiB' ? `${row.target} MiB` : row.target.toFixed(1));
const selected = rows.filter((row) => ONLY.length === 0 || ONLY.some((part) => row.name.toLowerCase().includes(part)));
const growthWanted = process.env.BENCH_GROWTH === '1' || ONLY.some((part) => 'growth'.includes(part) && part.length >= 3);
console.log(
  `values corpus: ${hasValuesCorpus ? '../shared/corpus/openstack-helm' : 'synthetic, same shape'} (${chartDirs.length} charts, ${valuesFiles.length} values files); real trees: ${hasReal ? '../shared/corpus/real' : 'absent (synthetic stand-in)'}; ${RUNS} runs after a warm-up; load ${loadStart.map((l) => l.toFixed(2)).join(' ')}\n`,
);
const outcomes = [];
for (const row of selected) {
  console.log(row.name);
  const outcome = await row.run();
  if (outcome.skipped) {
    outcomes.push({ row, skipped: outcome.skipped });
    console.log(`  skipped: ${outcome.skipped}\n`);
    continue;
  }
  const value = row.unit === 'MiB' ? outcome.lint.mib : outcome.lint.median / outcome.base.median;
  // The spread of the ratio: best chartlint run over worst yardstick run, and the other way round.
  const spread = row.unit === 'MiB' ? undefined : [outcome.lint.min / outcome.base.max, outcome.lint.max / outcome.base.min];
  outcomes.push({ row, value, spread, ...outcome });
  const verdict = value <= row.target ? 'met' : 'MISSED';
  console.log(
    `  => ${row.unit === 'MiB' ? `${value.toFixed(0)} MiB` : value.toFixed(2)}${spread ? ` (${spread.map((s) => s.toFixed(2)).join('-')})` : ''}   target <= ${targetText(row)}   ${verdict}\n`,
  );
}

const growth = [];
if (growthWanted) {
  console.log('growth: generated monorepos');
  for (const charts of [100, 250, 500, 1000]) {
    const repo = path.join(work, `mono-${charts}`);
    writeMonorepo(repo, charts);
    const runs = charts >= 500 ? SLOW_RUNS : RUNS;
    const one = await measure(`chartlint, ${charts} charts, one thread (-j 1)`, chartlint(['-j', '1', repo]), { runs });
    const both = await measure(`chartlint, ${charts} charts, two threads (-j 2)`, chartlint(['-j', '2', repo]), { runs });
    growth.push({ charts, one, both });
    rmSync(repo, { recursive: true, force: true });
  }
}
const loadEnd = os.loadavg();

// ---- report --------------------------------------------------------------------------------------
if (ONLY.length > 0 && process.env.BENCH_WRITE !== '1') {
  console.log('BENCH_ONLY: docs/benchmarks.md not written (BENCH_WRITE=1 writes it)');
  process.exit(0);
}
const helmVersion = spawnSync(helm, ['version', '--short'], { encoding: 'utf8' }).stdout.trim();
const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; ${os.type()} ${os.release()}; Node ${process.version}; helm ${helmVersion}`;
// The end figure includes the bench's own parallel renders, and the start one the build `npm run bench`
// runs first: only a start load of a whole core per core says other work shared the machine.
const busy = loadStart[0] >= os.availableParallelism();
const fmt = (row, value) => (row.unit === 'MiB' ? `${value.toFixed(0)} MiB` : value.toFixed(2));
const ratioTable = [
  '| row | chartlint | yardstick | ratio (spread) | target | |',
  '|---|---:|---:|---:|---:|---|',
  ...outcomes.map((o) =>
    o.skipped
      ? `| ${o.row.name} | — | — | skipped: ${o.skipped} | ≤ ${targetText(o.row)} | |`
      : `| ${o.row.name} | ${o.row.unit === 'MiB' ? `${o.lint.mib.toFixed(0)} MiB` : `${o.lint.median.toFixed(3)} s`} | ${o.base ? `${o.base.median.toFixed(3)} s` : '—'} | ${fmt(o.row, o.value)}${o.spread ? ` (${o.spread.map((s) => s.toFixed(2)).join('-')})` : ''} | ≤ ${targetText(o.row)} | ${o.value <= o.row.target ? 'met' : '**missed**'} |`,
  ),
].join('\n');
const table = (list) =>
  [
    '| measurement | runs | median s | min-max s | median CPU s (user+sys) | peak MiB |',
    '|---|---:|---:|---:|---:|---:|',
    ...list.map(
      (r) =>
        `| ${r.name} | ${r.runs} | ${r.median.toFixed(3)} | ${r.min.toFixed(3)}-${r.max.toFixed(3)} | ${Number.isNaN(r.cpu) ? '—' : r.cpu.toFixed(2)} | ${r.mib.toFixed(0)} |`,
    ),
  ].join('\n');
const all = [...measurements.values()];
const growthNames = new Set(growth.flatMap((g) => [g.one.name, g.both.name]));
const doc = `# Benchmarks

Written by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Every figure is a whole
process: ${RUNS} runs after a warm-up (${SLOW_RUNS} for the --render and real-tree rows; the cold --render runs have no
warm-up, each starts with an empty cache; ${MEMORY_RUNS} for the memory rows, no warm-up), median and min-max; peak memory is the largest resident set of any run.
CPU time (user+system, from /usr/bin/time, children included) is less disturbed by other work on the machine than wall time.
The ratio's spread is chartlint's fastest run over the yardstick's slowest, and its slowest over the yardstick's fastest.

- Machine: ${machine}.
- Load average (1, 5, 15 min) at the start: ${loadStart.map((l) => l.toFixed(2)).join(', ')}; at the end: ${loadEnd.map((l) => l.toFixed(2)).join(', ')} (the bench's own renders and the build before it included).${busy ? `\n  **The machine was shared with other work during this run** (a load of ${loadStart[0].toFixed(2)} on its ${os.availableParallelism()} cores when it started): absolute figures are noisier and slower than on an idle machine; ratios of runs taken side by side less so.` : ''}
- Values corpus: ${hasValuesCorpus ? '`../shared/corpus/openstack-helm` (OpenStack-Helm values and overrides)' : 'synthetic, generated with the shape and size of `../shared/corpus/openstack-helm`'}:
  ${chartDirs.length} charts, ${valuesFiles.length} values files. Real trees: ${hasReal ? '`../shared/corpus/real` (openstack-helm, atmosphere, bitnami, starlingx: templates included)' : 'absent; a generated 284-chart monorepo stands in, and the rows that need the real trees are skipped'}.
- chartlint runs as the built CLI (\`dist/cli/cli.js\`; the hook row runs \`hook/cli.js --whole-charts\` on the chart's values.yaml),
  with no config file, \`-f json\`, and a private cache folder. The parse floor is one Node process that reads
  and parses the same YAML files with js-yaml and does nothing else (scripts/bench/parse-floor.mjs). The
  helm template loop runs \`helm template\` once per application chart, one after the other, over a copy of
  the tree with each chart's \`file://\` dependencies vendored into its charts/ beforehand.
- The memory rows lint one and three copies of the real trees (hard-linked copies in a temporary folder) in one run.

## Targets

${ratioTable}

## Measurements

${table(all.filter((r) => !growthNames.has(r.name)))}
${
  growth.length
    ? `
## Growth with size (generated monorepos, a Chart.yaml and a ~19 KiB values.yaml per chart)

${table(all.filter((r) => growthNames.has(r.name)))}
`
    : ''
}`;
mkdirSync(path.join(root, 'docs'), { recursive: true });
writeFileSync(path.join(root, 'docs/benchmarks.md'), doc);
console.log(`wrote docs/benchmarks.md (load ${loadEnd.map((l) => l.toFixed(2)).join(' ')})`);
