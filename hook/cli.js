#!/usr/bin/env node
import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  OutputError,
  checkOutput,
  writeOutput
} from "./chunks/chunk-TDIT3WP5.js";
import {
  VERSION
} from "./chunks/chunk-ZS2WGVDX.js";
import {
  closest
} from "./chunks/chunk-GUD4XOZF.js";
import {
  ConfigError,
  UsageError
} from "./chunks/chunk-QKXT3NSU.js";
import {
  visible
} from "./chunks/chunk-CRQ7OQOT.js";
import "./chunks/chunk-FUMSRPZC.js";

// src/cli.ts
import { statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

// src/formatters/index.ts
var loaders = {
  stylish: async () => (await import("./chunks/stylish-FQS33CMR.js")).stylish,
  compact: async () => (await import("./chunks/compact-P3FDE65F.js")).compact,
  json: async () => (await import("./chunks/json-3FOWVOL3.js")).json,
  github: async () => (await import("./chunks/github-DHKSWEKP.js")).github,
  sarif: async () => (await import("./chunks/sarif-N3X2DMPS.js")).sarif,
  junit: async () => (await import("./chunks/junit-XR2NRCIV.js")).junit
};
var FORMAT_NAMES = Object.keys(loaders);
async function loadFormatter(name) {
  return loaders[name]?.();
}

// src/cli.ts
var HELP = `Usage: chartlint [options] [CHART_DIR | CHARTS_DIR | FILE ...]
       chartlint init [DIR]     Write a commented .chartlint.yaml for the repository (init --help)
       chartlint explain RULE   Show a rule's doc page (explain --help)
       chartlint graph [--format mermaid|dot|json|svg] [options] PATHS...

Lints Helm charts in the OpenStack-Helm style: every chart found below the paths
(default: the current folder), its values.yaml and override files, and with --render
or --manifests the rendered manifests.

Options:
  -f, --format NAME      Output format: ${FORMAT_NAMES.join(", ")} (default: stylish)
  -c, --config FILE      Use this config instead of the nearest .chartlint.yaml
      --values FILE      Lint FILE as an override of the charts given (repeatable)
      --region-values F  Lint F as region values: where secrets belong (repeatable)
      --render           Also render each chart with helm template and lint the manifests
      --set KEY=VALUE    helm --set for --render (repeatable)
      --debug            With --render: show helm's own message of a failed render, scrubbed
                         of every sensitive value helm was given
      --helm PATH        The helm to run (else helm.binary, CHARTLINT_HELM, or helm on PATH)
      --release-name N   Release name for --render (default: each chart's name, made valid
                         for helm: lowercase, [a-z0-9-], at most 53 characters)
      --namespace NS     Namespace for --render (default: default)
      --manifests PATH   Lint rendered manifest streams: a file, a folder of them, or - for stdin
                         (repeatable)
      --whole-charts     Lint the whole chart of each file named (as the pre-commit hook does)
      --changed-since REF
                         Lint only the charts with files changed since the git REF: from
                         where HEAD forked from REF (their merge-base, as git diff REF...),
                         committed or not, and new untracked files
      --stdin            Read the file to lint from standard input (with --stdin-filename)
      --stdin-filename P Lint standard input as if it were the file P, in its chart's context
  -o, --output [FMT:]FILE
                         Also write the findings to FILE, in FMT or the format its name implies
                         (.sarif sarif, .json json, .xml junit, else compact) (repeatable)
      --baseline FILE    Report only the findings FILE does not hold (else the config's baseline:)
      --write-baseline FILE
                         Record every finding of this run in FILE and exit 0 (entries of files
                         this run did not lint are kept)
      --prune-baseline   With a baseline: rewrite it without the entries that no longer occur
      --fix              Apply the fixes that keep meaning identical (see --list-rules) to the
                         files, then report the findings left; not with --render or stdin
      --fix-dry-run      Print the unified diff --fix would apply, write nothing, and report
                         the findings left after fixing
  -q, --quiet            Report errors only
      --max-warnings N   Exit 1 when there are more than N warnings
      --list-rules       List every rule with its severity in each profile (recommended,
                         openstack-helm, strict) and whether it fixes, then exit; with
                         -f json, a JSON array that also gives each rule's doc URL
      --cache            Reuse the findings of unchanged files from the last run
  -j, --jobs N           Threads to lint with (default: one; with 4 or more cores, more for large runs)
      --no-color         Plain output (NO_COLOR and FORCE_COLOR are honoured too)
  -h, --help             Show this help
  -v, --version          Show the version

A first argument init or explain is the command; lint a folder of that name as ./init.

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, config or internal error.`;
var OPTIONS = {
  format: { type: "string", short: "f", default: "stylish" },
  config: { type: "string", short: "c" },
  values: { type: "string", multiple: true, default: [] },
  "region-values": { type: "string", multiple: true, default: [] },
  render: { type: "boolean", default: false },
  set: { type: "string", multiple: true, default: [] },
  debug: { type: "boolean", default: false },
  helm: { type: "string" },
  "release-name": { type: "string" },
  namespace: { type: "string" },
  manifests: { type: "string", multiple: true, default: [] },
  "whole-charts": { type: "boolean", default: false },
  "changed-since": { type: "string" },
  stdin: { type: "boolean", default: false },
  "stdin-filename": { type: "string" },
  output: { type: "string", short: "o", multiple: true, default: [] },
  baseline: { type: "string" },
  "write-baseline": { type: "string" },
  "prune-baseline": { type: "boolean", default: false },
  fix: { type: "boolean", default: false },
  "fix-dry-run": { type: "boolean", default: false },
  quiet: { type: "boolean", short: "q", default: false },
  "max-warnings": { type: "string" },
  "list-rules": { type: "boolean", default: false },
  "no-color": { type: "boolean", default: false },
  jobs: { type: "string", short: "j" },
  cache: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", short: "v", default: false }
};
var GRAPH_HELP = `Usage: chartlint graph [options] [CHART_DIR | CHARTS_DIR ...]

Prints the kubernetes-entrypoint dependency graph of the charts rendered together
(--render) or the manifest streams given (--manifests): every workload, each of its
dependencies resolved against the set; unresolved edges dashed, cycles in red.

Options:
  -f, --format NAME      mermaid (default), dot, json, or svg (dot through Graphviz's dot,
                         which must be on PATH: Debian package graphviz)
  -c, --config FILE      Use this config instead of the nearest .chartlint.yaml (the
                         entrypoint/unresolved-dependency option external marks the
                         dependencies expected from outside the set)
      --render           Render each chart with helm template (needed for charts)
      --values FILE      helm --values for --render (repeatable)
      --set KEY=VALUE    helm --set for --render (repeatable)
      --helm PATH        The helm to run
      --release-name N   Release name for --render
      --namespace NS     Where objects without a namespace are (default: default)
      --manifests PATH   Rendered manifest streams: a file, a folder of them, or - for stdin
  -j, --jobs N           Threads to read the streams with
  -h, --help             Show this help`;
var GRAPH_OPTIONS = {
  format: { type: "string", short: "f", default: "mermaid" },
  config: { type: "string", short: "c" },
  values: { type: "string", multiple: true, default: [] },
  render: { type: "boolean", default: false },
  set: { type: "string", multiple: true, default: [] },
  helm: { type: "string" },
  "release-name": { type: "string" },
  namespace: { type: "string" },
  manifests: { type: "string", multiple: true, default: [] },
  jobs: { type: "string", short: "j" },
  help: { type: "boolean", short: "h", default: false }
};
var GRAPH_FORMATS = ["mermaid", "dot", "json", "svg"];
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
var COMMANDS = {
  init: async () => (await import("./chunks/init-ZF55DSJI.js")).runInit,
  explain: async () => (await import("./chunks/explain-MTDEOOEB.js")).runExplain
};
var COMMAND_IO = { print, usage, fail, colorLevel: terminalColorLevel };
async function main(argv) {
  if (argv[0] === "graph") return graph(argv.slice(1));
  const command = argv[0] !== void 0 && Object.hasOwn(COMMANDS, argv[0]) ? COMMANDS[argv[0]] : void 0;
  if (command) return (await command())(argv.slice(1), COMMAND_IO);
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return usage(unknownOption(argv) ?? error.message);
  }
  const { values: flags, positionals } = parsed;
  if (flags.help) return print(`${HELP}
`);
  if (flags.version) return print(`${VERSION}
`);
  if (flags["list-rules"]) {
    if (flags.format !== "stylish" && flags.format !== "json") return usage("--list-rules prints a table, or JSON with -f json");
    return print(await listRules(flags.format === "json"));
  }
  const formatter = await loadFormatter(flags.format);
  if (!formatter) return usage(`unknown format "${flags.format}"; choose one of ${FORMAT_NAMES.join(", ")}`);
  const maxWarnings = flags["max-warnings"] === void 0 ? void 0 : Number(flags["max-warnings"]);
  if (maxWarnings !== void 0 && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    return usage("--max-warnings takes a whole number, 0 or more");
  }
  const manifests = flags.manifests;
  const jobs = flags.jobs === void 0 ? void 0 : Number(flags.jobs);
  if (jobs !== void 0 && !(Number.isInteger(jobs) && jobs >= 1)) return usage("--jobs takes a whole number, 1 or more");
  if (flags.stdin !== (flags["stdin-filename"] !== void 0)) return usage("--stdin and --stdin-filename go together");
  if (flags["stdin-filename"] === "") return usage("--stdin-filename needs the path of the file standard input stands for");
  if (flags["stdin-filename"] !== void 0 && statSync(flags["stdin-filename"], { throwIfNoEntry: false })?.isDirectory()) {
    return usage(`--stdin-filename names a folder (${flags["stdin-filename"]}); give the path of the file standard input stands for`);
  }
  const fixing = flags.fix || flags["fix-dry-run"];
  if (flags.fix && flags["fix-dry-run"]) return usage("--fix writes the fixes, --fix-dry-run only shows them: give one");
  if (fixing && (flags.stdin || manifests.includes("-"))) return usage("--fix and --fix-dry-run fix files: not standard input");
  if (fixing && flags.render) return usage("--fix and --fix-dry-run do not go with --render: fix first, then lint with --render");
  const outputs = [];
  const named = [...positionals, ...flags.values, ...flags["region-values"], ...manifests, ...flags.config ? [flags.config] : []];
  for (const spec of flags.output) {
    const output = await resolveOutput(spec, named);
    if (typeof output === "string") return usage(output);
    outputs.push(output);
  }
  let paths = positionals.length || manifests.length ? positionals : ["."];
  if (flags["changed-since"] !== void 0) {
    const changed = await changedCharts(flags["changed-since"], paths, flags.config);
    if (typeof changed === "string") return usage(changed);
    if (changed.length === 0 && manifests.length === 0) return print(`No chart changed since ${flags["changed-since"]}.
`);
    paths = changed;
  } else if (flags["whole-charts"]) {
    const [{ chartsOfFiles }, { withDependents }] = await Promise.all([import("./chunks/owner-4JEQYHFG.js"), import("./chunks/dependents-7JI3N3DY.js")]);
    paths = paths.some(isConfigFile) ? ["."] : await withDependents(chartsOfFiles(paths.filter((p) => !isConfigFile(p)).map((p) => path.resolve(p))), ["."]);
  }
  const lintOptions = {
    paths,
    configFile: flags.config,
    values: flags.values,
    regionValues: flags["region-values"],
    render: flags.render,
    set: flags.set,
    debug: flags.debug,
    helm: flags.helm,
    releaseName: flags["release-name"],
    namespace: flags.namespace,
    manifests,
    jobs,
    cache: flags.cache,
    // Read by the engine, no further than limits.maxFileBytes.
    stdinStream: manifests.includes("-") || flags.stdin ? process.stdin : void 0,
    stdinFilename: flags["stdin-filename"],
    fix: fixing
  };
  let result = await lintOrExit(lintOptions);
  if (typeof result === "number") return result;
  if (fixing) {
    const { applyFixes } = await import("./chunks/apply-KMMRYAFQ.js");
    const roots = [...paths, ...flags.values, ...flags["region-values"], ...manifests].map((p) => path.resolve(p));
    const { notWritten } = applyFixes(result.fixes, {
      write: flags.fix,
      roots,
      out: (t) => process.stdout.write(t),
      err: (t) => process.stderr.write(t)
    });
    if (notWritten > 0) result = await lintOrExit({ ...lintOptions, fix: false });
    if (typeof result === "number") return result;
  }
  const { recordBaseline, useBaseline } = await import("./chunks/use-M6BMRC2A.js");
  if (flags["write-baseline"] !== void 0) {
    const recorded = recordBaseline(flags["write-baseline"], result, process.cwd());
    if ("problem" in recorded) return fail(recorded.problem);
    process.stderr.write(`chartlint: ${recorded.note}
`);
    return EXIT_OK;
  }
  const baselined = useBaseline(flags.baseline, flags["prune-baseline"], result, process.cwd());
  if ("problem" in baselined) return fail(baselined.problem);
  if (baselined.note) process.stderr.write(`chartlint: ${baselined.note}
`);
  const reported = baselined.kept;
  const shown = flags.quiet ? reported.filter((d) => d.severity === "error") : reported;
  const allSuppressed = [...result.suppressed, ...baselined.held];
  const suppressed = flags.quiet ? allSuppressed.filter((d) => d.severity === "error") : allSuppressed;
  const context = { charts: result.charts, files: result.files, suppressed };
  const colorLevel = flags["no-color"] || flags.format !== "stylish" ? 0 : await terminalColorLevel();
  process.stdout.write(formatter(shown, { ...context, colorLevel }));
  for (const output of outputs) {
    try {
      writeOutput(output.file, output.formatter(shown, { ...context, colorLevel: 0 }), result.inputFiles);
    } catch (error) {
      if (error instanceof OutputError) return usage(`--output: ${error.message}`);
      throw error;
    }
  }
  if (result.internalErrors.length > 0) {
    for (const message of result.internalErrors) process.stderr.write(`chartlint: internal error: ${message}
`);
    return EXIT_USAGE;
  }
  const errors = reported.filter((d) => d.severity === "error").length;
  const warnings = reported.filter((d) => d.severity === "warning").length;
  if (errors > 0) return EXIT_FINDINGS;
  if (maxWarnings !== void 0 && warnings > maxWarnings) {
    process.stderr.write(`chartlint: ${warnings} warnings, more than --max-warnings ${maxWarnings}.
`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}
async function graph(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: GRAPH_OPTIONS });
  } catch (error) {
    return usage(`graph: ${error.message}`);
  }
  const { values: flags, positionals } = parsed;
  if (flags.help) return print(`${GRAPH_HELP}
`);
  const jobs = flags.jobs === void 0 ? void 0 : Number(flags.jobs);
  if (jobs !== void 0 && !(Number.isInteger(jobs) && jobs >= 1)) return usage("graph: --jobs takes a whole number, 1 or more");
  if (!GRAPH_FORMATS.includes(flags.format))
    return usage(`graph: unknown format "${flags.format}"; choose one of ${GRAPH_FORMATS.join(", ")}`);
  const [{ buildGraph }, formats] = await Promise.all([import("./chunks/graph-RLU5VIBP.js"), import("./chunks/graph-format-ZWMFDMJM.js")]);
  const rule = "entrypoint/unresolved-dependency";
  const result = await lintOrExit({
    paths: positionals.length || flags.manifests.length ? positionals : ["."],
    configFile: flags.config,
    values: flags.values,
    render: flags.render,
    set: flags.set,
    helm: flags.helm,
    releaseName: flags["release-name"],
    namespace: flags.namespace,
    manifests: flags.manifests,
    stdinStream: flags.manifests.includes("-") ? process.stdin : void 0,
    collect: [rule],
    jobs
  });
  if (typeof result === "number") return result;
  const collected = result.collected;
  const options = collected.options[rule];
  const summaries = collected.summaries[rule];
  const built = buildGraph(summaries, { namespace: collected.namespace, external: options?.external ?? [] });
  for (const message of result.internalErrors) process.stderr.write(`chartlint: internal error: ${message}
`);
  const failed = result.diagnostics.filter((d) => d.ruleId === "manifests/render-failed");
  for (const d of failed) process.stderr.write(`chartlint: ${d.file}: ${d.message}
`);
  if (flags.format === "mermaid") process.stdout.write(formats.toMermaid(built));
  else if (flags.format === "json") process.stdout.write(formats.toJson(built));
  else if (flags.format === "dot") process.stdout.write(formats.toDot(built));
  else {
    const { spawnSync } = await import("node:child_process");
    const run = spawnSync("dot", ["-Tsvg"], { input: formats.toDot(built), encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    if (run.error) {
      const missing = run.error.code === "ENOENT";
      return fail(
        missing ? "graph: --format svg needs Graphviz's dot on PATH (Debian/Ubuntu: apt-get install graphviz); --format dot prints its input." : `graph: running dot failed: ${run.error.message}`
      );
    }
    if (run.status !== 0) return fail(`graph: dot exited with ${run.status}: ${run.stderr.trim()}`);
    process.stdout.write(run.stdout);
  }
  return result.internalErrors.length > 0 ? EXIT_USAGE : EXIT_OK;
}
async function lintOrExit(options) {
  const [{ lint }, { createCleanup }] = await Promise.all([import("./chunks/lint-WQBYJM3K.js"), import("./chunks/cleanup-M4UMQG73.js")]);
  const cleanup = createCleanup();
  const stopHandlers = onInterrupt(cleanup.runAll);
  try {
    return await lint({ ...options, cleanup });
  } catch (error) {
    if (error instanceof ConfigError) return fail(`invalid config: ${error.message}`);
    if (error instanceof UsageError) return usage(error.message);
    throw error;
  } finally {
    cleanup.runAll();
    stopHandlers();
  }
}
function unknownOption(argv) {
  const { tokens } = parseArgs({ args: argv, allowPositionals: true, strict: false, tokens: true, options: OPTIONS });
  const longs = Object.keys(OPTIONS);
  for (const token of tokens) {
    if (token.kind !== "option" || Object.hasOwn(OPTIONS, token.name)) continue;
    const starts = longs.filter((name) => token.name.length >= 3 && name.startsWith(token.name));
    const near = starts.length === 1 ? starts[0] : closest(token.name, longs, token.name.length <= 4 ? 1 : 2);
    return `unknown option ${visible(token.rawName)}${near ? `; did you mean --${near}?` : ""}`;
  }
  return void 0;
}
async function resolveOutput(spec, inputs) {
  const named = /^([a-z]+):(.+)$/.exec(spec);
  const file = named ? named[2] : spec;
  const format = named ? named[1] : file.endsWith(".sarif") || file.endsWith(".sarif.json") ? "sarif" : file.endsWith(".json") ? "json" : file.endsWith(".xml") ? "junit" : "compact";
  const formatter = await loadFormatter(format);
  if (!formatter) return `--output: unknown format "${format}"; choose one of ${FORMAT_NAMES.join(", ")}`;
  try {
    checkOutput(
      file,
      inputs.map((input) => path.resolve(input))
    );
  } catch (error) {
    if (error instanceof OutputError) return `--output: ${error.message}`;
    throw error;
  }
  return { file, formatter };
}
async function changedCharts(ref, within, config) {
  const [{ changedFiles, GitError }, { chartsOfFiles }, { withDependents }] = await Promise.all([
    import("./chunks/git-G4OKHAQ2.js"),
    import("./chunks/owner-4JEQYHFG.js"),
    import("./chunks/dependents-7JI3N3DY.js")
  ]);
  let files;
  try {
    files = changedFiles(ref, process.cwd());
  } catch (error) {
    if (error instanceof GitError) return `--changed-since: ${error.message}`;
    throw error;
  }
  const configFile = config ? path.resolve(config) : void 0;
  if (files.some((file) => file === configFile || isConfigFile(file))) return [...within];
  const roots = within.map((p) => path.resolve(p));
  const inside = (file) => roots.some((root) => file === root || file.startsWith(root + path.sep));
  return withDependents(chartsOfFiles(files.filter(inside)), within);
}
function isConfigFile(file) {
  return /^\.chartlint\.ya?ml$/.test(path.basename(file));
}
var SIGNAL_EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
function onInterrupt(undo) {
  const handlers = Object.entries(SIGNAL_EXIT_CODES).map(([signal, code]) => {
    const handler = () => {
      undo();
      process.stderr.write(`chartlint: interrupted (${signal}).
`);
      process.exit(code);
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => {
    for (const remove of handlers) remove();
  };
}
async function terminalColorLevel() {
  const { supportsColor } = await import("./chunks/source-7DUCHMIF.js");
  return supportsColor ? supportsColor.level : 0;
}
async function listRules(asJson) {
  const [{ allRules }, { renderRuleList }, { PROFILE_NAMES, profileSetting }, { ruleDocUrl }] = await Promise.all([
    import("./chunks/rules-4PAH32UB.js"),
    import("./chunks/profiles-doc-DRBUBYCO.js"),
    import("./chunks/profiles-YF3ODS4X.js"),
    import("./chunks/rule-docs-KRFNTUHB.js")
  ]);
  const fixable = (rule) => "fixable" in rule.meta && Boolean(rule.meta.fixable);
  const suggests = (rule) => "hasSuggestions" in rule.meta && Boolean(rule.meta.hasSuggestions);
  if (asJson) {
    const list = allRules.map((rule) => ({
      id: rule.id,
      description: rule.meta.description,
      severity: Object.fromEntries(PROFILE_NAMES.map((name) => [name, profileSetting(rule, name).severity])),
      fixable: fixable(rule),
      hasSuggestions: suggests(rule),
      docs: ruleDocUrl(rule.id)
    }));
    return `${JSON.stringify(list, null, 2)}
`;
  }
  return renderRuleList(allRules.map((rule) => ({ ...rule, fixes: fixable(rule) ? "fix" : suggests(rule) ? "suggest" : "-" })));
}
function print(text) {
  process.stdout.write(text);
  return EXIT_OK;
}
function usage(message) {
  process.stderr.write(`chartlint: ${message}
Run "chartlint --help" for usage.
`);
  return EXIT_USAGE;
}
function fail(message) {
  process.stderr.write(`chartlint: ${message}
`);
  return EXIT_USAGE;
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const detail = process.env.CHARTLINT_DEBUG ? error.stack : error.message;
    process.stderr.write(`chartlint: internal error: ${detail}
Please report it; set CHARTLINT_DEBUG=1 for details.
`);
    process.exitCode = EXIT_USAGE;
  }
);
