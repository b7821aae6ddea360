/**
 * `chartlint graph`: the deployment set's dependency graph as Mermaid, dot, JSON and (through Graphviz) SVG,
 * and the pictures themselves (src/entrypoint/graph-format.ts, the job summary's trimmed Mermaid).
 * The SVG test needs Graphviz's dot on PATH (Debian's package graphviz; .ci/run installs it). Without it
 * the test is skipped, visibly, unless CHARTLINT_REQUIRE_TOOLS is set: then a missing dot fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../src/entrypoint/graph.js';
import { toDot, toJson, toMermaid } from '../src/entrypoint/graph-format.js';
import { GRAPH_RULE, mermaidSummary, summaryGraph } from '../src/entrypoint/graph-summary.js';
import { lint } from '../src/index.js';
import { buildSummary } from '../src/action/summary.js';
import type { SetPart } from '../src/entrypoint/set-objects.js';
import type { FileSummary } from '../src/engine/rule.js';
import { runCli } from './helpers/cli.js';
import { makeTree, removeTrees } from './helpers/tree.js';

afterAll(removeTrees);

const hasDot = spawnSync('dot', ['-V'], { encoding: 'utf8' }).status === 0;
const requireTools = !!process.env.CHARTLINT_REQUIRE_TOOLS && process.env.CHARTLINT_REQUIRE_TOOLS !== '0';
const skipSvg = !hasDot && !requireTools;
const skipNote = skipSvg ? ' (skipped: Graphviz is not installed; apt-get install graphviz)' : '';
if (skipSvg) console.warn('chartlint graph --format svg test skipped: Graphviz is not installed (apt-get install graphviz)');

const STREAM = `---
# Source: api/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    metadata:
      labels: {app: api}
    spec:
      initContainers:
        - name: init
          image: quay.io/airshipit/kubernetes-entrypoint:v1.0.0
          env:
            - name: DEPENDENCY_SERVICE
              value: "db,cache"
      containers:
        - name: api
          image: quay.io/x/api:1.0
---
# Source: db/templates/service.yaml
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  selector: {app: db}
---
# Source: db/templates/statefulset.yaml
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  template:
    metadata:
      labels: {app: db}
    spec:
      initContainers:
        - name: init
          image: quay.io/airshipit/kubernetes-entrypoint:v1.0.0
          env:
            - name: DEPENDENCY_SERVICE
              value: "api"
      containers:
        - name: db
          image: quay.io/x/db:1.0
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector: {app: api}
`;

describe('chartlint graph', () => {
  const cwd = makeTree({ 'set.yaml': STREAM });

  it('prints Mermaid by default: workloads by chart, the unresolved edge dashed, the cycle red', () => {
    const run = runCli(['graph', '--manifests', 'set.yaml'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        'flowchart LR',
        '  subgraph g0["api"]',
        '    n0["Deployment/api"]:::stuck',
        '  end',
        '  subgraph g1["db"]',
        '    n1["StatefulSet/db"]:::stuck',
        '  end',
        '  x0(["service default:cache"]):::unresolved',
        '  n0 -->|"service default:db"| n1',
        '  n0 -.->|"not in the set"| x0',
        '  n1 -->|"service default:api"| n0',
        '  classDef unresolved stroke:#d73a49,stroke-dasharray:4 3,color:#d73a49',
        '  classDef external stroke:#6a737d,stroke-dasharray:4 3,color:#6a737d',
        '  classDef stuck fill:#ffeef0,stroke:#d73a49',
        '  linkStyle 0,2 stroke:#d73a49,stroke-width:2px',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON and dot, and marks what the config declares external', () => {
    const json = runCli(['graph', '-f', 'json', '--manifests', 'set.yaml', '--namespace', 'openstack'], { cwd });
    expect(json.status).toBe(0);
    const data = JSON.parse(json.stdout) as {
      nodes: { id: string }[];
      cycles: string[][];
      dependencies: { target: string; state: string }[];
    };
    expect(data.nodes.map((n) => n.id)).toEqual(['openstack/Deployment/api', 'openstack/StatefulSet/db']);
    // Objects without a namespace are in openstack; names without one, with NAMESPACE unset, in default.
    expect(data.cycles).toEqual([]);
    expect(data.dependencies.map((d) => `${d.target} ${d.state}`)).toEqual([
      'default:db missing',
      'default:cache missing',
      'default:api missing',
    ]);
    const withConfig = makeTree({
      'set.yaml': STREAM,
      '.chartlint.yaml':
        'rules:\n  entrypoint/unresolved-dependency:\n    severity: "off"\n    options:\n      external: ["default:cache"]\n',
    });
    const dot = runCli(['graph', '-f', 'dot', '--manifests', 'set.yaml'], { cwd: withConfig });
    expect(dot.status).toBe(0);
    expect(dot.stdout).toContain('digraph dependencies {');
    expect(dot.stdout).toContain('x0 [label="service default:cache", shape=ellipse, style=dashed, color=gray];');
    expect(dot.stdout).toContain('n0 -> x0 [label="external", style=dashed, color=gray];');
  });

  it('collects the same in worker threads, with the rule turned off', () => {
    const streams: Record<string, string> = { '.chartlint.yaml': 'rules:\n  entrypoint/unresolved-dependency: "off"\n' };
    for (let i = 0; i < 6; i++) streams[`s${i}.yaml`] = STREAM.replaceAll('name: api', `name: api${i}`).replaceAll('"api"', `"api${i}"`);
    const tree = makeTree(streams);
    const args = [
      'graph',
      '-f',
      'json',
      ...Object.keys(streams)
        .filter((f) => f.endsWith('.yaml') && !f.startsWith('.'))
        .flatMap((f) => ['--manifests', f]),
    ];
    const one = runCli([...args, '-j', '1'], { cwd: tree });
    const two = runCli([...args, '-j', '2'], { cwd: tree });
    expect(two.stderr).toBe('');
    const nodes = (JSON.parse(two.stdout) as { nodes: unknown[] }).nodes;
    expect(nodes.length).toBe(7);
    expect(two.stdout).toBe(one.stdout);
  });

  it(`prints SVG through Graphviz${skipNote}`, { skip: skipSvg }, () => {
    expect(hasDot, 'Graphviz is not installed and CHARTLINT_REQUIRE_TOOLS is set: apt-get install graphviz').toBe(true);
    const run = runCli(['graph', '-f', 'svg', '--manifests', 'set.yaml'], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<svg');
    expect(run.stdout).toContain('Deployment/api');
  });

  it('says clearly when dot is not on PATH, and refuses an unknown format', () => {
    // A PATH with node only: no dot.
    const bin = makeTree({});
    mkdirSync(path.join(bin, 'bin'));
    symlinkSync(process.execPath, path.join(bin, 'bin', 'node'));
    const run = runCli(['graph', '-f', 'svg', '--manifests', 'set.yaml'], { cwd, env: { PATH: path.join(bin, 'bin') } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--format svg needs Graphviz's dot on PATH (Debian/Ubuntu: apt-get install graphviz)");
    expect(run.stdout).toBe('');
    const bad = runCli(['graph', '-f', 'png', '--manifests', 'set.yaml'], { cwd });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('graph: unknown format "png"; choose one of mermaid, dot, json, svg');
  });

  it('has its own help, and the main help names it', () => {
    expect(runCli(['graph', '--help'], { cwd }).stdout).toContain('Usage: chartlint graph [options]');
    expect(runCli(['--help'], { cwd }).stdout).toContain('chartlint graph [--format mermaid|dot|json|svg]');
  });
});

describe('the graph', () => {
  const part = (workloads: SetPart['workloads'], services: SetPart['services'] = [], chart = 'c'): FileSummary<SetPart> => ({
    file: '/x.yaml',
    chart: undefined,
    role: 'manifests',
    summary: { chart, rendered: true, workloads, services, roles: [], bindings: [] },
  });
  const anchor = { region: { line: 1, column: 1, endLine: 1, endColumn: 1 }, path: undefined };
  const w = (
    name: string,
    deps: { kind: 'service' | 'job'; name: string }[] = [],
    labels = { app: name },
  ): SetPart['workloads'][number] => ({
    kind: 'Deployment',
    name,
    namespace: undefined,
    podLabels: labels,
    jobLabels: {},
    serviceAccount: 'default',
    template: undefined,
    usesEntrypoint: deps.length > 0,
    apiNeeds: [],
    at: anchor,
    dependencies: deps.map((d) => ({
      ...d,
      labels: undefined,
      namespace: { kind: 'pod' as const },
      requireSameNode: false,
      container: 'init',
      variable: 'DEPENDENCY_SERVICE',
      written: d.name,
      at: anchor,
    })),
  });
  const svc = (name: string): SetPart['services'][number] => ({
    name,
    namespace: undefined,
    selector: { app: name },
    externalName: false,
    publishNotReady: false,
    at: anchor,
  });

  it('draws workloads by chart, unresolved edges dashed and cycles red, in Mermaid, dot and JSON', () => {
    const graph = buildGraph(
      [
        part(
          [
            w('a', [
              { kind: 'service', name: 'b' },
              { kind: 'service', name: 'gone' },
            ]),
            w('b', [{ kind: 'service', name: 'a' }]),
          ],
          [svc('a'), svc('b')],
        ),
      ],
      { namespace: 'default', external: [] },
    );
    const mermaid = toMermaid(graph);
    expect(mermaid).toContain('subgraph g0["c"]');
    expect(mermaid).toContain('n0 -->|"service default:b"| n1');
    expect(mermaid).toContain('n0 -.->|"not in the set"| x0');
    expect(mermaid).toContain('x0(["service default:gone"]):::unresolved');
    expect(mermaid).toContain('linkStyle 0,2 stroke:#d73a49');
    const dot = toDot(graph);
    expect(dot).toContain('n0 -> n1 [label="service default:b", color=red, penwidth=2];');
    expect(dot).toContain('n0 -> x0 [label="not in the set", style=dashed, color=red];');
    const json = JSON.parse(toJson(graph)) as { cycles: string[][]; dependencies: { state: string }[] };
    expect(json.cycles).toEqual([['default/Deployment/a', 'default/Deployment/b']]);
    expect(json.dependencies.map((d) => d.state)).toEqual(['resolved', 'missing', 'resolved']);
  });

  it('trims the job summary to one node per chart past the limit, saying so', () => {
    const parts = Array.from({ length: 5 }, (_, i) =>
      part(
        Array.from({ length: 3 }, (_, j) =>
          w(`w${i}-${j}`, i > 0 ? [{ kind: 'service', name: `w${i - 1}-0` }] : [{ kind: 'service', name: 'gone' }]),
        ),
        Array.from({ length: 3 }, (_, j) => svc(`w${i}-${j}`)),
        `chart${i}`,
      ),
    );
    const graph = buildGraph(parts, { namespace: 'default', external: [] });
    const full = mermaidSummary(graph, 40);
    expect(full).toContain('```mermaid\nflowchart LR\n  subgraph');
    const trimmed = mermaidSummary(graph, 10);
    expect(trimmed).toContain('c1 -->|3| c0');
    expect(trimmed).toContain('c0["chart0 #40;3 unresolved#41;"]:::unresolved');
    expect(trimmed).toContain('15 workloads are more than 10: one node per chart');
    expect(trimmed).not.toContain('w1-0');
    expect(mermaidSummary(buildGraph([], { namespace: 'default', external: [] }))).toBe('');
  });
});

describe('the job summary graph', () => {
  it('is built from what a run collected, and empty when it collected nothing', async () => {
    const cwd = makeTree({ 'set.yaml': STREAM });
    const result = await lint({ paths: [], cwd, manifests: ['set.yaml'], jobs: 1, collect: [GRAPH_RULE] });
    const text = summaryGraph(result.collected);
    expect(text).toContain('### kubernetes-entrypoint dependencies\n\n```mermaid\nflowchart LR\n');
    expect(text).toContain('1 cycle (red), 1 unresolved dependency (dashed).');
    expect(summaryGraph(undefined)).toBe('');
    // The Action's job summary carries it after the totals.
    const summary = buildSummary(result);
    expect(summary.indexOf('### kubernetes-entrypoint dependencies')).toBeGreaterThan(summary.indexOf(' in 1 files of 0 charts.'));
    expect(summary).toContain(text);
    // Workloads, but no kubernetes-entrypoint dependency: no picture.
    const plain = makeTree({
      'set.yaml': STREAM.replaceAll(
        / {12}- name: DEPENDENCY_SERVICE\n {14}value: "[^"]*"\n/g,
        '            - name: OTHER\n              value: x\n',
      ),
    });
    const quiet = await lint({ paths: [], cwd: plain, manifests: ['set.yaml'], jobs: 1, collect: [GRAPH_RULE] });
    expect(quiet.collected?.summaries[GRAPH_RULE]).toHaveLength(1);
    expect(summaryGraph(quiet.collected)).toBe('');
  });
});
