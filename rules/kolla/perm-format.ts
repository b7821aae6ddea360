import { defineRule, getEntry, judgePerm, mapItems, NO_OPTIONS, shownPath } from '../../src/rule-kit/index.js';

type MessageId = 'notString' | 'decimal' | 'special' | 'prefixed' | 'notOctal';

export default defineRule<Record<string, never>, MessageId, 'kolla' | 'manifests'>({
  id: 'kolla/perm-format',
  meta: {
    description:
      'Every "perm" of a Kolla config is a 4-digit octal string such as "0600", the only form every Kolla release reads as meant.',
    severity: 'error',
    targets: ['kolla', 'manifests'],
    messages: {
      notString:
        '{{where}} is not a string: Kolla reads "perm" as a string, and anything else stops kolla_set_configs (exit 2). Write it quoted, such as "0600".',
      decimal:
        '{{where}} is "{{value}}": Kolla releases up to 2025.1 read a 3-digit perm as a decimal number, mode {{mode}} here, without any error. Write "{{fixed}}".',
      special:
        '{{where}} is "{{value}}": Kolla releases up to 2025.1 read a 4-digit perm that does not start with 0 as an invalid number and stop (exit 2); only newer ones take it.',
      prefixed:
        '{{where}} is "{{value}}": Kolla reads it, but `kolla_set_configs --check` compares the mode with the literal 4-digit string, so it always reports a change. Write "{{fixed}}".',
      notOctal: '{{where}} is not an octal mode Kolla reads ("Invalid permission"). Write a 4-digit octal string such as "0640".',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const config of ctx.kolla().configs) {
      for (const list of ['config_files', 'permissions']) {
        for (const item of mapItems(config, list)) {
          const perm = getEntry(item, 'perm')?.value;
          // Kolla skips a perm that is null or empty ("leave the mode alone").
          if (!perm || (perm.kind === 'scalar' && (perm.value === null || perm.value === ''))) continue;
          const verdict = judgePerm(perm);
          if (!verdict) continue;
          const where = `${shownPath(item)}.perm`;
          const data = 'value' in verdict ? { ...verdict, where } : { where };
          ctx.report({
            ...config.place(perm),
            messageId: verdict.problem,
            data,
            // Right on current Kolla, wrong on older releases or for --check only: a risk, not a certain failure.
            ...(verdict.problem === 'special' || verdict.problem === 'prefixed' ? { atMost: 'warning' as const } : {}),
          });
        }
      }
    }
  },
});
