/** helm's failures summarised from fixed phrases only: what helm quotes from the template never comes through. */
import { describe, expect, it } from 'vitest';
import { helmLines, summarizeHelmError, templatePlaces } from '../src/render/helm-error.js';

const SECRET = 'Xq7vHelmSummaryPlanted';

// Real helm 4 messages (captured from helm template), with a planted value where helm quotes one.
const CASES: [string, string, RegExp][] = [
  ['fail', `Error: execution error at (c/templates/a.yaml:1:3): bad ${SECRET.toUpperCase()}`, /^a template's fail or required call/],
  [
    'nil pointer',
    'Error: c/templates/a.yaml:1:13\n  executing "c/templates/a.yaml" at <.Values.b.c.d>:\n    nil pointer evaluating interface {}.c',
    /^a template stopped at <\.Values\.b\.c\.d>: nil pointer evaluating interface \{\}\.c$/,
  ],
  [
    'missing function',
    'Error: parse error at (c/templates/a.yaml:1): function "nosuch" not defined',
    /^a template does not parse: function "nosuch" not defined$/,
  ],
  [
    'invalid rendered YAML',
    `Error: YAML parse error on c/templates/a.yaml: error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context`,
    /^a template rendered invalid YAML \(line 2 of that template's output\): mapping values are not allowed in this context$/,
  ],
  [
    'tpl of a value',
    `Error: template: c/templates/a.yaml:1:6: executing "c/templates/a.yaml" at <tpl .Values.t .>: error calling tpl: error during tpl function execution for "{{ ${SECRET} }}": template: gotpl:1:10: executing "gotpl" at <${SECRET}>: nil pointer evaluating interface {}.x`,
    /^a template stopped at <tpl \.Values\.t \.>: nil pointer evaluating interface \{\}\.x: error calling tpl$/,
  ],
  ['unknown', `Error: something new: ${SECRET}`, /^its message is not shown/],
  ['toJson', `Error: execution error at (c/templates/a.yaml:1:3): "${SECRET}"`, /^a template's fail or required call/],
];

describe("helm's failure summary", () => {
  it.each(CASES)('%s: fixed phrases only', (_name, stderr, expected) => {
    const summary = summarizeHelmError(helmLines(stderr, '/tmp/scratch', '/charts/c'));
    expect(summary.text).toMatch(expected);
    expect(summary.text.toLowerCase()).not.toContain(SECRET.toLowerCase());
  });

  it('names missing dependencies only when they are shaped like chart names', () => {
    const stderr = 'Error: found in Chart.yaml, but missing in charts/ directory: mariadb, rabbitmq';
    expect(summarizeHelmError(helmLines(stderr, '/x', '/y')).text).toMatch(/: mariadb, rabbitmq$/);
    const odd = summarizeHelmError(helmLines(`Error: found in Chart.yaml, but missing in charts/ directory: Xq7vA1b2C3d4`, '/x', '/y'));
    expect(odd.text).not.toContain('Xq7v');
  });

  it('takes the scratch folder out of the lines it keeps for --debug', () => {
    expect(helmLines('Error: /tmp/scratch-1/c/templates/a.yaml: bad\nWARNING: x\n', '/tmp/scratch-1/c', '/charts/c')).toEqual([
      '/charts/c/templates/a.yaml: bad',
    ]);
  });

  it("drops helm's and Go's log noise, keeps the error whole, and says each line once", () => {
    const stderr = [
      'level=WARN msg="this chart is deprecated"',
      'level=INFO msg="Warning: Dependency locking is handled in Chart.lock"',
      'walk.go:74: found symbolic link in path: /c/templates/link resolves to /x',
      'coalesce.go:301: warning: destination for c.conf is a table. Ignoring non-table value ([])',
      'level=ERROR msg="render failed" error="c/templates/a.yaml:1:13: bad"',
      'Error: c/templates/a.yaml:1:13',
      '  executing "c/templates/a.yaml" at <.Values.b.c>:',
      '    nil pointer evaluating interface {}.c',
      'Error: c/templates/a.yaml:1:13',
      'Use --debug flag to render out invalid YAML',
    ].join('\n');
    expect(helmLines(stderr, '/x', '/y')).toEqual([
      'c/templates/a.yaml:1:13',
      'executing "c/templates/a.yaml" at <.Values.b.c>:',
      'nil pointer evaluating interface {}.c',
    ]);
  });

  it('keeps a level=ERROR line when it is all helm said', () => {
    expect(helmLines('level=ERROR msg="boom"\n', '/x', '/y')).toEqual(['level=ERROR msg="boom"']);
  });

  // The shape of loki's failure in atmosphere: includes nested three deep, then a tpl of a value.
  const NESTED =
    'Error: template: loki/templates/write/statefulset-write.yaml:50:28: executing "loki/templates/write/statefulset-write.yaml" at <include (print .Template.BasePath "/config.yaml") .>: error calling include: ' +
    'template: loki/templates/config.yaml:19:7: executing "loki/templates/config.yaml" at <include "loki.calculatedConfig" .>: error calling include: ' +
    `template: loki/templates/_helpers.tpl:537:24: executing "loki.calculatedConfig" at <tpl .Values.loki.config .>: error calling tpl: error during tpl function execution for "{{ ${SECRET} }}": ` +
    `template: gotpl:40:6: executing "gotpl" at <include "loki.commonStorageConfig" .>: error calling include: ` +
    'template: loki/templates/_helpers.tpl:228:19: executing "loki.commonStorageConfig" at <$.Values.loki.storage.bucketNames.chunks>: nil pointer evaluating interface {}.chunks';

  it('shows the innermost template action of the chart, not the outermost include', () => {
    const summary = summarizeHelmError(helmLines(NESTED, '/x', '/y'));
    expect(summary.text).toBe(
      'a template stopped at <$.Values.loki.storage.bucketNames.chunks>: nil pointer evaluating interface {}.chunks: error calling include',
    );
    expect(summary.text).not.toContain(SECRET);
  });

  it('lists the template places innermost first, never the gotpl of a value', () => {
    expect(templatePlaces(NESTED).map((p) => `${p.template}:${p.line}:${p.column}`)).toEqual([
      'loki/templates/_helpers.tpl:228:19',
      'loki/templates/_helpers.tpl:537:24',
      'loki/templates/config.yaml:19:7',
      'loki/templates/write/statefulset-write.yaml:50:28',
    ]);
  });
});
