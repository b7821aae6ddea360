import { defineRule, labelTemplateProblem, NO_OPTIONS } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'malformed' | 'positional' | 'attribute', 'tripleo'>({
  id: 'tripleo/label-template',
  meta: {
    description: 'A tag_from_label template ("{version}-{release}") that Python\'s str.format cannot fill from the image labels.',
    severity: 'error',
    targets: ['tripleo'],
    messages: {
      malformed: 'tag_from_label of {{entry}} is not a valid template ({{reason}}): the prepare fails with a ValueError.',
      positional:
        'tag_from_label of {{entry}} has the field {{field}}, which names no label: labels fill fields by name ("{version}"), so the prepare fails.',
      attribute: "tag_from_label of {{entry}} has the field {{field}}, which reads an attribute of a label's text: the prepare fails.",
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const file = ctx.tripleo();
    for (const param of file.params) {
      for (const entry of param.entries) {
        const node = entry.key('tag_from_label')?.value;
        if (node?.kind !== 'scalar') continue;
        const py = file.py(node);
        if (py.kind !== 'str' || py.str === undefined || !py.str.includes('{')) continue;
        const problem = labelTemplateProblem(py.str);
        if (!problem) continue;
        if (problem.kind === 'malformed')
          ctx.report({ node, messageId: 'malformed', data: { entry: entry.label, reason: problem.reason } });
        else ctx.report({ node, messageId: problem.kind, data: { entry: entry.label, field: problem.field } });
      }
    }
  },
});
