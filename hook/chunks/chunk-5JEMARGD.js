import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  DEFAULT_SECRET_SETTINGS,
  PRIVATE_FILE_MODE,
  applyDirectives,
  buildPlaceholderIn,
  collectImages,
  defaultCacheDir,
  forEachLeaf,
  imagesContextOf,
  isDeploymentRule,
  isTemplated,
  parseDirectives,
  parseNormalizedReference,
  placementOf,
  privateDir,
  topologyFact
} from "./chunk-UYYNY3RP.js";
import {
  PROFILE_IDS,
  PROFILE_PREFIX,
  chartProfile,
  profileNamed,
  profileSetting
} from "./chunk-TWOHJUW2.js";
import {
  compileGlobs,
  globFiles,
  listFiles,
  parseYamlStream,
  parseYamlValues,
  readTextFile
} from "./chunk-U6JQFN3B.js";
import {
  LineIndex,
  describeByValue,
  dottedPath,
  getChild,
  getEntry,
  getPath,
  pathOf,
  safeName,
  scalarString,
  scalarSubSpan,
  shownSegment
} from "./chunk-I66P5KS3.js";
import {
  editDistance
} from "./chunk-GUD4XOZF.js";
import {
  VERSION
} from "./chunk-ZS2WGVDX.js";
import {
  ConfigError
} from "./chunk-AO2QEWCV.js";

// src/config/load.ts
import { existsSync as existsSync2 } from "node:fs";
import path3 from "node:path";

// src/config/resolve.ts
import path from "node:path";

// src/config/schema.ts
var SEVERITY_SETTINGS = ["off", "info", "warning", "error"];
var DEFAULT_VALUES_GLOBS = ["values-*.yaml", "values_overrides/**/*.yaml", "../values_overrides/{chart}/*.yaml"];
var DEFAULT_LIMITS = {
  maxFileBytes: 8 * 1024 * 1024,
  maxExpandedNodes: 1e5,
  maxFindingsPerFile: 1e4,
  maxRenderBytes: 64 * 1024 * 1024,
  maxNestingDepth: 256
};
var DEFAULT_HELM = { namespace: "default", timeoutSeconds: 120 };
function buildConfigSchema(rules) {
  const severity = { enum: [...SEVERITY_SETTINGS], description: "off, info, warning or error." };
  const ruleProperties = {};
  for (const rule of rules) {
    ruleProperties[rule.id] = {
      description: rule.meta.description,
      oneOf: [
        severity,
        {
          type: "object",
          additionalProperties: false,
          properties: { severity, options: rule.meta.options }
        }
      ]
    };
  }
  const rulesMap = {
    type: "object",
    description: "Severity, and options, per rule id.",
    additionalProperties: false,
    properties: ruleProperties
  };
  const globs = { type: "array", items: { type: "string", minLength: 1 } };
  const profile = { type: "string", enum: PROFILE_IDS };
  const extendsProfiles = {
    description: `Built-in profiles to start from, applied in order (${PROFILE_IDS.join(", ")}). Default: each chart's own, chartlint:openstack-helm for a chart that depends on helm-toolkit, else chartlint:recommended.`,
    oneOf: [profile, { type: "array", minItems: 1, items: profile }]
  };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "chartlint configuration (.chartlint.yaml)",
    type: "object",
    additionalProperties: false,
    properties: {
      extends: extendsProfiles,
      rules: rulesMap,
      ignore: { ...globs, description: "Globs, relative to this file, of files and charts never linted." },
      overrides: {
        type: "array",
        description: "Rule settings for some paths only; later entries win.",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["files"],
          properties: {
            files: { ...globs, minItems: 1, description: "Globs relative to this file." },
            extends: { ...extendsProfiles, description: "Profiles for these files, applied in order, before the rules of this entry." },
            rules: rulesMap
          }
        }
      },
      values: {
        type: "object",
        additionalProperties: false,
        properties: {
          include: {
            ...globs,
            description: `Override files of each chart: globs relative to the chart folder; {chart} is its folder name. Default: ${DEFAULT_VALUES_GLOBS.join(", ")}.`
          },
          extra: { ...globs, description: "More values files, relative to this file, linted as partial overrides." }
        }
      },
      regions: {
        ...globs,
        description: "Globs, relative to this file, of values files that are region values (besides the values of charts that depend on an umbrella chart)."
      },
      secrets: {
        type: "object",
        additionalProperties: false,
        description: "What counts as sensitive, for the secrets rules.",
        properties: {
          keys: { ...globs, description: "More sensitive key names: case-insensitive globs (`*_pin`)." },
          ignoreKeys: { ...globs, description: "Key names never sensitive although they look it (`*_secret_name`)." },
          placeholders: {
            ...globs,
            description: 'More values that mean "set in the region" (besides null, "" and DEFINED-IN-REGION-CHART and its spellings).'
          },
          knownDefaults: { ...globs, description: "More well-known default credentials (besides password, changeme, ...)." }
        }
      },
      helm: {
        type: "object",
        additionalProperties: false,
        description: "Rendering with --render.",
        properties: {
          binary: {
            type: "string",
            minLength: 1,
            description: "The helm to run (relative to this file). Else --helm, CHARTLINT_HELM, or helm on PATH."
          },
          releaseName: {
            type: "string",
            minLength: 1,
            description: "Release name for helm template. Default: each chart's name made valid for helm (lowercase, [a-z0-9-], at most 53 characters)."
          },
          namespace: { type: "string", minLength: 1, description: `Namespace for helm template. Default: ${DEFAULT_HELM.namespace}.` },
          timeoutSeconds: {
            type: "integer",
            minimum: 1,
            description: `How long one helm template may take. Default: ${DEFAULT_HELM.timeoutSeconds}.`
          },
          cacheDir: {
            type: "string",
            minLength: 1,
            description: "Where renders are cached (relative to the working folder). Default: $CHARTLINT_CACHE_DIR, else $XDG_CACHE_HOME/chartlint or ~/.cache/chartlint."
          }
        }
      },
      limits: {
        type: "object",
        additionalProperties: false,
        properties: {
          maxFileBytes: {
            type: "integer",
            minimum: 1,
            description: `Larger files are reported and skipped. Default ${DEFAULT_LIMITS.maxFileBytes}.`
          },
          maxExpandedNodes: {
            type: "integer",
            minimum: 1,
            description: `Alias-bomb guard: most nodes a document may expand to. Default ${DEFAULT_LIMITS.maxExpandedNodes}.`
          },
          maxNestingDepth: {
            type: "integer",
            minimum: 1,
            // The parsers recurse per level; past this they could overflow the stack of a worker thread.
            maximum: 500,
            description: `Deepest nesting of collections a document may have (at most 500); a deeper one is reported, not parsed. Default ${DEFAULT_LIMITS.maxNestingDepth}.`
          },
          maxFindingsPerFile: {
            type: "integer",
            minimum: 1,
            description: `Most findings reported in one file; one more finding says how many were left out. Default ${DEFAULT_LIMITS.maxFindingsPerFile}.`
          },
          maxRenderBytes: {
            type: "integer",
            minimum: 1,
            description: `With --render, most bytes helm may print (on stdout, and on stderr) before it is stopped and the chart reported. Default ${DEFAULT_LIMITS.maxRenderBytes}.`
          }
        }
      }
    }
  };
}

// src/config/resolve.ts
function resolveConfig(raw, file, text, dir, rules) {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const relative = (absolute) => path.relative(dir, absolute).split(path.sep).join("/");
  const ignore = raw.ignore?.length ? compileGlobs(raw.ignore, "ignore") : void 0;
  const regions = raw.regions?.length ? compileGlobs(raw.regions, "regions") : void 0;
  const extended = raw.extends === void 0 ? void 0 : profilesOf(raw.extends);
  const overrides = (raw.overrides ?? []).map((o, i) => ({
    matches: compileGlobs(o.files, `overrides[${i}].files`),
    extends: o.extends === void 0 ? void 0 : profilesOf(o.extends),
    rules: o.rules ?? {}
  }));
  const profileFor = (chart) => extended ?? [chartProfile(chart)];
  const cache = /* @__PURE__ */ new Map();
  return {
    file,
    text,
    valuesGlobs: raw.values?.include ?? DEFAULT_VALUES_GLOBS,
    extraValues: (raw.values?.extra ?? []).map((extra) => path.resolve(dir, extra)),
    limits: { ...DEFAULT_LIMITS, ...raw.limits },
    helm: {
      ...DEFAULT_HELM,
      ...raw.helm,
      binary: raw.helm?.binary ? path.resolve(dir, raw.helm.binary) : void 0,
      releaseName: raw.helm?.releaseName,
      cacheDir: raw.helm?.cacheDir
    },
    secrets: { ...DEFAULT_SECRET_SETTINGS, ...raw.secrets },
    isRegionFile: (absolute) => regions ? regions(relative(absolute)) : false,
    isIgnored: (absolute) => ignore ? ignore(relative(absolute)) : false,
    profileFor: (chart) => profileFor(chart).join(","),
    settingsFor(absolute, chart) {
      const profiles = profileFor(chart);
      const target = relative(absolute);
      const applying = overrides.filter((o) => o.matches(target));
      const key = `${profiles.join(",")}\0${applying.map((o) => overrides.indexOf(o)).join(",")}`;
      let settings = cache.get(key);
      if (!settings) {
        const layers = [{ extends: profiles, rules: raw.rules ?? {} }, ...applying];
        settings = layers.reduce((acc, layer) => applyLayer(acc, layer, rules, byId), {
          settings: /* @__PURE__ */ new Map(),
          profile: /* @__PURE__ */ new Map()
        }).settings;
        cache.set(key, settings);
      }
      return settings;
    }
  };
}
function profilesOf(value) {
  return (typeof value === "string" ? [value] : value).map((id) => profileNamed(id));
}
function applyLayer(acc, layer, rules, byId) {
  let { settings, profile } = acc;
  for (const name of layer.extends ?? []) {
    const next = new Map(settings);
    for (const rule of rules) {
      const current = settings.get(rule.id) ?? { severity: rule.meta.severity, options: rule.meta.defaultOptions };
      const own = profileSetting(rule, name);
      next.set(rule.id, {
        severity: own.severity,
        options: own.options ? { ...current.options, ...own.options } : current.options
      });
    }
    settings = next;
    profile = next;
  }
  return { settings: applyEntries(settings, layer.rules, byId, profile), profile };
}
function applyEntries(settings, entries, rules, profile) {
  const next = new Map(settings);
  for (const [id, entry] of Object.entries(entries)) {
    const rule = rules.get(id);
    if (!rule) continue;
    const current = next.get(id);
    if (typeof entry === "string") {
      next.set(id, { ...current, severity: entry });
      continue;
    }
    const severity = entry.severity ?? (profile.get(id)?.severity === "off" ? "error" : current.severity);
    const options = entry.options ? { ...current.options, ...entry.options } : current.options;
    next.set(id, { severity, options });
  }
  return next;
}

// src/config/validate.ts
import { createHash } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import path2 from "node:path";
async function validateRaw(raw, text, rules) {
  const identity = createHash("sha256").update(`${VERSION}\0${rules.map((r) => r.id).join(",")}\0${text}`).digest("hex");
  const marker = path2.join(defaultCacheDir(process.env), "valid-configs", identity);
  if (existsSync(marker)) return [];
  const ajv = await import("./ajv-KKP6TPVI.js");
  const Ajv = ajv.Ajv ?? ajv.default.Ajv;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(buildConfigSchema(rules));
  if (!validate(raw)) return pickErrors(validate.errors ?? [], raw, rules);
  try {
    privateDir(path2.dirname(marker));
    writeFileSync(marker, "", { mode: PRIVATE_FILE_MODE });
  } catch {
  }
  return [];
}
function pickErrors(errors, raw, rules) {
  const kept = errors.filter((error) => {
    if (error.keyword === "oneOf") return false;
    const value = valueAt(raw, error.instancePath);
    return !(error.keyword === "enum" && typeof value !== "string");
  });
  const relevant = kept.filter(
    (error) => !(error.keyword === "type" && error.params.type === "object" && typeof valueAt(raw, error.instancePath) === "string") || !kept.some((other) => other !== error && other.instancePath === error.instancePath)
  );
  relevant.sort((a, b) => depth(b.instancePath) - depth(a.instancePath));
  return relevant.map((error) => {
    const segments = pointerSegments(error.instancePath);
    let message = error.message ?? "is invalid";
    if (error.keyword === "additionalProperties") {
      const key = String(error.params.additionalProperty);
      const shown = safeName(key);
      if (segments.at(-1) === "rules") message = unknownRule(key, rules);
      else message = shown === void 0 ? "is not a known key" : `unknown key "${shown}"`;
      segments.push(key);
    } else if (error.keyword === "enum" && isExtends(segments)) {
      message = unknownProfile(String(valueAt(raw, error.instancePath)));
    } else if (error.keyword === "enum") {
      message = `must be one of ${error.params.allowedValues.join(", ")}`;
    }
    const atKey = error.keyword === "additionalProperties";
    return { path: segments, atKey, jsonPath: jsonPath(segments), message };
  });
}
function unknownRule(id, rules) {
  if (safeName(id) === void 0) return "is not a chartlint rule; `chartlint --list-rules` lists them";
  const closest = rules.map((rule) => rule.id).sort((a, b) => editDistance(id, a) - editDistance(id, b))[0];
  const hint = closest && editDistance(id, closest) <= 3 ? `; did you mean "${closest}"?` : "; `chartlint --list-rules` lists them";
  return `unknown rule "${id}"${hint}`;
}
function isExtends(segments) {
  const last = typeof segments.at(-1) === "number" ? segments.at(-2) : segments.at(-1);
  return last === "extends";
}
function unknownProfile(name) {
  const known = `the built-in profiles are ${PROFILE_IDS.join(", ")}`;
  if (safeName(name.startsWith(PROFILE_PREFIX) ? name.slice(PROFILE_PREFIX.length) : name) === void 0) {
    return `is not a chartlint profile; ${known}`;
  }
  const prefixed = `${PROFILE_PREFIX}${name}`;
  const nearest = [...PROFILE_IDS].sort((a, b) => editDistance(name, a) - editDistance(name, b))[0];
  const closest = PROFILE_IDS.includes(prefixed) ? prefixed : editDistance(name, nearest) <= 3 ? nearest : void 0;
  return `unknown profile "${name}"; ${closest ? `did you mean "${closest}"?` : known}`;
}
function pointerSegments(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~")).map((part) => /^\d+$/.test(part) ? Number(part) : part);
}
function depth(pointer) {
  return pointer === "" ? 0 : pointer.split("/").length;
}
function jsonPath(segments) {
  if (segments.length === 0) return "(top level)";
  return segments.map((segment, i) => {
    if (typeof segment === "number") return `[${segment}]`;
    segment = shownSegment(segment);
    if (/^[A-Za-z_][\w]*$/.test(segment)) return i === 0 ? segment : `.${segment}`;
    return `[${JSON.stringify(segment)}]`;
  }).join("");
}
function valueAt(raw, pointer) {
  let current = raw;
  for (const segment of pointerSegments(pointer)) {
    current = current && typeof current === "object" ? current[segment] : void 0;
  }
  return current;
}

// src/config/load.ts
var CONFIG_NAMES = [".chartlint.yaml", ".chartlint.yml"];
async function loadConfig(options) {
  const file = options.configFile ? path3.resolve(options.cwd, options.configFile) : findConfigUpward(options.cwd);
  if (!file) return resolveConfig({}, void 0, "", options.cwd, options.rules);
  const read = readTextFile(file, DEFAULT_LIMITS);
  if (!read.ok) throw new ConfigError(`${file}: cannot read the config file: ${read.message.replace(/^The (file|path) /, "it ")}`);
  const text = read.text;
  const document = await parseYamlValues(text, DEFAULT_LIMITS);
  const lines = new LineIndex(text);
  const problem = document.problems[0];
  if (problem) {
    const at = lines.position(problem.span.start);
    throw new ConfigError(`${file}:${at.line}:${at.column}: invalid YAML: ${problem.message}`);
  }
  const raw = toPlain(document.root) ?? {};
  const errors = await validateRaw(raw, text, options.rules);
  if (errors.length > 0) {
    const [error] = errors;
    const at = lines.position(spanAt(document.root, error.path, error.atKey)?.start ?? 0);
    throw new ConfigError(`${file}:${at.line}:${at.column}: ${error.jsonPath}: ${error.message}`);
  }
  return resolveConfig(raw, file, text, path3.dirname(file), options.rules);
}
function findConfigUpward(start) {
  for (let dir = path3.resolve(start); ; dir = path3.dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const candidate = path3.join(dir, name);
      if (existsSync2(candidate)) return candidate;
    }
    if (path3.dirname(dir) === dir) return void 0;
  }
}
function spanAt(root, segments, atKey) {
  let node = root;
  let found = root?.span;
  segments.forEach((segment, i) => {
    if (node?.kind === "map") {
      const entry = node.entries.find((e) => e.key === String(segment));
      node = entry?.value;
      if (entry) found = atKey && i === segments.length - 1 ? entry.keySpan : entry.value.span;
    } else if (node?.kind === "seq" && typeof segment === "number") {
      node = node.items[segment];
      if (node) found = node.span;
    } else node = void 0;
  });
  return found;
}
function toPlain(node) {
  if (!node) return void 0;
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(toPlain);
  return Object.fromEntries(node.entries.map((entry) => [entry.key, toPlain(entry.value)]));
}

// src/sources/manifests.ts
import { statSync } from "node:fs";
import path4 from "node:path";
var SOURCE_HEADER = /^# Source: (.+)$/gm;
async function parseManifestStream(text, options) {
  const documents = await parseYamlStream(text, options);
  const headers = [...text.matchAll(SOURCE_HEADER)].map((m) => ({ at: m.index, template: m[1].trim() })).filter((h) => h.template);
  if (headers.length === 0) return documents;
  let next = 0;
  for (const document of documents) {
    if (!document.root) continue;
    let template;
    while (next < headers.length && headers[next].at < document.root.span.start) template = headers[next++].template;
    if (template) document.sourceTemplate = template;
  }
  return documents;
}
function manifestPaths(args, cwd) {
  const paths = [];
  const missing = [];
  for (const arg of args) {
    if (arg === "-") {
      paths.push("-");
      continue;
    }
    const absolute = path4.resolve(cwd, arg);
    let isDirectory;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch {
      missing.push(arg);
      continue;
    }
    if (!isDirectory) {
      paths.push(absolute);
      continue;
    }
    const found = listFiles(absolute).filter((file) => /\.ya?ml$/.test(file));
    if (found.length === 0) missing.push(arg);
    for (const file of found) paths.push(path4.join(absolute, file));
  }
  return { paths: [...new Set(paths)], missing };
}

// src/images/container-images.ts
function collectContainerImages(containers, text) {
  const index = { section: void 0, images: [], pullPolicies: [] };
  for (const container of containers) {
    const image = container.image?.value;
    if (image?.kind !== "scalar" || image.value === null || String(image.value).trim() === "") continue;
    const reference = String(image.value);
    const parsed = parseNormalizedReference(reference);
    index.images.push({
      reference,
      label: `of ${container.label}`,
      source: "container",
      span: image.span,
      templated: isTemplated(reference),
      buildPlaceholder: buildPlaceholderIn(reference),
      registryFromTemplate: false,
      tagFromTemplate: false,
      parsed,
      numericTag: void 0,
      partSpan(part) {
        const at = parsed.ok ? parsed.ref.spans[part] : null;
        return at ? scalarSubSpan(text, image, at[0], at[1]) : image.span;
      }
    });
  }
  return index;
}

// src/manifests/pods.ts
var LISTS = ["initContainers", "containers", "ephemeralContainers"];
function findContainers(documents) {
  const sites = [];
  for (const document of documents) {
    if (document.root) visitObject(document.root, document.sourceTemplate, sites);
  }
  return sites;
}
function visitObject(object, template, sites) {
  if (object.kind !== "map") return;
  const kind = scalarString(getPath(object, ["kind"])) ?? "";
  if (kind === "List") {
    const items = getPath(object, ["items"]);
    if (items?.kind === "seq") for (const item of items.items) visitObject(item, template, sites);
    return;
  }
  const spec = podSpec(object, kind);
  if (spec?.kind !== "map") return;
  const name = scalarString(getPath(object, ["metadata", "name"])) ?? "(unnamed)";
  const owner = `${kind || "object"}/${name}`;
  for (const list of LISTS) {
    const containers = getEntry(spec, list)?.value;
    if (containers?.kind !== "seq") continue;
    for (const container of containers.items) {
      if (container.kind !== "map") continue;
      const containerName = String(scalarString(getPath(container, ["name"])) ?? "(unnamed)");
      const where = template ? ` (${template})` : "";
      const role = list === "containers" ? "container" : list === "initContainers" ? "init container" : "ephemeral container";
      sites.push({
        object: owner,
        container: containerName,
        list,
        node: container,
        image: getEntry(container, "image"),
        pullPolicy: getEntry(container, "imagePullPolicy"),
        template,
        label: `${role} "${containerName}" in ${owner}${where}`
      });
    }
  }
}
function podSpec(object, kind) {
  if (kind === "Pod") return getPath(object, ["spec"]);
  if (kind === "PodTemplate") return getPath(object, ["template", "spec"]);
  if (kind === "CronJob") return getPath(object, ["spec", "jobTemplate", "spec", "template", "spec"]);
  return getPath(object, ["spec", "template", "spec"]);
}

// src/file-types/manifests.ts
var STDIN_PATH = "<stdin>";
var manifestsFileType = {
  kind: "manifests",
  discover(input) {
    return input.manifestStreams.map((file) => ({
      path: file === "-" ? STDIN_PATH : file,
      kind: "manifests",
      role: "manifests",
      chart: void 0
    }));
  },
  parse: (text, limits) => parseManifestStream(text, limits),
  // A stream's broken document leaves the others to lint.
  fatalStopsRules: false,
  context(file) {
    let containers;
    let images;
    const getContainers = () => containers ??= findContainers(file.documents);
    return { containers: getContainers, images: () => images ??= collectContainerImages(getContainers(), file.text) };
  }
};

// src/file-types/chart-metadata.ts
import { existsSync as existsSync3 } from "node:fs";
import path5 from "node:path";
var chartMetadataFileType = {
  kind: "chart-metadata",
  discover(input) {
    return input.wholeCharts.flatMap((chart) => {
      const found = [{ path: path5.join(chart.dir, "Chart.yaml"), kind: "chart-metadata", role: "chart-metadata", chart }];
      const requirements = path5.join(chart.dir, "requirements.yaml");
      if (existsSync3(requirements)) found.push({ path: requirements, kind: "chart-metadata", role: "chart-requirements", chart });
      return found;
    });
  },
  async parse(text, limits) {
    return [await parseYamlValues(text, limits)];
  },
  fatalStopsRules: true,
  context: () => ({})
};

// src/file-types/values.ts
import { existsSync as existsSync4 } from "node:fs";
import path6 from "node:path";
var VALUES_FILE = "values.yaml";
var valuesFileType = {
  kind: "values",
  discover(input) {
    const found = [];
    for (const chart of input.wholeCharts) {
      const defaults = path6.join(chart.dir, VALUES_FILE);
      if (existsSync4(defaults)) found.push({ path: defaults, kind: "values", role: "defaults", chart });
      const folderName = path6.basename(chart.dir);
      const patterns = input.valuesGlobs.map((glob) => glob.replaceAll("{chart}", folderName));
      for (const file of globFiles(chart.dir, patterns)) {
        if (file !== defaults) found.push({ path: file, kind: "values", role: "override", chart });
      }
    }
    for (const named of input.namedFiles) {
      const isDefaults = named.chart !== void 0 && named.path === path6.join(named.chart.dir, VALUES_FILE);
      found.push({ path: named.path, kind: "values", role: isDefaults ? "defaults" : "override", chart: named.chart });
    }
    const onlyChart = input.charts.length === 1 ? input.charts[0] : void 0;
    for (const extra of input.extraValues) found.push({ path: extra, kind: "values", role: "extra", chart: onlyChart });
    for (const target of found) if (input.isRegionFile(target.path)) target.region = true;
    return found;
  },
  async parse(text, limits) {
    return [await parseYamlValues(text, limits)];
  },
  fatalStopsRules: true,
  context(file, run) {
    let images;
    return {
      isChartDefaults: file.role === "defaults",
      placement: placementOf(run.facts[topologyFact.id], file),
      images: () => images ??= collectImages(file.documents[0]?.root, imagesContextOf(file))
    };
  }
};

// src/file-types/index.ts
var FILE_TYPES = [valuesFileType, chartMetadataFileType, manifestsFileType];
function fileTypeOf(kind) {
  const found = FILE_TYPES.find((type) => type.kind === kind);
  if (!found) throw new Error(`no file type "${kind}"`);
  return found;
}

// src/engine/locate.ts
import path7 from "node:path";
function relativePath(cwd, file) {
  if (file === STDIN_PATH) return file;
  return path7.relative(cwd, file).split(path7.sep).join("/");
}
function regionOf(file, span) {
  const start = file.lines.position(span.start);
  const end = file.lines.position(Math.max(span.end, span.start));
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
function locate(finding, file, span, at, cwd) {
  const base = { ruleId: finding.ruleId, severity: finding.severity, message: finding.message, messageId: finding.messageId };
  if (at || !file || !span) {
    const place = at ?? { path: file?.path ?? "", line: 1, column: 1 };
    return {
      file: relativePath(cwd, place.path),
      line: place.line,
      column: place.column,
      endLine: place.line,
      endColumn: place.column,
      ...base
    };
  }
  const diagnostic = { file: relativePath(cwd, file.path), ...regionOf(file, span), ...base };
  if (finding.path !== void 0) diagnostic.path = finding.path;
  if (finding.related?.length) {
    diagnostic.related = finding.related.map(({ at: place, message }) => ({
      file: relativePath(cwd, place.path),
      line: place.line,
      column: place.column,
      endLine: place.line,
      endColumn: place.column,
      message
    }));
  }
  if (finding.fix) diagnostic.fix = fixOf(file, finding.fix);
  if (finding.suggestions?.length) {
    diagnostic.suggestions = finding.suggestions.map((s) => ({ messageId: s.messageId, desc: s.desc, fix: fixOf(file, s.fix) }));
  }
  return diagnostic;
}
function fixOf(file, edit) {
  return { range: [edit.span.start, edit.span.end], text: edit.text, region: regionOf(file, edit.span) };
}

// src/secrets/scrub.ts
var SCRUBBED = "[redacted]";
var NOT_SECRETS = /* @__PURE__ */ new Set(["", "true", "false", "yes", "no", "on", "off", "null", "none", "~"]);
var SUBSTRING_LENGTH = 8;
var MIN_LINE_LENGTH = 4;
var MAX_SHAPED_LENGTH = 4096;
var Scrubber = class {
  /**
   * `isSensitiveKey` decides by key name and `isPublic` spots placeholders, references and well-known
   * defaults (the run's classifier, with its settings); values shorter than `minLength` are left alone.
   */
  constructor(isSensitiveKey, options = {}) {
    this.isSensitiveKey = isSensitiveKey;
    this.options = options;
  }
  isSensitiveKey;
  options;
  forms = /* @__PURE__ */ new Set();
  sorted;
  /** A value at its path in some values source (a file, `--set`). */
  consider(path8, value) {
    if (typeof value !== "string" && typeof value !== "number") return;
    const text = String(value);
    if (text.trim().length < (this.options.minLength ?? 1)) return;
    const byKey = path8.some((segment) => typeof segment === "string" && this.isSensitiveKey(segment));
    const byShape = !byKey && (text.length <= MAX_SHAPED_LENGTH || text.includes("PRIVATE KEY-----")) && describeByValue(text);
    if ((byKey || byShape) && !this.options.isPublic?.(text.trim())) this.add(text);
  }
  /** A value known to be secret. */
  add(secret) {
    const lines = secret.split(/\r\n|\r|\n/);
    const parts = lines.length > 1 ? [secret, ...lines.filter((line) => line.trim().length >= MIN_LINE_LENGTH)] : [secret];
    for (const part of parts) {
      const trimmed = part.trim();
      if (NOT_SECRETS.has(trimmed.toLowerCase())) continue;
      for (const form of formsOf(trimmed)) if (form.length > 0) this.forms.add(form);
      this.sorted = void 0;
    }
  }
  get size() {
    return this.forms.size;
  }
  /** `minLength`: leave forms shorter than this alone (in text where short words are ordinary words). */
  scrub(text, minLength = 0) {
    let result = text;
    const sorted = this.sorted ??= [...this.forms].sort((a, b) => b.length - a.length);
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = low + high >> 1;
      if (sorted[mid].length > text.length) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < sorted.length; i++) {
      const form = sorted[i];
      if (form.length < minLength) break;
      result = replaceForm(result, form);
    }
    return result;
  }
};
function formsOf(value) {
  const json = JSON.stringify(value).slice(1, -1);
  const goJson = json.replaceAll("<", "\\u003c").replaceAll(">", "\\u003e").replaceAll("&", "\\u0026");
  const squoted = value.replaceAll("'", "''");
  return [value, json, goJson, squoted, Buffer.from(value).toString("base64"), Buffer.from(value).toString("base64").replace(/=+$/, "")];
}
function replaceForm(text, form) {
  const lowerText = text.toLowerCase();
  const lowerForm = form.toLowerCase();
  if (lowerText.length !== text.length || lowerForm.length !== form.length) {
    let out2 = text;
    for (const variant of [form, form.toUpperCase(), form.toLowerCase()]) out2 = out2.split(variant).join(SCRUBBED);
    return out2;
  }
  if (!lowerText.includes(lowerForm)) return text;
  const wholeWord = form.length < SUBSTRING_LENGTH;
  let out = "";
  let from = 0;
  for (let at = lowerText.indexOf(lowerForm); at !== -1; at = lowerText.indexOf(lowerForm, at + lowerForm.length)) {
    if (wholeWord && (isWordChar(text[at - 1]) || isWordChar(text[at + form.length]))) continue;
    out += text.slice(from, at) + SCRUBBED;
    from = at + form.length;
  }
  return out + text.slice(from);
}
function isWordChar(char) {
  return char !== void 0 && /[A-Za-z0-9]/.test(char);
}

// src/engine/scrub-findings.ts
var MIN_GUARDED_LENGTH = 6;
function fileScrubber(file, secrets) {
  let scrubber;
  return () => {
    if (!scrubber) {
      const names = [...namesIn(file)];
      const inAName = (text) => {
        const lower = text.toLowerCase();
        return names.some((name) => name.includes(lower));
      };
      const isPublic = (text) => secrets.isPublic(text) || inAName(text);
      const built = new Scrubber((key) => secrets.isSensitiveKey(key), { isPublic });
      for (const document of file.documents) forEachLeaf(document.root, (path8, leaf) => built.consider(path8, leaf.value));
      scrubber = built;
    }
    return scrubber;
  };
}
function scrubData(scrubber) {
  return (text) => scrubber().size === 0 ? text : scrubber().scrub(text);
}
function scrubFindings(diagnostics, scrubber) {
  if (diagnostics.length === 0 || scrubber().size === 0) return;
  const scrub = (text) => scrubber().scrub(text, MIN_GUARDED_LENGTH);
  for (const diagnostic of diagnostics) {
    diagnostic.message = scrub(diagnostic.message);
    for (const related of diagnostic.related ?? []) related.message = scrub(related.message);
    for (const suggestion of diagnostic.suggestions ?? []) suggestion.desc = scrub(suggestion.desc);
  }
}
function namesIn(file) {
  const names = /* @__PURE__ */ new Set();
  if (file.chart) names.add(file.chart.name.toLowerCase());
  const stack = [];
  for (const document of file.documents) if (document.root) stack.push(document.root);
  const seen = /* @__PURE__ */ new Set();
  while (stack.length > 0) {
    const node = stack.pop();
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.kind === "map") {
      for (const entry of node.entries) {
        names.add(entry.key.toLowerCase());
        stack.push(entry.value);
      }
    } else if (node.kind === "seq") for (const item of node.items) stack.push(item);
  }
  return names;
}

// src/engine/logical-path.ts
function pathOfNode(file, node) {
  return withDocument(file, node, dottedPath(pathOf(node)));
}
function pathAtSpan(file, span) {
  for (const document of file.documents) {
    const root = document.root;
    if (!root || span.start < root.span.start || span.start > root.span.end) continue;
    return pathOfNode(file, innermost(root, span.start));
  }
  return void 0;
}
function innermost(node, offset) {
  if (node.kind === "map") {
    const entries = node.entries;
    const from = Math.max(0, lastStartingBefore(entries.length, (i) => entries[i].keySpan.start, offset) - 1);
    for (const pass of [entries.slice(from, from + 2), entries]) {
      for (const entry of pass) {
        if (entry.keySpan.start <= offset && offset < entry.keySpan.end) return entry.value;
        if (entry.value.span.start <= offset && offset <= entry.value.span.end) return innermost(entry.value, offset);
      }
    }
  } else if (node.kind === "seq") {
    const items = node.items;
    const from = Math.max(0, lastStartingBefore(items.length, (i) => items[i].span.start, offset) - 1);
    for (const pass of [items.slice(from, from + 2), items]) {
      for (const item of pass) if (item.span.start <= offset && offset <= item.span.end) return innermost(item, offset);
    }
  }
  return node;
}
function lastStartingBefore(length, startOf, offset) {
  let low = 0;
  let high = length - 1;
  let found = 0;
  while (low <= high) {
    const middle = low + high >> 1;
    if (startOf(middle) <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
function withDocument(file, node, path8) {
  if (file.kind !== "manifests") return path8;
  let root = node;
  while (root.parent) root = root.parent;
  const kind = scalarString(getChild(root, "kind"));
  const name = scalarString(getPath(root, ["metadata", "name"]));
  const object = kind && name ? `${kind}/${name}` : `document ${file.documents.findIndex((d) => d.root === root) + 1}`;
  return path8 ? `${object}:${path8}` : object;
}

// src/engine/findings.ts
function toFinding(descriptor, rule, severity, file, scrubValue = (text) => text) {
  const message = (messageId, data) => {
    const template = rule.meta.messages[messageId];
    if (template === void 0) throw new Error(`rule ${rule.id} reported the unknown message id "${messageId}"`);
    const scrubbed = {};
    for (const [name, value] of Object.entries(data ?? {})) scrubbed[name] = typeof value === "string" ? scrubValue(value) : value;
    return formatMessage(template, scrubbed);
  };
  if (descriptor.fix && !rule.meta.fixable) throw new Error(`rule ${rule.id} reported a fix but its meta does not say fixable`);
  if (descriptor.suggest?.length && !rule.meta.hasSuggestions)
    throw new Error(`rule ${rule.id} reported suggestions but its meta does not say hasSuggestions`);
  const span = descriptor.span ?? descriptor.node?.span ?? { start: 0, end: 0 };
  const path8 = descriptor.path ?? (descriptor.at ? void 0 : descriptor.node ? pathOfNode(file, descriptor.node) : pathAtSpan(file, span));
  return {
    ruleId: rule.id,
    severity: descriptor.atMost && RANK[descriptor.atMost] < RANK[severity] ? descriptor.atMost : severity,
    message: message(descriptor.messageId, descriptor.data),
    messageId: descriptor.messageId,
    span,
    at: descriptor.at,
    path: path8 === "" ? void 0 : path8,
    fix: descriptor.fix,
    suggestions: descriptor.suggest?.map((s) => ({ messageId: s.messageId, desc: message(s.messageId, s.data), fix: s.fix })),
    ...descriptor.related?.length ? { related: descriptor.related.map((r) => ({ at: r.at, message: scrubValue(r.message) })) } : {}
  };
}
var RANK = { info: 0, warning: 1, error: 2 };
function formatMessage(template, data) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name) => name in data ? String(data[name]) : whole);
}

// src/engine/run-file-rules.ts
var LIMIT_RULE = "yaml/syntax";
var LIMIT_MESSAGE_ID = "tooManyFindings";
function runFileRules(file, env, options) {
  const fileType = fileTypeOf(file.kind);
  const unreadable = file.readProblem !== void 0 || fileType.fatalStopsRules && file.documents.some((d) => d.problems.some((p) => p.fatal));
  const extras = fileType.context(file, { facts: env.facts });
  const internalErrors = [];
  const summaries = {};
  let suppression = { unused: [], directives: [] };
  const scrubber = fileScrubber(file, env.secrets);
  const scrubValue = scrubData(scrubber);
  const maxFindings = options.maxFindings ?? Infinity;
  let kept = 0;
  const dropped = { count: 0, span: void 0 };
  const settingOf = (rule) => {
    const setting = options.settings.get(rule.id);
    if (!setting || setting.severity === "off" || !rule.meta.targets.includes(file.kind)) return void 0;
    if (!isDeploymentRule(rule) && rule.meta.chartDefaultsOnly && file.role !== "defaults") return void 0;
    if (unreadable && rule.id !== "yaml/syntax") return void 0;
    return setting;
  };
  const shared = { ...extras, kind: file.kind, file, chart: file.chart, secrets: () => env.secrets };
  const base = (rule, setting) => Object.assign(Object.create(shared), {
    options: setting.options,
    fact: (fact) => readFact(env.facts, rule, fact),
    memo: (key, build) => {
      const id = `${rule.id}\0${key}`;
      if (!env.memo.has(id)) env.memo.set(id, build());
      return env.memo.get(id);
    }
  });
  const run = (rule, into) => {
    const setting = settingOf(rule);
    if (!setting) return;
    const severity = setting.severity;
    try {
      rule.check(
        Object.assign(base(rule, setting), {
          suppressions: () => ({ ...suppression, ruleIds: env.rules.map((r) => r.id) }),
          report: (descriptor) => {
            if (kept >= maxFindings) {
              if (dropped.count++ === 0) dropped.span = descriptor.span ?? descriptor.node?.span;
              return;
            }
            kept++;
            into.push(toFinding(descriptor, rule, severity, file, scrubValue));
          }
        })
      );
    } catch (error) {
      internalErrors.push(`rule ${rule.id} failed on ${file.path}: ${error.message}`);
    }
  };
  const collect = (rule) => {
    const setting = settingOf(rule);
    if (!setting) return;
    try {
      const summary = rule.collect(Object.assign(base(rule, setting), { anchor: (at) => anchorOf(file, at) }));
      if (summary !== void 0) summaries[rule.id] = summary;
    } catch (error) {
      internalErrors.push(`rule ${rule.id} failed on ${file.path}: ${error.message}`);
    }
  };
  const found = [];
  for (const rule of env.rules) {
    if (isDeploymentRule(rule)) collect(rule);
    else if (rule.meta.phase !== "after-suppressions") run(rule, found);
  }
  const directives = parseDirectives(file.text, file.lines);
  const local = found.filter((f) => !f.at).map((f) => ({ finding: f, ruleId: f.ruleId, line: file.lines.position(f.span.start).line }));
  const applied = applyDirectives(local, directives, file.lines.lineCount());
  const { unused, covers } = applied;
  const findings = applied.kept.map((k) => k.finding).concat(found.filter((f) => f.at));
  if (options.judgeDirectives) {
    suppression = { unused, directives };
    for (const rule of env.rules) if (!isDeploymentRule(rule) && rule.meta.phase === "after-suppressions") run(rule, findings);
  }
  if (dropped.count > 0) findings.push(droppedFinding(env.rules, file, dropped.count, maxFindings, dropped.span));
  return { findings, internalErrors, covers: options.judgeDirectives ? covers : [], summaries, scrubber };
}
function droppedFinding(rules, file, count, limit, span) {
  const data = { count, limit };
  const template = rules.find((rule) => rule.id === LIMIT_RULE)?.meta.messages[LIMIT_MESSAGE_ID] ?? "{{count}} more findings in this file were not reported, over the limit of {{limit}} (limits.maxFindingsPerFile); the first of them is here.";
  const at = span ?? { start: 0, end: 0 };
  return {
    ruleId: LIMIT_RULE,
    severity: "warning",
    message: formatMessage(template, data),
    messageId: LIMIT_MESSAGE_ID,
    span: at,
    at: void 0,
    path: pathAtSpan(file, at) || void 0,
    fix: void 0,
    suggestions: void 0
  };
}
function readFact(facts, rule, fact) {
  const declared = fact.id === topologyFact.id || (rule.meta.facts ?? []).some((f) => f.id === fact.id);
  if (!declared || !(fact.id in facts)) throw new Error(`rule ${rule.id} read the fact "${fact.id}" without naming it in meta.facts`);
  return facts[fact.id];
}
function anchorOf(file, at) {
  const isNode = "kind" in at;
  const span = isNode ? at.span : at;
  const start = file.lines.position(span.start);
  const end = file.lines.position(Math.max(span.end, span.start));
  const path8 = isNode ? pathOfNode(file, at) : pathAtSpan(file, span);
  return { region: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }, path: path8 || void 0 };
}

// src/engine/lint-file.ts
function lintSourceFile(file, env, config, cwd) {
  const run = runFileRules(file, env, {
    settings: config.settingsFor(file.path, file.chart),
    judgeDirectives: true,
    maxFindings: config.limits.maxFindingsPerFile
  });
  const diagnostics = run.findings.map((finding) => locate(finding, file, finding.span, finding.at, cwd));
  scrubFindings(diagnostics, run.scrubber);
  redactQuoted(diagnostics, env.secrets);
  const covers = run.covers.map((cover) => ({
    rule: cover.rule,
    fromLine: cover.fromLine,
    toLine: cover.toLine,
    used: cover.used,
    ...file.lines.position(cover.directive.span.start)
  }));
  return {
    path: file.path,
    diagnostics,
    covers,
    summaries: run.summaries,
    internalErrors: run.internalErrors.map((m) => env.secrets.redact(m))
  };
}
var QUOTES_OTHERS = /* @__PURE__ */ new Set(["manifests/render-failed", "yaml/syntax"]);
function redactQuoted(diagnostics, secrets) {
  for (const d of diagnostics) if (QUOTES_OTHERS.has(d.ruleId)) d.message = secrets.redact(d.message);
}

// src/engine/load-file.ts
async function loadFile(target, config, preloaded, chartFile) {
  if (typeof preloaded === "string") return parseFile(target, preloaded, config);
  if (preloaded) return preloaded.ok ? parseFile(target, preloaded.text, config) : unreadableFile(target, preloaded);
  if (chartFile && chartFile.text.length <= config.limits.maxFileBytes && !chartFile.text.includes("\0")) {
    return {
      ...target,
      text: chartFile.text,
      documents: [chartFile.document],
      lines: new LineIndex(chartFile.text),
      readProblem: void 0
    };
  }
  const read = readTextFile(target.path, config.limits);
  if (read.ok) return parseFile(target, read.text, config);
  return unreadableFile(target, read);
}
function unreadableFile(target, read) {
  return { ...target, text: "", documents: [], lines: new LineIndex(""), readProblem: { code: read.code, message: read.message } };
}
async function parseFile(target, text, config) {
  const documents = await fileTypeOf(target.kind).parse(text, config.limits);
  return { ...target, text, documents, lines: new LineIndex(text), readProblem: void 0 };
}

export {
  loadConfig,
  collectContainerImages,
  findContainers,
  manifestPaths,
  STDIN_PATH,
  FILE_TYPES,
  Scrubber,
  formatMessage,
  relativePath,
  regionOf,
  locate,
  fileScrubber,
  scrubFindings,
  runFileRules,
  lintSourceFile,
  redactQuoted,
  loadFile,
  parseFile
};
