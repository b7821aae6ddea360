/** What the fuzzer prints: one block per failing case as it happens, and the summary at the end. */

export const CLASSES = [
  'leak',
  'crash',
  'stack-trace',
  'hang',
  'invalid-json',
  'invalid-sarif',
  'invalid-junit',
  'tmp-leftover',
  'injection',
  'modified-input',
];

/** The command that replays case `index` of a run seeded `seed` alone. */
export function rerunCommand(seed, index, extra = []) {
  return ['npm run fuzz --', '--seed', seed, '--case', index, ...extra].join(' ');
}

const shellQuote = (arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${String(arg).replace(/'/g, `'\\''`)}'`);

/** The block printed for one failing case. */
export function caseReport({ index, plan, run, failures, rerun, keptAt }) {
  const lines = [
    `FAIL case ${index} [${[...new Set(failures.map((f) => f.class))].join(', ')}] mode=${plan.mode} mutations=${plan.applied.join(',') || 'none'} secrets=${plan.secrets.map((s) => s.kind).join(',')}`,
    `  source: ${plan.source ?? '(none)'}`,
    `  chartlint ${run.argv.slice(1).map(shellQuote).join(' ')}  (exit ${run.timedOut ? 'timeout' : run.exitCode}, ${run.ms} ms)`,
    ...failures.map((f) => `  ${f.class}: ${f.detail}`),
    `  rerun: ${rerun}`,
  ];
  if (keptAt) lines.push(`  kept: ${keptAt}`);
  return lines.join('\n');
}

/** The summary: counts, time, and per failure class the cases with a rerun command each. */
export function summary({ seed, casesRun, ms, failed, stoppedByTime }) {
  const byClass = new Map(CLASSES.map((c) => [c, []]));
  for (const f of failed) for (const cls of new Set(f.failures.map((x) => x.class))) byClass.get(cls).push(f);
  const lines = [
    '',
    `chartlint fuzz: seed ${seed}, ${casesRun} cases in ${(ms / 1000).toFixed(1)} s${stoppedByTime ? ' (stopped by --time-limit)' : ''}, ${failed.length} failing`,
  ];
  for (const [cls, cases] of byClass) {
    if (cases.length === 0) continue;
    lines.push(`  ${cls}: ${cases.length} case(s)`);
    for (const f of cases.slice(0, 20)) {
      const first = f.failures.find((x) => x.class === cls);
      lines.push(`    case ${f.index} (${f.plan.mode}; ${f.plan.applied.join(',') || 'none'}): ${first.detail.slice(0, 200)}`);
      lines.push(`      ${f.rerun}`);
    }
    if (cases.length > 20) lines.push(`    ... and ${cases.length - 20} more`);
  }
  if (failed.length === 0) lines.push('  no failures');
  return lines.join('\n');
}
