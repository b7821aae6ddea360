import { defineRule, NO_OPTIONS, safeName } from '../../src/rule-kit/index.js';

type MessageId =
  | 'syntax'
  | 'jsonSyntax'
  | 'duplicateKey'
  | 'duplicateUnnamedKey'
  | 'tab'
  | 'aliasBomb'
  | 'multipleDocuments'
  | 'unresolvedAlias'
  | 'unreadable'
  | 'tooManyFindings';

const MESSAGE_BY_CODE: Record<string, MessageId> = {
  DUPLICATE_KEY: 'duplicateKey',
  TAB_AS_INDENT: 'tab',
  ALIAS_BOMB: 'aliasBomb',
  MULTIPLE_DOCUMENTS: 'multipleDocuments',
  UNRESOLVED_ALIAS: 'unresolvedAlias',
  NESTING_LIMIT: 'unreadable',
  JSON_SYNTAX: 'jsonSyntax',
};

export default defineRule<Record<string, never>, MessageId, 'values' | 'chart-metadata' | 'manifests' | 'kolla' | 'tripleo' | 'patch'>({
  id: 'yaml/syntax',
  meta: {
    description:
      'The file is readable YAML (a Kolla config.json, JSON): no syntax errors, duplicate keys, tab indentation, alias bombs, binary or oversized content.',
    severity: 'error',
    targets: ['values', 'chart-metadata', 'manifests', 'kolla', 'tripleo', 'patch'],
    messages: {
      syntax: 'YAML syntax error: {{problem}}.',
      jsonSyntax: 'JSON syntax error, so kolla_set_configs stops with "Invalid json file" (exit 1): {{problem}}.',
      duplicateKey: 'The key "{{key}}" appears twice in this mapping; only one of the values takes effect.',
      duplicateUnnamedKey: 'This key appears twice in this mapping; only one of the values takes effect.',
      tab: 'Tab characters indent this line; YAML allows only spaces for indentation.',
      aliasBomb: '{{problem}}.',
      multipleDocuments: '{{problem}}.',
      unresolvedAlias: '{{problem}}.',
      unreadable: '{{problem}}.',
      // Reported by the engine, not by check(): the file had more findings than limits.maxFindingsPerFile.
      tooManyFindings:
        '{{count}} more findings in this file were not reported, over the limit of {{limit}} (limits.maxFindingsPerFile); the first of them is here.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const { readProblem, documents, text } = ctx.file;
    if (readProblem) {
      ctx.report({ span: { start: 0, end: 0 }, messageId: 'unreadable', data: { problem: readProblem.message.replace(/\.$/, '') } });
      return;
    }
    // Problems carry chartlint's own sentences (never the parser's text, which quotes the input); a
    // duplicated key is named only when its name cannot be a secret.
    // A manifest stream's ConfigMaps may hold Kolla config.json files: their JSON is read here too.
    const embedded = ctx.kind === 'manifests' ? ctx.kolla().problems : [];
    for (const problem of [...documents.flatMap((d) => d.problems), ...embedded]) {
      let messageId = MESSAGE_BY_CODE[problem.code] ?? 'syntax';
      const key = messageId === 'duplicateKey' ? safeName(unquote(text.slice(problem.span.start, problem.span.end).trim())) : undefined;
      if (messageId === 'duplicateKey' && key === undefined) messageId = 'duplicateUnnamedKey';
      ctx.report({ span: problem.span, messageId, data: { problem: problem.message.replace(/\.$/, ''), key: key ?? '' } });
    }
  },
});

function unquote(key: string): string {
  return /^(["']).*\1$/.test(key) ? key.slice(1, -1) : key;
}
