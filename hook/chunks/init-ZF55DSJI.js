import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  findChartDirs
} from "./chunk-JRETDTRM.js";
import {
  CONFIG_NAMES
} from "./chunk-6N42ZVYK.js";
import {
  DEFAULT_LIMITS
} from "./chunk-IP4BP2MU.js";
import {
  collectImages,
  imagesContextOf,
  topologyFact
} from "./chunk-UI2GMOTG.js";
import "./chunk-B6XQKK7L.js";
import "./chunk-6ZEC5CHF.js";
import "./chunk-RAUX2H2J.js";
import {
  listFiles,
  loadChart,
  parseYamlValues,
  usesHelmToolkit
} from "./chunk-YWTYFYTE.js";
import {
  readTextFile
} from "./chunk-5IVMD4BG.js";
import "./chunk-I66P5KS3.js";
import "./chunk-JV4EHBS5.js";
import {
  VERSION
} from "./chunk-ZS2WGVDX.js";
import "./chunk-GUD4XOZF.js";
import "./chunk-QKXT3NSU.js";
import {
  REPOSITORY
} from "./chunk-YT7LJYZK.js";
import "./chunk-FUMSRPZC.js";

// src/commands/init.ts
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path2 from "node:path";
import { parseArgs } from "node:util";

// src/init/config-text.ts
var MAX_REGISTRIES = 8;
function configText(survey, schema, version) {
  const out = [];
  const line = (text = "") => out.push(text);
  line(`# yaml-language-server: $schema=${schema}`);
  line("#");
  line(`# chartlint's configuration for this repository, written by \`chartlint init\` (chartlint ${version}).`);
  line(`# Found: ${foundText(survey)}`);
  line("# Every key is optional. `chartlint --list-rules` lists the rules; `chartlint explain RULE` explains one.");
  line();
  line("# Profiles. Without `extends`, a chart that depends on helm-toolkit gets chartlint:openstack-helm and any");
  line("# other chart chartlint:recommended (off there: the helm-toolkit image keys rules and values/global-scope).");
  if (survey.layout === "umbrella-regions") {
    line(`# The umbrella chart (${list(survey.umbrellas)}) and its region charts (${list(survey.regions)}) need not`);
    line("# depend on helm-toolkit, so this holds every chart to OpenStack-Helm's conventions, global-scope included:");
    line("# secrets set in the umbrella's shared `global:` values are reported; they belong in region values.");
    line("extends: chartlint:openstack-helm");
  } else {
    line("# extends: chartlint:openstack-helm   # hold every chart to them, or chartlint:strict for everything");
  }
  line();
  line("# Region values: the files where secrets belong (a site's or region's values, kept out of the charts).");
  if (survey.layout === "umbrella-regions") {
    line("# The region charts' own values are region values already; list any other such files here.");
  }
  line("# regions:");
  line("#   - site/*/values.yaml");
  line();
  line("# Override files linted with each chart, besides its values.yaml (these globs are the default).");
  line("# values:");
  line("#   - values-*.yaml");
  line("#   - values_overrides/**/*.yaml");
  line();
  if (survey.tripleoFiles.length > 0) {
    line("# TripleO environment files that prepare container images (ContainerImagePrepare): linted with the");
    line("# tripleo/* and images/* rules. In a folder, chartlint finds them through these globs.");
    line("tripleo:");
    line("  files:");
    for (const file of survey.tripleoFiles) line(`    - ${yamlString(file)}`);
    line();
  }
  if (survey.kollaFiles.length > 0) {
    line("# Kolla config.json files (what kolla_set_configs reads when an image starts): the kolla/* rules.");
    line("kolla:");
    line("  files:");
    for (const file of survey.kollaFiles) line(`    - ${yamlString(file)}`);
    line();
  }
  if (survey.vendored.length > 0) {
    line(`# Third-party sub-charts vendored in charts/ folders (${survey.vendored.length}): they are linted with their`);
    line("# parent under chartlint:recommended. To leave them to their upstream, ignore them:");
    line("# ignore:");
    for (const dir of survey.vendored.slice(0, MAX_REGISTRIES)) line(`#   - ${dir}/**`);
    if (survey.vendored.length > MAX_REGISTRIES) line(`#   # ... and ${survey.vendored.length - MAX_REGISTRIES} more`);
    line();
  }
  line("# Rules: a severity (off, info, warning, error), or severity and options.");
  line("# rules:");
  line("#   images/floating-tag: error");
  if (survey.registries.length > 0) {
    line("#   # Images only from the registries you trust; the charts' values name these (references each):");
    line("#   images/allowed-registries:");
    line("#     severity: error");
    line("#     options:");
    line("#       registries:");
    for (const { host, references } of survey.registries.slice(0, MAX_REGISTRIES)) line(`#         - ${host}   # ${references}`);
  } else {
    line("#   images/allowed-registries: { severity: error, options: { registries: [quay.io] } }");
  }
  line();
  line("# Settings for some files only; later entries win.");
  line("# overrides:");
  line("#   - files: ['charts/legacy/**']");
  line("#     rules:");
  line("#       images/fully-qualified: warning");
  return `${out.join("\n")}
`;
}
function foundText(survey) {
  const others = [
    survey.tripleoFiles.length > 0 ? `${survey.tripleoFiles.length} TripleO prepare file(s)` : "",
    survey.kollaFiles.length > 0 ? `${survey.kollaFiles.length} Kolla config(s)` : ""
  ].filter(Boolean);
  const tail = others.length ? `; ${others.join(", ")}` : "";
  if (survey.layout === "empty") return `no chart yet${tail}.`;
  const charts = `${survey.charts.length} chart${survey.charts.length === 1 ? "" : "s"}`;
  const libraries = survey.libraries.length > 0 ? ` (and ${survey.libraries.length} library chart${survey.libraries.length === 1 ? "" : "s"})` : "";
  const toolkit = survey.helmToolkitCharts.length > 0 ? `, ${survey.helmToolkitCharts.length} of them built on helm-toolkit` : "";
  const layout = {
    "openstack-helm": "the OpenStack-Helm layout",
    "umbrella-regions": `an umbrella chart with ${survey.regions.length} region chart${survey.regions.length === 1 ? "" : "s"}`,
    generic: "no helm-toolkit chart"
  }[survey.layout];
  return `${charts}${libraries}${toolkit}; ${layout}${tail}.`;
}
var yamlString = (text) => JSON.stringify(text);
function list(items) {
  return items.length <= 3 ? items.join(", ") : `${items.slice(0, 3).join(", ")} and ${items.length - 3} more`;
}
function preCommitSnippet(version) {
  return [
    "# .pre-commit-config.yaml",
    "repos:",
    `  - repo: ${REPOSITORY}`,
    `    rev: v${version}`,
    "    hooks:",
    "      - id: chartlint",
    ""
  ].join("\n");
}
function workflowSnippet(version, paths) {
  return [
    "# .github/workflows/chartlint.yml",
    "on: pull_request",
    "jobs:",
    "  chartlint:",
    "    runs-on: ubuntu-latest",
    "    permissions:",
    "      contents: read",
    "      security-events: write          # for the SARIF upload",
    "    steps:",
    "      - uses: actions/checkout@v5",
    "        with:",
    "          fetch-depth: 0              # only-changed compares the pull request's base and head",
    `      - uses: chartlint/chartlint@v${version}`,
    "        with:",
    `          paths: ${paths}`,
    "          only-changed: true",
    "          sarif-file: chartlint.sarif",
    "      - uses: github/codeql-action/upload-sarif@v4",
    "        if: always()",
    "        with:",
    "          sarif_file: chartlint.sarif",
    "          category: chartlint",
    ""
  ].join("\n");
}

// src/init/survey.ts
import path from "node:path";
var MAX_SNIFFED_BYTES = 1024 * 1024;
async function surveyRepository(root) {
  const relative = (dir) => path.relative(root, dir).split(path.sep).join("/") || ".";
  const dirs = findChartDirs(root);
  const isVendored = (dir) => dirs.some((outer) => isInsideCharts(outer, dir));
  const own = [];
  const vendored = [];
  for (const dir of dirs) {
    if (isVendored(dir)) {
      vendored.push(relative(dir));
      continue;
    }
    own.push((await loadChart(dir)).chart);
  }
  const topology = await topologyFact.build({ charts: own, wholeCharts: own, render: void 0 }, () => {
    throw new Error("the topology fact needs no other fact");
  });
  const role = (chart) => topology.charts[chart.dir]?.role ?? "chart";
  const umbrellas = own.filter((chart) => role(chart) === "umbrella").map((chart) => relative(chart.dir));
  const regions = own.filter((chart) => role(chart) === "region").map((chart) => relative(chart.dir));
  const isLibrary = (chart) => chart.library || chart.name === "helm-toolkit";
  const deployable = own.filter((chart) => !isLibrary(chart));
  const helmToolkitCharts = deployable.filter((chart) => usesHelmToolkit(chart)).map((chart) => relative(chart.dir));
  const layout = deployable.length === 0 ? "empty" : umbrellas.length > 0 ? "umbrella-regions" : helmToolkitCharts.length > 0 ? "openstack-helm" : "generic";
  return {
    charts: deployable.map((chart) => relative(chart.dir)).sort(),
    libraries: own.filter(isLibrary).map((chart) => relative(chart.dir)).sort(),
    helmToolkitCharts: helmToolkitCharts.sort(),
    vendored: vendored.sort(),
    umbrellas: umbrellas.sort(),
    regions: regions.sort(),
    layout,
    registries: await registriesOf(own),
    ...otherSystemsFiles(root, dirs.map(relative))
  };
}
function otherSystemsFiles(root, chartDirs) {
  const inChart = (file) => chartDirs.some((dir) => dir === "." || file.startsWith(`${dir}/`));
  const tripleoFiles = [];
  const kollaFiles = [];
  for (const file of listFiles(root)) {
    if (!/\.(ya?ml|json)$/.test(file) || inChart(file)) continue;
    const read = readTextFile(path.join(root, file), { ...DEFAULT_LIMITS, maxFileBytes: MAX_SNIFFED_BYTES });
    if (!read.ok) continue;
    if (file.endsWith(".json")) {
      if (isKollaConfig(read.text)) kollaFiles.push(file);
    } else if (/^parameter_defaults\s*:/m.test(read.text) && /^\s+ContainerImagePrepare\s*:/m.test(read.text)) {
      tripleoFiles.push(file);
    }
  }
  return { tripleoFiles, kollaFiles };
}
function isKollaConfig(text) {
  try {
    const data = JSON.parse(text);
    return typeof data === "object" && data !== null && "command" in data && "config_files" in data;
  } catch {
    return false;
  }
}
function isInsideCharts(outer, inner) {
  return path.dirname(inner) === path.join(outer, "charts");
}
async function registriesOf(charts) {
  const counts = /* @__PURE__ */ new Map();
  for (const chart of charts) {
    const read = readTextFile(path.join(chart.dir, "values.yaml"), DEFAULT_LIMITS);
    if (!read.ok) continue;
    const document = await parseYamlValues(read.text, DEFAULT_LIMITS);
    if (document.problems.some((problem) => problem.fatal)) continue;
    for (const site of collectImages(document.root, imagesContextOf({ text: read.text, chart })).images) {
      if (site.templated || !site.parsed.ok || !site.parsed.ref.explicitDomain) continue;
      const host = site.parsed.ref.domain;
      counts.set(host, (counts.get(host) ?? 0) + 1);
    }
  }
  return [...counts].map(([host, references]) => ({ host, references })).sort((a, b) => b.references - a.references || a.host.localeCompare(b.host));
}

// src/commands/init.ts
var OPTIONS = {
  "pre-commit": { type: "boolean", default: false },
  workflow: { type: "boolean", default: false },
  force: { type: "boolean", default: false },
  stdout: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false }
};
var INIT_HELP = `Usage: chartlint init [DIR] [--pre-commit] [--workflow] [--force] [--stdout]

Writes a commented .chartlint.yaml for the repository in DIR (default: the current folder),
from what it finds there: the charts, the helm-toolkit ones, an umbrella chart with region
charts, vendored sub-charts and the registries the images come from.

  --pre-commit   Also write .pre-commit-config.yaml with the chartlint hook (if there is none)
  --workflow     Also write .github/workflows/chartlint.yml (if there is none)
  --force        Replace an existing .chartlint.yaml
  --stdout       Print the config instead of writing it`;
async function runInit(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return io.usage(`init: ${error.message}`);
  }
  const { values: flags, positionals } = parsed;
  if (flags.help) return io.print(`${INIT_HELP}
`);
  if (positionals.length > 1) return io.usage("init takes one folder");
  const root = path2.resolve(positionals[0] ?? ".");
  if (!existsSync(root)) return io.usage(`init: ${positionals[0]} does not exist`);
  const survey = await surveyRepository(root);
  const text = configText(survey, schemaReference(root), VERSION);
  if (flags.stdout) return io.print(text);
  const existing = CONFIG_NAMES.map((name) => path2.join(root, name)).find((file) => existsSync(file));
  if (existing && !flags.force)
    return io.fail(`init: ${path2.basename(existing)} exists already; --force replaces it, --stdout prints the new one`);
  const target = existing ?? path2.join(root, CONFIG_NAMES[0]);
  writeAtomically(target, text);
  const lines = [`Wrote ${display(target)}: found ${foundText(survey)}`];
  if (flags["pre-commit"]) lines.push(writeOnce(root, ".pre-commit-config.yaml", preCommitSnippet(VERSION), "chartlint/chartlint"));
  if (flags.workflow)
    lines.push(writeOnce(root, ".github/workflows/chartlint.yml", workflowSnippet(VERSION, chartsFolder(survey)), void 0));
  return io.print(`${lines.join("\n")}
`);
}
function schemaReference(root) {
  const local = path2.join(root, "node_modules/chartlint/schemas/config.schema.json");
  if (existsSync(local)) return "./node_modules/chartlint/schemas/config.schema.json";
  return `${REPOSITORY.replace("https://github.com/", "https://raw.githubusercontent.com/")}/v${VERSION}/schemas/config.schema.json`;
}
function writeOnce(root, file, snippet, presentWhen) {
  const target = path2.join(root, file);
  if (!existsSync(target)) {
    mkdirSync(path2.dirname(target), { recursive: true });
    writeFileSync(target, snippet.replace(/^# [^\n]*\n/, ""), { flag: "wx" });
    return `Wrote ${display(target)}.`;
  }
  if (presentWhen && readFileSync(target, "utf8").includes(presentWhen)) return `${file} runs chartlint already; left alone.`;
  return `${file} exists already and was left alone; add this to it:

${snippet}`;
}
function writeAtomically(target, text) {
  const temp = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text, { flag: "wx" });
    renameSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
}
function chartsFolder(survey) {
  const tops = new Set(survey.charts.map((dir) => dir.includes("/") ? dir.split("/")[0] : "."));
  return tops.size === 1 && !tops.has(".") ? [...tops][0] : ".";
}
function display(file) {
  const relative = path2.relative(process.cwd(), file);
  return relative.startsWith("..") || path2.isAbsolute(relative) ? file : relative;
}
export {
  INIT_HELP,
  runInit
};
