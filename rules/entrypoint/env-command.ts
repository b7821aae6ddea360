import { defineRule, entrypointSites, NO_OPTIONS, spanIn } from '../../src/rule-kit/index.js';

/** Words a shell would act on; kubernetes-entrypoint passes them to the program as arguments. */
const SHELL_WORDS = new Set(['&&', '||', '|', ';', '>', '>>', '<', '2>&1', '&']);

export default defineRule<Record<string, never>, 'leadingSpace' | 'emptyWord' | 'quoted' | 'shell', 'manifests'>({
  id: 'entrypoint/env-command',
  meta: {
    description:
      'COMMAND, which kubernetes-entrypoint splits on single spaces and runs without a shell, has no quotes, no double, leading or trailing spaces and no shell operators.',
    severity: 'error',
    targets: ['manifests'],
    messages: {
      leadingSpace:
        'COMMAND of the {{container}} starts with a space: split on single spaces, its program name is empty, so kubernetes-entrypoint logs "Cannot find a binary" and exits 1 (crash).',
      emptyWord:
        'COMMAND of the {{container}} has {{where}}: kubernetes-entrypoint splits on single spaces, so the program gets an empty argument there, which it may reject or misread (crash). Use single spaces.',
      quoted:
        'COMMAND of the {{container}} has quotes, but kubernetes-entrypoint runs it without a shell: the quote characters reach the program and a quoted phrase is split at its spaces (crash or wrong arguments). Put it in a script in the image and make that script the COMMAND.',
      shell:
        'COMMAND of the {{container}} has "{{word}}", but kubernetes-entrypoint runs it without a shell: the program gets "{{word}}" as an argument and nothing after it runs as its own command (crash or wrong arguments).',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const { site, reading } of entrypointSites(ctx.containers())) {
      const command = reading.command;
      if (!command || command.words.length === 0) continue;
      const container = site.label;
      const at = (range: { start: number; end: number }) => spanIn(ctx.file.text, command.variable, range);
      const [first] = command.words;
      if (first!.text === '') {
        ctx.report({ span: at({ start: 0, end: 1 }), messageId: 'leadingSpace', data: { container } });
        continue;
      }
      const value = command.variable.value;
      const double = value.indexOf('  ');
      if (double !== -1) {
        ctx.report({
          span: at({ start: double, end: double + 2 }),
          messageId: 'emptyWord',
          data: { container, where: 'two spaces in a row' },
        });
      } else if (value.endsWith(' ')) {
        ctx.report({
          span: at({ start: value.length - 1, end: value.length }),
          messageId: 'emptyWord',
          data: { container, where: 'a trailing space' },
        });
      }
      const quote = command.words.find((word) => /["']/.test(word.text));
      if (quote) ctx.report({ span: at(quote.range), messageId: 'quoted', data: { container } });
      const shell = command.words.find((word) => SHELL_WORDS.has(word.text));
      if (shell) ctx.report({ span: at(shell.range), messageId: 'shell', data: { container, word: shell.text }, atMost: 'warning' });
    }
  },
});
