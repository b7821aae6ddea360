#!/usr/bin/env node
/**
 * `npm run fuzz`: mutates real values files and manifest streams, plants secrets in them, runs the built
 * CLI once per case and judges what it wrote (scripts/fuzz/judge.mjs). Not a test: it finds bugs, and
 * exits 1 when any case fails.
 *
 *   --seed N          the run's seed (default: random, printed)
 *   --cases N         how many cases (default 500)
 *   --case K          run only case K of the seed (what each failure's rerun command says)
 *   --time-limit S    start no case after S seconds
 *   --jobs N          cases at once (default 2)
 *   --corpus DIR      the *.yaml to mutate (default ../shared/corpus, else charts-fixtures)
 *   --keep            keep failing cases' folders (printed)
 *   --only CLASS      only cases of one mode (values, override, values-flag, region, stdin, manifests,
 *                     manifests-stdin, render) or with one mutation (scripts/fuzz/mutations.mjs)
 *   --timeout S       seconds before a case is a hang (default 20)
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { planCase, MODES } from './fuzz/case.mjs';
import { judge, makeSarifValidator } from './fuzz/judge.mjs';
import { MUTATION_NAMES } from './fuzz/mutations.mjs';
import { caseSeed, Rng } from './fuzz/prng.mjs';
import { caseReport, rerunCommand, summary } from './fuzz/report.mjs';
import { runCase } from './fuzz/run.mjs';
import { ensureTestHelm } from './test-helm.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(root, 'dist/cli/cli.js');
const MAX_SOURCE_BYTES = 256 * 1024;

function parseArgs(argv) {
  const opts = {
    seed: undefined,
    cases: 500,
    case: undefined,
    timeLimit: Infinity,
    jobs: 2,
    corpus: undefined,
    keep: false,
    only: undefined,
    timeout: 20,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    const number = () => {
      const n = Number(value());
      if (!Number.isFinite(n) || n < 0) throw new Error(`${a} needs a number`);
      return n;
    };
    if (a === '--seed') opts.seed = number() >>> 0;
    else if (a === '--cases') opts.cases = number();
    else if (a === '--case') opts.case = number();
    else if (a === '--time-limit') opts.timeLimit = number();
    else if (a === '--jobs') opts.jobs = Math.max(1, number());
    else if (a === '--corpus') opts.corpus = path.resolve(value());
    else if (a === '--keep') opts.keep = true;
    else if (a === '--only') opts.only = value();
    else if (a === '--timeout') opts.timeout = number();
    else if (a === '-h' || a === '--help') {
      console.log(
        readFileSync(fileURLToPath(import.meta.url), 'utf8')
          .split('*/')[0]
          .replace(/^#!.*\n\/\*\*\n/, '')
          .replace(/^ \* ?/gm, ''),
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (opts.only && !MODES.includes(opts.only) && !MUTATION_NAMES.includes(opts.only)) {
    throw new Error(`--only takes a mode (${MODES.join(', ')}) or a mutation (${MUTATION_NAMES.join(', ')})`);
  }
  return opts;
}

/** Every *.yaml below `dir` (skipping .git and node_modules), sorted so a seed means the same files. */
function yamlFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name === '.git' || e.name === 'node_modules') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && /\.ya?ml$/.test(e.name) && statSync(p).size <= MAX_SOURCE_BYTES) out.push(p);
    }
  };
  walk(dir);
  return out;
}

let opts;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (e) {
  console.error(`fuzz: ${e.message}`);
  process.exit(2);
}
if (!existsSync(CLI)) {
  console.error('fuzz: build first (npm run build)');
  process.exit(2);
}
const seed = opts.seed ?? (Math.random() * 2 ** 32) >>> 0;
const shared = path.resolve(root, '../shared/corpus');
const corpus = opts.corpus ?? (existsSync(shared) ? shared : path.join(root, 'charts-fixtures'));
const all = yamlFiles(corpus);
const isManifest = (p) => /rendered|manifests/.test(path.relative(corpus, p));
const manifestFiles = all.filter(isManifest);
const valuesFiles = all.filter((p) => !isManifest(p) && /values/.test(path.relative(corpus, p)));
if (valuesFiles.length === 0) valuesFiles.push(...all.filter((p) => !isManifest(p)));
if (valuesFiles.length === 0) {
  console.error(`fuzz: no values files under ${corpus}`);
  process.exit(2);
}
const sarifSchema = [
  path.resolve(root, '../shared/schemas/sarif-schema-2.1.0.json'),
  path.join(root, 'test/data/sarif-2.1.0-rtm.5.json'),
].find(existsSync);
const validateSarif = makeSarifValidator(sarifSchema);
const helm = ensureTestHelm();
const work = mkdtempSync(path.join(os.tmpdir(), 'chartlint-fuzz-'));
const read = (p) => readFileSync(p, 'utf8');
const onlyFlag = opts.only ? ['--only', opts.only] : [];
const corpusFlag = opts.corpus ? ['--corpus', opts.corpus] : [];

console.log(
  `chartlint fuzz: seed ${seed}, ${opts.case !== undefined ? `case ${opts.case}` : `${opts.cases} cases`}, ${opts.jobs} jobs, corpus ${corpus} (${valuesFiles.length} values files, ${manifestFiles.length} manifest streams), SARIF schema ${path.relative(root, sarifSchema)}`,
);
if (opts.keep) console.log(`failing cases are kept under ${work}`);

const indices = opts.case !== undefined ? [opts.case] : Array.from({ length: opts.cases }, (_, i) => i);
const started = Date.now();
const failed = [];
let casesRun = 0;
let next = 0;
let stoppedByTime = false;

async function worker() {
  while (next < indices.length) {
    if ((Date.now() - started) / 1000 >= opts.timeLimit) {
      stoppedByTime = true;
      return;
    }
    const index = indices[next++];
    const plan = planCase(new Rng(caseSeed(seed, index)), { valuesFiles, manifestFiles, read, only: opts.only, helm });
    const caseDir = mkdtempSync(path.join(work, `case-${index}-`));
    const run = await runCase(plan, { caseDir, cli: CLI, timeoutSeconds: opts.timeout });
    const failures = judge(run, validateSarif);
    casesRun++;
    if (failures.length > 0) {
      const rerun = rerunCommand(seed, index, [...onlyFlag, ...corpusFlag]);
      const entry = { index, plan, failures, rerun };
      failed.push(entry);
      console.log(caseReport({ index, plan, run, failures, rerun, keptAt: opts.keep ? caseDir : undefined }));
    }
    if (!opts.keep || failures.length === 0) rmSync(caseDir, { recursive: true, force: true });
    if (casesRun % 50 === 0)
      console.log(`... ${casesRun} cases, ${failed.length} failing, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}

await Promise.all(Array.from({ length: Math.min(opts.jobs, indices.length) }, worker));
failed.sort((a, b) => a.index - b.index);
console.log(summary({ seed, casesRun, ms: Date.now() - started, failed, stoppedByTime }));
if (!opts.keep) rmSync(work, { recursive: true, force: true });
process.exit(failed.length > 0 ? 1 : 0);
