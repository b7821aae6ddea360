/**
 * Inputs of the bench that are read from chart trees: the YAML files of a tree outside templates/ (what
 * a values-only lint reads, for the parse floor), the charts of a tree, a copy of a tree (hard links where
 * the file system allows, so three copies of 130 MB cost no disk), and a copy with each chart's local
 * `file://` dependencies vendored into charts/, which a plain `helm template` loop needs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import jsyaml from 'js-yaml';

const SKIP = new Set(['.git', 'node_modules']);

/** Every .yaml/.yml file below `root` whose path has no templates/ folder, sorted. */
export function yamlFilesOutsideTemplates(root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'templates') walk(full);
      } else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) found.push(full);
    }
  };
  walk(root);
  return found.sort();
}

/** Folders below `root` (any depth, not inside a chart's own charts/ or templates/) holding a Chart.yaml. */
export function chartsBelow(root) {
  const found = [];
  const walk = (dir) => {
    const isChart = existsSync(path.join(dir, 'Chart.yaml'));
    if (isChart) found.push(dir);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || SKIP.has(entry.name)) continue;
      if (isChart && (entry.name === 'templates' || entry.name === 'charts')) continue;
      walk(path.join(dir, entry.name));
    }
  };
  walk(root);
  return found.sort();
}

/** A copy of `source` at `target`: hard links when the file system allows (cp -al), else a real copy. */
export function copyTree(source, target) {
  mkdirSync(path.dirname(target), { recursive: true });
  const linked = spawnSync('cp', ['-al', source, target], { stdio: 'ignore' });
  if (linked.status !== 0) cpSync(source, target, { recursive: true });
}

function chartMeta(dir) {
  try {
    return jsyaml.load(readFileSync(path.join(dir, 'Chart.yaml'), 'utf8')) ?? {};
  } catch {
    return {};
  }
}

/**
 * Copies `source` to `target` (real copies, not links: the vendored charts/ folders are written) and puts
 * each chart's `file://` dependencies into its charts/ folder, recursively, as `helm dependency build`
 * would. Returns the application charts (library charts are not installable) with their names.
 */
export function vendoredCopy(source, target) {
  cpSync(source, target, { recursive: true });
  const charts = chartsBelow(target);
  const vendor = (chartDir, depth = 0) => {
    if (depth > 10) return;
    for (const dependency of chartMeta(chartDir).dependencies ?? []) {
      const repository = String(dependency?.repository ?? '');
      if (!repository.startsWith('file://')) continue;
      const from = path.resolve(chartDir, repository.slice('file://'.length));
      const into = path.join(chartDir, 'charts', dependency.alias ?? dependency.name);
      if (!existsSync(path.join(from, 'Chart.yaml')) || existsSync(into)) continue;
      cpSync(from, into, { recursive: true, filter: (file) => !file.includes(`${path.sep}.git`) });
      vendor(into, depth + 1);
    }
  };
  for (const chart of charts) vendor(chart);
  return charts
    .map((dir) => ({ dir, meta: chartMeta(dir) }))
    .filter(({ meta }) => meta.type !== 'library')
    .map(({ dir, meta }) => ({ dir, name: String(meta.name ?? path.basename(dir)) }));
}

/** Total bytes of a list of files. */
export const totalBytes = (files) => files.reduce((sum, file) => sum + statSync(file).size, 0);
