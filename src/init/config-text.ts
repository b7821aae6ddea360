/**
 * The text `chartlint init` writes: a commented .chartlint.yaml for the repository surveyed, with the schema
 * modeline for editors, and the pre-commit and workflow snippets. Active keys only where the layout calls
 * for them; the rest are commented examples filled in with what the survey found.
 */
import { REPOSITORY } from '../common/rule-docs.js';
import type { RepositorySurvey } from './survey.js';

/** How many of the found registries the commented allowed-registries example lists. */
const MAX_REGISTRIES = 8;

export function configText(survey: RepositorySurvey, schema: string, version: string): string {
  const out: string[] = [];
  const line = (text = ''): number => out.push(text);
  line(`# yaml-language-server: $schema=${schema}`);
  line('#');
  line(`# chartlint's configuration for this repository, written by \`chartlint init\` (chartlint ${version}).`);
  line(`# Found: ${foundText(survey)}`);
  line('# Every key is optional. `chartlint --list-rules` lists the rules; `chartlint explain RULE` explains one.');
  line();

  line('# Profiles. Without `extends`, a chart that depends on helm-toolkit gets chartlint:openstack-helm and any');
  line('# other chart chartlint:recommended (off there: the helm-toolkit image keys rules and values/global-scope).');
  if (survey.layout === 'umbrella-regions') {
    line(`# The umbrella chart (${list(survey.umbrellas)}) and its region charts (${list(survey.regions)}) need not`);
    line("# depend on helm-toolkit, so this holds every chart to OpenStack-Helm's conventions, global-scope included:");
    line("# secrets set in the umbrella's shared `global:` values are reported; they belong in region values.");
    line('extends: chartlint:openstack-helm');
  } else {
    line('# extends: chartlint:openstack-helm   # hold every chart to them, or chartlint:strict for everything');
  }
  line();

  line("# Region values: the files where secrets belong (a site's or region's values, kept out of the charts).");
  if (survey.layout === 'umbrella-regions') {
    line("# The region charts' own values are region values already; list any other such files here.");
  }
  line('# regions:');
  line('#   - site/*/values.yaml');
  line();

  line('# Override files linted with each chart, besides its values.yaml (these globs are the default).');
  line('# values:');
  line('#   - values-*.yaml');
  line('#   - values_overrides/**/*.yaml');
  line();

  if (survey.tripleoFiles.length > 0) {
    line('# TripleO environment files that prepare container images (ContainerImagePrepare): linted with the');
    line('# tripleo/* and images/* rules. In a folder, chartlint finds them through these globs.');
    line('tripleo:');
    line('  files:');
    for (const file of survey.tripleoFiles) line(`    - ${yamlString(file)}`);
    line();
  }
  if (survey.kollaFiles.length > 0) {
    line('# Kolla config.json files (what kolla_set_configs reads when an image starts): the kolla/* rules.');
    line('kolla:');
    line('  files:');
    for (const file of survey.kollaFiles) line(`    - ${yamlString(file)}`);
    line();
  }

  if (survey.vendored.length > 0) {
    line(`# Third-party sub-charts vendored in charts/ folders (${survey.vendored.length}): they are linted with their`);
    line('# parent under chartlint:recommended. To leave them to their upstream, ignore them:');
    line('# ignore:');
    for (const dir of survey.vendored.slice(0, MAX_REGISTRIES)) line(`#   - ${dir}/**`);
    if (survey.vendored.length > MAX_REGISTRIES) line(`#   # ... and ${survey.vendored.length - MAX_REGISTRIES} more`);
    line();
  }

  line('# Rules: a severity (off, info, warning, error), or severity and options.');
  line('# rules:');
  line('#   images/floating-tag: error');
  if (survey.registries.length > 0) {
    line("#   # Images only from the registries you trust; the charts' values name these (references each):");
    line('#   images/allowed-registries:');
    line('#     severity: error');
    line('#     options:');
    line('#       registries:');
    for (const { host, references } of survey.registries.slice(0, MAX_REGISTRIES)) line(`#         - ${host}   # ${references}`);
  } else {
    line('#   images/allowed-registries: { severity: error, options: { registries: [quay.io] } }');
  }
  line();
  line('# Settings for some files only; later entries win.');
  line('# overrides:');
  line("#   - files: ['charts/legacy/**']");
  line('#     rules:');
  line('#       images/fully-qualified: warning');
  return `${out.join('\n')}\n`;
}

/** What the survey found, in one sentence (the config's header, and what init prints). */
export function foundText(survey: RepositorySurvey): string {
  const others = [
    survey.tripleoFiles.length > 0 ? `${survey.tripleoFiles.length} TripleO prepare file(s)` : '',
    survey.kollaFiles.length > 0 ? `${survey.kollaFiles.length} Kolla config(s)` : '',
  ].filter(Boolean);
  const tail = others.length ? `; ${others.join(', ')}` : '';
  if (survey.layout === 'empty') return `no chart yet${tail}.`;
  const charts = `${survey.charts.length} chart${survey.charts.length === 1 ? '' : 's'}`;
  const libraries =
    survey.libraries.length > 0 ? ` (and ${survey.libraries.length} library chart${survey.libraries.length === 1 ? '' : 's'})` : '';
  const toolkit = survey.helmToolkitCharts.length > 0 ? `, ${survey.helmToolkitCharts.length} of them built on helm-toolkit` : '';
  const layout = {
    'openstack-helm': 'the OpenStack-Helm layout',
    'umbrella-regions': `an umbrella chart with ${survey.regions.length} region chart${survey.regions.length === 1 ? '' : 's'}`,
    generic: 'no helm-toolkit chart',
  }[survey.layout];
  return `${charts}${libraries}${toolkit}; ${layout}${tail}.`;
}

/** A path as a YAML string: quoted, since a path may hold `#`, `: ` or a leading `*`. */
const yamlString = (text: string): string => JSON.stringify(text);

function list(items: readonly string[]): string {
  return items.length <= 3 ? items.join(', ') : `${items.slice(0, 3).join(', ')} and ${items.length - 3} more`;
}

export function preCommitSnippet(version: string): string {
  return [
    '# .pre-commit-config.yaml',
    'repos:',
    `  - repo: ${REPOSITORY}`,
    `    rev: v${version}`,
    '    hooks:',
    '      - id: chartlint',
    '',
  ].join('\n');
}

export function workflowSnippet(version: string, paths: string): string {
  return [
    '# .github/workflows/chartlint.yml',
    'on: pull_request',
    'jobs:',
    '  chartlint:',
    '    runs-on: ubuntu-latest',
    '    permissions:',
    '      contents: read',
    '      security-events: write          # for the SARIF upload',
    '    steps:',
    '      - uses: actions/checkout@v5',
    '        with:',
    "          fetch-depth: 0              # only-changed compares the pull request's base and head",
    `      - uses: chartlint/chartlint@v${version}`,
    '        with:',
    `          paths: ${paths}`,
    '          only-changed: true',
    '          sarif-file: chartlint.sarif',
    '      - uses: github/codeql-action/upload-sarif@v4',
    '        if: always()',
    '        with:',
    '          sarif_file: chartlint.sarif',
    '          category: chartlint',
    '',
  ].join('\n');
}
