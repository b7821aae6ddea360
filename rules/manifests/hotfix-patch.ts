import {
  chartPatchesFact,
  defineRule,
  findPatchEntries,
  judgeFirstHeader,
  NO_OPTIONS,
  sourceSpanOf,
  type HeaderVerdict,
} from '../../src/rule-kit/index.js';

type MessageId = HeaderVerdict['problem'];

export default defineRule<Record<string, never>, MessageId, 'manifests' | 'patch'>({
  id: 'manifests/hotfix-patch',
  meta: {
    description:
      'Hot-fix patches (a chart\'s patches/*.patch, `*-patches` ConfigMaps) start with a "--- a/<path>" header the startup script can read, or it skips them silently.',
    severity: 'error',
    targets: ['manifests', 'patch'],
    facts: [chartPatchesFact],
    messages: {
      noHeader: '{{patch}} has no "--- " file header, so the startup script finds no file to patch and skips it silently.',
      newFile:
        '{{patch}} first creates a file ("--- /dev/null"); the startup script applies a patch only when its first file already exists, so it skips this one silently. Put a change to an existing file first.',
      characters:
        '{{patch}} names "{{path}}" in its first file header, but the startup script keeps only the characters A-Z a-z 0-9 \\ ] ^ _ / . of it and stops at {{character}}: it looks for "{{lookedFor}}" instead, and skips the patch silently when that is not a file.',
      prefix:
        '{{patch}} names "{{path}}" in its first file header without a one-letter prefix such as "a/"; the startup script drops its first two characters and looks for "{{lookedFor}}", so it skips the patch silently. Write the headers as "--- a/<path>", as git diff does.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const dataOf = (verdict: HeaderVerdict, patch: string) => ({
      patch,
      path: verdict.path,
      lookedFor: verdict.lookedFor,
      character: verdict.character,
    });
    if (ctx.kind === 'patch') {
      const verdict = judgeFirstHeader(ctx.file.text);
      if (verdict) ctx.report({ span: verdict.span, messageId: verdict.problem, data: dataOf(verdict, 'This patch') });
      return;
    }
    // A rendered chart's own patches/ files are reported at the file, not again in the ConfigMap that carries them.
    const shipped = ctx.chart ? (ctx.fact(chartPatchesFact)[ctx.chart.dir] ?? []) : [];
    for (const { object, entry, value } of findPatchEntries(ctx.file.documents)) {
      if (shipped.includes(entry.key)) continue;
      const verdict = judgeFirstHeader(value.value);
      if (!verdict) continue;
      const span = verdict.problem === 'noHeader' ? undefined : sourceSpanOf(ctx.file.text, value, verdict.span);
      ctx.report({
        span: span ?? entry.keySpan,
        messageId: verdict.problem,
        data: dataOf(verdict, `The patch "${entry.key}" of ${object}`),
      });
    }
  },
});
