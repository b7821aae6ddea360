import { defineRule, getEntry, NO_OPTIONS, pyOf } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'modifyRole' | 'entryKey', 'tripleo'>({
  id: 'tripleo/multi-arch',
  meta: {
    description:
      'With AdditionalArchitectures set in the file: a modify_role entry that would prepare multi-arch images (the prepare fails), and an entry whose multi_arch key turns multi-arch off for it and every later entry.',
    severity: 'error',
    targets: ['tripleo'],
    messages: {
      modifyRole:
        '{{entry}} runs modify_role on multi-arch images (AdditionalArchitectures is set): the prepare fails with "Cannot run a modify role on multi-arch image".',
      entryKey:
        'The multi_arch key of {{entry}} turns multi-arch preparation off for this entry and every later one, whatever its value: TripleO only checks that the key is there.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const file = ctx.tripleo();
    const architectures = file.parameterDefaults ? getEntry(file.parameterDefaults, 'AdditionalArchitectures')?.value : undefined;
    // Only this file's own setting is known: another environment file may set it.
    if (architectures?.kind !== 'seq' || architectures.items.length === 0) return;
    const main = file.params.find((param) => param.name === 'ContainerImagePrepare');
    let multiArch = true;
    for (const entry of main?.entries ?? []) {
      const key = entry.key('multi_arch');
      if (key) {
        // Reported once, where it first turns multi-arch off.
        if (multiArch) ctx.report({ span: key.keySpan, messageId: 'entryKey', data: { entry: entry.label }, atMost: 'warning' });
        multiArch = false;
      }
      const role = entry.key('modify_role');
      if (multiArch && role && (pyOf(file, role.value)?.truthy ?? true))
        ctx.report({ span: role.keySpan, messageId: 'modifyRole', data: { entry: entry.label } });
    }
  },
});
