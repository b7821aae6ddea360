import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  DEFAULT_HELM,
  DEFAULT_LIMITS,
  DEFAULT_VALUES_GLOBS,
  buildConfigSchema
} from "./chunk-IP4BP2MU.js";
import {
  DEFAULT_SECRET_SETTINGS,
  PRIVATE_FILE_MODE,
  defaultCacheDir,
  privateDir
} from "./chunk-UI2GMOTG.js";
import {
  PROFILE_IDS,
  PROFILE_PREFIX,
  chartProfile,
  profileNamed,
  profileSetting
} from "./chunk-RAUX2H2J.js";
import {
  parseYamlValues
} from "./chunk-YWTYFYTE.js";
import {
  readTextFile
} from "./chunk-5IVMD4BG.js";
import {
  LineIndex,
  safeName,
  shownSegment
} from "./chunk-I66P5KS3.js";
import {
  compileGlobs
} from "./chunk-JV4EHBS5.js";
import {
  VERSION
} from "./chunk-ZS2WGVDX.js";
import {
  editDistance
} from "./chunk-GUD4XOZF.js";
import {
  ConfigError
} from "./chunk-QKXT3NSU.js";

// src/config/load.ts
import { existsSync as existsSync2 } from "node:fs";
import path3 from "node:path";

// src/config/resolve.ts
import path from "node:path";
function resolveConfig(raw, file, text, dir, rules) {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const relative = (absolute) => path.relative(dir, absolute).split(path.sep).join("/");
  const ignore = raw.ignore?.length ? compileGlobs(raw.ignore, "ignore") : void 0;
  const regions = raw.regions?.length ? compileGlobs(raw.regions, "regions") : void 0;
  const typed = ["tripleo", "kolla"].flatMap((kind) => {
    const files = raw[kind]?.files;
    return files?.length ? [{ kind, matches: compileGlobs(files, `${kind}.files`) }] : [];
  });
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
      namedNamespace: raw.helm?.namespace,
      cacheDir: raw.helm?.cacheDir
    },
    secrets: { ...DEFAULT_SECRET_SETTINGS, ...raw.secrets },
    baseline: raw.baseline ? path.resolve(dir, raw.baseline) : void 0,
    isRegionFile: (absolute) => regions ? regions(relative(absolute)) : false,
    fileKindOf: (absolute) => typed.length ? typed.find((type) => type.matches(relative(absolute)))?.kind : void 0,
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
  if (!read.ok) throw new ConfigError(`cannot read the config file: ${read.message.replace(/^The (file|path) /, "it ")}`, { file });
  const text = read.text;
  const document = await parseYamlValues(text, DEFAULT_LIMITS);
  const lines = new LineIndex(text);
  const problem = document.problems[0];
  if (problem) {
    const at = lines.position(problem.span.start);
    throw new ConfigError(`invalid YAML: ${problem.message}`, { file, ...at });
  }
  const raw = toPlain(document.root) ?? {};
  const errors = await validateRaw(raw, text, options.rules);
  if (errors.length > 0) {
    const [error] = errors;
    const at = lines.position(spanAt(document.root, error.path, error.atKey)?.start ?? 0);
    throw new ConfigError(`${error.jsonPath}: ${error.message}`, { file, ...at });
  }
  try {
    return resolveConfig(raw, file, text, path3.dirname(file), options.rules);
  } catch (error) {
    if (error instanceof ConfigError && error.file === void 0) throw new ConfigError(error.problem, { file });
    throw error;
  }
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

export {
  CONFIG_NAMES,
  loadConfig
};
