import {
  defineRule,
  entrypointSites,
  nearestName,
  NO_OPTIONS,
  spanIn,
  type EnvVariable,
  type JsonReading,
  type JsonVariable,
  type TextRange,
} from '../../src/rule-kit/index.js';

/** What kubernetes-entrypoint does when it cannot decode a variable. */
const FAILURE: Record<JsonVariable, string> = {
  DEPENDENCY_JOBS_JSON: 'kubernetes-entrypoint logs "Invalid format" and waits for none of its jobs (silent drop)',
  DEPENDENCY_POD_JSON: 'kubernetes-entrypoint logs "Invalid format" and waits for none of its pods (silent drop)',
  DEPENDENCY_CUSTOM_RESOURCE:
    'kubernetes-entrypoint logs "Error initializing custom resource" and waits for none of its custom resources (silent drop)',
};

const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** The first `key=value` of the labels that Kubernetes' selector syntax rejects (metav1.LabelSelectorAsSelector). */
function invalidLabel(labels: Record<string, string>): string | undefined {
  for (const [key, value] of Object.entries(labels)) {
    const slash = key.indexOf('/');
    const [prefix, name] = slash === -1 ? [undefined, key] : [key.slice(0, slash), key.slice(slash + 1)];
    const keyOk = LABEL_NAME.test(name) && (prefix === undefined || (prefix.length <= 253 && DNS_SUBDOMAIN.test(prefix)));
    if (!keyOk || !(value === '' || LABEL_NAME.test(value))) return `${key}=${value}`;
  }
  return undefined;
}

/** The fields Go's decoder fills, by variable; any other key is dropped. */
const FIELDS: Record<JsonVariable, readonly string[]> = {
  DEPENDENCY_JOBS_JSON: ['name', 'labels', 'namespace'],
  DEPENDENCY_POD_JSON: ['labels', 'namespace', 'requireSameNode'],
  DEPENDENCY_CUSTOM_RESOURCE: ['apiVersion', 'kind', 'name', 'namespace', 'fields', 'key', 'value', 'conditions', 'type', 'status'],
};

type MessageId =
  | 'syntax'
  | 'notAList'
  | 'mismatch'
  | 'unknownField'
  | 'jobNameAndLabels'
  | 'jobNeither'
  | 'emptyLabels'
  | 'invalidLabel'
  | 'apiVersion'
  | 'resourceIncomplete'
  | 'fieldKey';

export default defineRule<Record<string, never>, MessageId, 'manifests'>({
  id: 'entrypoint/env-json',
  meta: {
    description:
      'DEPENDENCY_JOBS_JSON, DEPENDENCY_POD_JSON and DEPENDENCY_CUSTOM_RESOURCE are JSON lists of the shape kubernetes-entrypoint decodes: a mistake drops every dependency of the kind, or one waits forever.',
    severity: 'error',
    targets: ['manifests'],
    messages: {
      syntax: '{{variable}} of the {{container}} is not valid JSON ({{error}} at character {{offset}}): {{failure}}.',
      notAList: '{{variable}} of the {{container}} is {{got}}, not a JSON list: {{failure}}.',
      mismatch:
        '{{path}} in {{variable}} of the {{container}} is {{got}} where kubernetes-entrypoint expects {{expected}}: the decoding fails, so {{failure}}.',
      unknownField:
        'Field "{{key}}" in {{variable}} of the {{container}} is not one kubernetes-entrypoint reads: Go\'s decoder drops it without a word, so what it says is ignored (silent drop).{{hint}}',
      jobNameAndLabels:
        'Job {{path}} in DEPENDENCY_JOBS_JSON of the {{container}} has both "name" and "labels": kubernetes-entrypoint skips it with the warning "Cannot specify both name and labels" and starts without waiting for it (silent drop). Keep one.',
      jobNeither:
        'Job {{path}} in DEPENDENCY_JOBS_JSON of the {{container}} has neither "name" nor "labels": kubernetes-entrypoint finds no matching job and waits forever (hang).',
      emptyLabels:
        '{{what}} {{path}} in {{variable}} of the {{container}} selects by no labels: kubernetes-entrypoint lists with the selector "<none>", which never matches, and waits forever (hang).',
      invalidLabel:
        '{{what}} {{path}} in {{variable}} of the {{container}} selects by the label {{label}}, which is not a valid Kubernetes label: the selector never parses, so kubernetes-entrypoint waits forever (hang).',
      apiVersion:
        'Custom resource {{path}} in DEPENDENCY_CUSTOM_RESOURCE of the {{container}} has apiVersion {{value}}, not "group/version": kubernetes-entrypoint cannot look it up and waits forever (hang). Core kinds (apiVersion v1) cannot be waited for this way.',
      resourceIncomplete:
        'Custom resource {{path}} in DEPENDENCY_CUSTOM_RESOURCE of the {{container}} has no "{{field}}": kubernetes-entrypoint never finds it and waits forever (hang).',
      fieldKey:
        'Field check {{path}} in DEPENDENCY_CUSTOM_RESOURCE of the {{container}} has no "key": kubernetes-entrypoint never finds the field and waits forever (hang).',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const text = ctx.file.text;
    /** Labels that select nothing or do not parse: the list call fails on every poll. */
    const reportLabels = (
      labels: { value: Record<string, string>; range: TextRange } | undefined,
      variable: EnvVariable,
      entryRange: TextRange,
      data: { container: string; path: string; variable: string; what: string },
    ): void => {
      if (!labels || Object.keys(labels.value).length === 0) {
        ctx.report({ span: spanIn(text, variable, entryRange), messageId: 'emptyLabels', data });
        return;
      }
      const label = invalidLabel(labels.value);
      if (label !== undefined)
        ctx.report({ span: spanIn(text, variable, labels.range), messageId: 'invalidLabel', data: { ...data, label } });
    };
    for (const { site, reading } of entrypointSites(ctx.containers())) {
      const container = site.label;
      const common = <Entry>(
        variable: JsonVariable,
        read: { variable: EnvVariable; reading: JsonReading<Entry> } | undefined,
      ): JsonReading<Entry> | undefined => {
        if (!read) return undefined;
        const at = (range: TextRange) => spanIn(text, read.variable, range);
        const failure = FAILURE[variable];
        const json = read.reading;
        if (json.syntaxError) {
          const { offset, message } = json.syntaxError;
          const end = Math.min(offset + 1, read.variable.value!.length);
          ctx.report({
            span: at({ start: offset, end }),
            messageId: 'syntax',
            data: { variable, container, error: message, offset: offset + 1, failure },
          });
        }
        if (json.notAList)
          ctx.report({
            span: at(json.notAList.range),
            messageId: 'notAList',
            data: { variable, container, got: json.notAList.got, failure },
          });
        for (const mismatch of json.mismatches) {
          ctx.report({
            span: at(mismatch.range),
            messageId: 'mismatch',
            data: { variable, container, path: mismatch.path, got: mismatch.got, expected: mismatch.expected, failure },
          });
        }
        for (const unknown of json.unknownFields) {
          const near = nearestName(unknown.key, FIELDS[variable]);
          ctx.report({
            span: at(unknown.range),
            messageId: 'unknownField',
            data: { variable, container, key: unknown.key, hint: near ? ` Did you mean "${near}"?` : '' },
            // A newer kubernetes-entrypoint may read more fields: a likely typo, not a sure one.
            atMost: 'warning',
          });
        }
        return json.failed ? undefined : json;
      };
      const jobs = common('DEPENDENCY_JOBS_JSON', reading.jobsJson);
      for (const [i, entry] of (jobs?.entries ?? []).entries()) {
        const variable = reading.jobsJson!.variable;
        const at = spanIn(text, variable, entry.range);
        const data = { container, path: `[${i}]`, variable: 'DEPENDENCY_JOBS_JSON', what: 'Job' };
        if (entry.name?.value && entry.labels) ctx.report({ span: at, messageId: 'jobNameAndLabels', data });
        else if (!entry.name?.value && !entry.labels) ctx.report({ span: at, messageId: 'jobNeither', data });
        else if (!entry.name?.value) reportLabels(entry.labels!, variable, entry.range, data);
      }
      const pods = common('DEPENDENCY_POD_JSON', reading.podJson);
      for (const [i, entry] of (pods?.entries ?? []).entries()) {
        const data = { container, path: `[${i}]`, variable: 'DEPENDENCY_POD_JSON', what: 'Pod' };
        reportLabels(entry.labels, reading.podJson!.variable, entry.range, data);
      }
      const resources = common('DEPENDENCY_CUSTOM_RESOURCE', reading.customResource);
      for (const [i, entry] of (resources?.entries ?? []).entries()) {
        const variable = reading.customResource!.variable;
        const path = `[${i}]`;
        const apiVersion = entry.apiVersion?.value ?? '';
        const parts = apiVersion.split('/');
        if (parts.length !== 2 || parts.some((part) => part === '')) {
          ctx.report({
            span: spanIn(text, variable, entry.apiVersion?.range ?? entry.range),
            messageId: 'apiVersion',
            data: { container, path, value: entry.apiVersion ? `"${apiVersion}"` : '(none)' },
          });
        }
        for (const field of ['kind', 'name'] as const) {
          if (!entry[field]?.value)
            ctx.report({ span: spanIn(text, variable, entry.range), messageId: 'resourceIncomplete', data: { container, path, field } });
        }
        for (const [j, check] of entry.fields.entries()) {
          if (!check.key?.value)
            ctx.report({
              span: spanIn(text, variable, check.range),
              messageId: 'fieldKey',
              data: { container, path: `${path}.fields[${j}]` },
            });
        }
      }
    }
  },
});
