import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  FAMILIES,
  applyDirectives,
  chartPatchFiles,
  embeddedConfig,
  findContainers,
  forEachLeaf,
  isDeploymentRule,
  parseDirectives,
  pyOf,
  readTripleoFile,
  resolvesTagFromLabel,
  standaloneConfig
} from "./chunk-WPM34UCD.js";
import {
  buildPlaceholderIn,
  collectImages,
  imagesContextOf,
  isTemplated,
  parseNormalizedReference,
  placementOf,
  topologyFact
} from "./chunk-UI2GMOTG.js";
import {
  globFiles,
  listFiles,
  parseYamlStream,
  parseYamlValues
} from "./chunk-YWTYFYTE.js";
import {
  readTextFile,
  readTextOrUndefined
} from "./chunk-5IVMD4BG.js";
import {
  LineIndex,
  describeByValue,
  dottedPath,
  getChild,
  getEntry,
  getPath,
  linkParents,
  pathOf,
  scalarString,
  scalarSubSpan
} from "./chunk-I66P5KS3.js";

// src/sources/manifests.ts
import { statSync } from "node:fs";
import path from "node:path";
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
    const absolute = path.resolve(cwd, arg);
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
    for (const file of found) paths.push(path.join(absolute, file));
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

// src/kolla/json.ts
var JsonSyntaxError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var WHITESPACE = /* @__PURE__ */ new Set([" ", "	", "\n", "\r"]);
var ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|NaN|-?Infinity/y;
function parseJson(text, options, map = (offset) => offset) {
  const problems = [];
  let at = 0;
  const span = (start, end) => ({ start: map(start), end: map(end) });
  const fail = (message, offset = at) => {
    throw new JsonSyntaxError(message, offset);
  };
  const skip = () => {
    while (at < text.length && WHITESPACE.has(text[at])) at++;
  };
  const readString = () => {
    const start = at++;
    let value = "";
    while (at < text.length) {
      const c = text[at];
      if (c === '"') {
        at++;
        return value;
      }
      if (c === "\\") {
        const next = text[at + 1];
        if (next === "u") {
          const hex = text.slice(at + 2, at + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("a \\u escape needs four hexadecimal digits");
          value += String.fromCharCode(parseInt(hex, 16));
          at += 6;
        } else if (next !== void 0 && next in ESCAPES) {
          value += ESCAPES[next];
          at += 2;
        } else fail("a backslash starts an escape JSON does not have");
        continue;
      }
      if (c.charCodeAt(0) < 32) fail("a control character (such as a line break) stands unescaped inside a string");
      value += c;
      at++;
    }
    return fail("a string is not closed", start);
  };
  const readValue = (depth) => {
    if (depth > options.maxNestingDepth) fail(`it nests more than ${options.maxNestingDepth} levels deep (limits.maxNestingDepth)`);
    skip();
    const start = at;
    const c = text[at];
    if (c === "{") {
      at++;
      const entries = [];
      const seen = /* @__PURE__ */ new Set();
      skip();
      if (text[at] === "}") at++;
      else {
        for (; ; ) {
          skip();
          if (text[at] !== '"') fail(at >= text.length ? "the text ends inside an object" : "an object key is not a double-quoted string");
          const keyStart = at;
          const key = readString();
          const keySpan = span(keyStart, at);
          skip();
          if (text[at] !== ":") fail("a colon must follow an object key");
          at++;
          const value = readValue(depth + 1);
          if (seen.has(key)) problems.push({ code: "DUPLICATE_KEY", message: "Map keys must be unique", span: keySpan, fatal: false });
          seen.add(key);
          entries.push({ key, keySpan, value });
          skip();
          if (text[at] === ",") {
            at++;
            skip();
            if (text[at] === "}") fail("a comma stands before the closing brace (JSON has no trailing commas)");
            continue;
          }
          if (text[at] === "}") {
            at++;
            break;
          }
          fail(at >= text.length ? "the text ends inside an object" : "a comma or closing brace must follow an object value");
        }
      }
      return { kind: "map", entries, span: span(start, at), parent: void 0, segment: void 0 };
    }
    if (c === "[") {
      at++;
      const items = [];
      skip();
      if (text[at] === "]") at++;
      else {
        for (; ; ) {
          items.push(readValue(depth + 1));
          skip();
          if (text[at] === ",") {
            at++;
            skip();
            if (text[at] === "]") fail("a comma stands before the closing bracket (JSON has no trailing commas)");
            continue;
          }
          if (text[at] === "]") {
            at++;
            break;
          }
          fail(at >= text.length ? "the text ends inside a list" : "a comma or closing bracket must follow a list item");
        }
      }
      return { kind: "seq", items, span: span(start, at), parent: void 0, segment: void 0 };
    }
    if (c === '"') {
      const value = readString();
      return { kind: "scalar", value, style: "double", span: span(start, at), parent: void 0, segment: void 0 };
    }
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null]
    ]) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return { kind: "scalar", value, style: "plain", span: span(start, at), parent: void 0, segment: void 0 };
      }
    }
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(text);
    if (number) {
      at += number[0].length;
      return { kind: "scalar", value: Number(number[0]), style: "plain", span: span(start, at), parent: void 0, segment: void 0 };
    }
    if (c === "'") return fail("a string is in single quotes; JSON takes only double quotes");
    return fail(
      at >= text.length ? "the text ends where a value should be" : "a value (object, list, string, number, true, false or null) should start here"
    );
  };
  try {
    const root = readValue(1);
    skip();
    if (at < text.length) fail("more text follows the end of the JSON value");
    linkParents(root);
    return { root, problems };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const offset = map(Math.min(error.offset, text.length));
    return {
      root: void 0,
      problems: [...problems, { code: "JSON_SYNTAX", message: error.message, span: { start: offset, end: offset }, fatal: true }]
    };
  }
}

// src/kolla/scalar-offsets.ts
function valueOffsets(text, scalar, value) {
  const { start, end } = scalar.span;
  if (scalar.style === "block") return literalBlockOffsets(text, start, end, value);
  const quote = scalar.style === "single" || scalar.style === "double" ? 1 : 0;
  const body = start + quote;
  if (value.includes("\n") || text.slice(body, body + value.length) !== value) return void 0;
  return (offset) => body + offset;
}
function literalBlockOffsets(text, start, end, value) {
  const header = /^\|[+-]?[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/.exec(text.slice(start, Math.min(text.length, start + 200)));
  if (!header) return void 0;
  const sourceLines = [];
  for (let at = start + header[0].length; at < Math.max(end, start + header[0].length) && at < text.length; ) {
    const newline = text.indexOf("\n", at);
    const lineEnd = newline === -1 ? text.length : newline;
    sourceLines.push({ at, text: text.slice(at, lineEnd).replace(/\r$/, "") });
    at = lineEnd + 1;
  }
  const firstContent = sourceLines.find((line) => line.text.trim() !== "");
  if (!firstContent) return void 0;
  const indent = /^ */.exec(firstContent.text)[0].length;
  const valueLines = value.split("\n");
  const starts = [];
  for (const [k, line] of valueLines.entries()) {
    const source = sourceLines[k];
    if (!source) {
      if (line !== "") return void 0;
      starts.push(starts[k - 1] ?? start);
      continue;
    }
    if (line === "") {
      if (source.text.trim() !== "") return void 0;
      starts.push(source.at + Math.min(source.text.length, indent));
    } else {
      if (source.text !== " ".repeat(indent) + line) return void 0;
      starts.push(source.at + indent);
    }
  }
  const lineStartsInValue = [0];
  for (let i = value.indexOf("\n"); i !== -1; i = value.indexOf("\n", i + 1)) lineStartsInValue.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStartsInValue.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (lineStartsInValue[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return starts[low] + (offset - lineStartsInValue[low]);
  };
}

// src/kolla/embedded.ts
var KOLLA_KEYS = ["command", "config_files", "permissions"];
var SECTIONS = {
  ConfigMap: { text: "data", base64: "binaryData" },
  Secret: { text: "stringData", base64: "data" }
};
var LIMITS = { maxNestingDepth: 256 };
function findEmbeddedKolla(documents, text) {
  const found = { configs: [], problems: [] };
  const visit = (object) => {
    if (object.kind !== "map") return;
    const kind = scalarString(getChild(object, "kind"));
    if (kind === "List") {
      const items = getChild(object, "items");
      if (items?.kind === "seq") items.items.forEach(visit);
      return;
    }
    const sections = kind !== void 0 && Object.hasOwn(SECTIONS, kind) ? SECTIONS[kind] : void 0;
    if (!sections) return;
    const label = `${kind}/${scalarString(getPath(object, ["metadata", "name"])) ?? "(unnamed)"}`;
    readSection(object, sections.text, false, label);
    readSection(object, sections.base64, true, label);
  };
  const readSection = (object, section, base64, label) => {
    const map = getChild(object, section);
    if (map?.kind !== "map") return;
    for (const entry of map.entries) {
      if (entry.value.kind !== "scalar" || typeof entry.value.value !== "string") continue;
      if (getEntry(map, entry.key) !== entry) continue;
      readValue(entry.key, entry.value, base64, label);
    }
  };
  const readValue = (key, scalar, base64, label) => {
    const value = base64 ? decodeBase64(String(scalar.value)) : String(scalar.value);
    if (value === void 0 || !value.trimStart().startsWith("{")) return;
    const offsets = base64 ? void 0 : valueOffsets(text, scalar, value);
    const parsed = parseJson(value, LIMITS, offsets);
    if (!offsets) atScalar(parsed.root, parsed.problems, scalar);
    if (!parsed.root) {
      if (key === "config.json") found.problems.push(...parsed.problems.filter((p) => p.fatal));
      return;
    }
    const isKolla = parsed.root.kind === "map" && (key === "config.json" ? KOLLA_KEYS.some((k) => getChild(parsed.root, k) !== void 0) : getChild(parsed.root, "command") !== void 0 && getChild(parsed.root, "config_files") !== void 0);
    if (!isKolla) return;
    found.problems.push(...parsed.problems);
    found.configs.push(embeddedConfig(parsed.root, scalar, label, !offsets));
  };
  for (const document of documents) if (document.root) visit(document.root);
  return found;
}
function decodeBase64(text) {
  const compact = text.replace(/\s+/g, "");
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return void 0;
  const bytes = Buffer.from(compact, "base64");
  const decoded = bytes.toString("utf8");
  return Buffer.from(decoded, "utf8").equals(bytes) ? decoded : void 0;
}
function atScalar(root, problems, scalar) {
  for (const problem of problems) problem.span = { ...scalar.span };
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop();
    node.span = { ...scalar.span };
    if (node.kind === "map") {
      for (const entry of node.entries) {
        entry.keySpan = { ...scalar.span };
        stack.push(entry.value);
      }
    } else if (node.kind === "seq") stack.push(...node.items);
  }
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
    let kolla;
    const getContainers = () => containers ??= findContainers(file.documents);
    return {
      containers: getContainers,
      images: () => images ??= collectContainerImages(getContainers(), file.text),
      kolla: () => kolla ??= findEmbeddedKolla(file.documents, file.text)
    };
  }
};

// src/file-types/chart-metadata.ts
import { existsSync } from "node:fs";
import path2 from "node:path";
var chartMetadataFileType = {
  kind: "chart-metadata",
  discover(input) {
    return input.wholeCharts.flatMap((chart) => {
      const found = [{ path: path2.join(chart.dir, "Chart.yaml"), kind: "chart-metadata", role: "chart-metadata", chart }];
      const requirements = path2.join(chart.dir, "requirements.yaml");
      if (existsSync(requirements)) found.push({ path: requirements, kind: "chart-metadata", role: "chart-requirements", chart });
      return found;
    });
  },
  async parse(text, limits) {
    return [await parseYamlValues(text, limits)];
  },
  fatalStopsRules: true,
  context: () => ({})
};

// src/file-types/kolla.ts
import { closeSync, openSync, readSync, statSync as statSync2 } from "node:fs";
import path3 from "node:path";
var SNIFF_BYTES = 1024 * 1024;
var SNIFF_DEPTH = 64;
var KOLLA_TOP_KEYS = ["command", "config_files"];
var kollaFileType = {
  kind: "kolla",
  discover(input) {
    const found = [];
    for (const named of input.namedFiles) {
      const isKolla = named.kind === "kolla" || named.kind === void 0 && isKollaName(named.path);
      if (isKolla) found.push({ path: named.path, kind: "kolla", role: "kolla", chart: named.chart });
    }
    return found;
  },
  async parse(text, limits) {
    return [parseJson(text, limits)];
  },
  fatalStopsRules: true,
  context(file) {
    const root = file.documents[0]?.root;
    return { kolla: () => ({ configs: root ? [standaloneConfig(root)] : [], problems: [] }) };
  }
};
function isKollaName(file) {
  if (!file.endsWith(".json")) return false;
  const keys = path3.basename(file) === "config.json" ? [...KOLLA_TOP_KEYS, "permissions"] : KOLLA_TOP_KEYS;
  const head = readHead(file);
  if (head === void 0) return false;
  const root = parseJson(head, { maxNestingDepth: SNIFF_DEPTH }).root;
  if (root) return root.kind === "map" && root.entries.some((entry) => keys.includes(entry.key));
  const first = /^\s*\{\s*"([a-z_]+)"\s*:/.exec(head);
  return first !== null && keys.includes(first[1]);
}
function readHead(file) {
  let fd;
  try {
    if (!statSync2(file).isFile()) return void 0;
    fd = openSync(file, "r");
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const read = readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, read).toString("utf8");
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

// src/tripleo/images.ts
var DEFAULT_NAME_PREFIX = "openstack-";
function collectTripleoImages(file, text) {
  const images = [];
  for (const param of file.params) {
    for (const entry of param.entries) {
      for (const family of FAMILIES) {
        const site = siteOf(file, text, entry, family);
        if (site) images.push(site);
      }
    }
  }
  return { section: void 0, images, pullPolicies: [] };
}
function stringAt(file, entry, key) {
  const node = key && entry.set ? getEntry(entry.set, key)?.value : void 0;
  if (node?.kind !== "scalar") return void 0;
  const py = file.py(node);
  return py.kind === "str" && py.str !== void 0 ? { node, value: py.str } : void 0;
}
function siteOf(file, text, entry, family) {
  const namespace = stringAt(file, entry, family.namespace);
  if (!namespace) return void 0;
  const image = family.image === void 0 ? mainImage(file, entry, family) : stringAt(file, entry, family.image)?.value ?? family.defaultImage;
  const tagNode = entry.set ? getEntry(entry.set, family.tag)?.value : void 0;
  const tagPy = pyOf(file, tagNode);
  const tag = resolvesTagFromLabel(file, entry) || !tagPy?.truthy ? void 0 : tagPy.str;
  const head = `${namespace.value}/${image}`;
  const reference = tag === void 0 ? head : `${head}:${tag}`;
  const parsed = parseNormalizedReference(reference);
  const tagStart = head.length + 1;
  const written = tagNode?.kind === "scalar" ? text.slice(tagNode.span.start, tagNode.span.end) : void 0;
  const numeric = tagNode?.kind === "scalar" && tagNode.style === "plain" && (tagPy?.kind === "int" || tagPy?.kind === "float");
  return {
    reference,
    label: `"${entry.label}.set" (${family.namespace}, ${family.tag})`,
    source: "tripleo-prepare",
    span: namespace.node.span,
    templated: isTemplated(reference),
    buildPlaceholder: buildPlaceholderIn(reference),
    registryFromTemplate: false,
    tagFromTemplate: tag === void 0,
    parsed,
    numericTag: numeric && tag !== void 0 && written !== tag && tagNode?.kind === "scalar" ? { ...tagNode, value: tag } : void 0,
    partSpan(part) {
      const at = parsed.ok ? parsed.ref.spans[part] : null;
      if (!at) return namespace.node.span;
      const [start, end] = at;
      if (end <= namespace.value.length) return scalarSubSpan(text, namespace.node, start, end);
      if (tag !== void 0 && start >= tagStart && tagNode?.kind === "scalar") {
        return tagNode.style === "plain" && written !== tag ? tagNode.span : scalarSubSpan(text, { ...tagNode, value: tag }, start - tagStart, end - tagStart);
      }
      return namespace.node.span;
    }
  };
}
function mainImage(file, entry, family) {
  let prefix = stringAt(file, entry, "name_prefix")?.value ?? DEFAULT_NAME_PREFIX;
  let suffix = stringAt(file, entry, "name_suffix")?.value ?? "";
  if (prefix && !prefix.endsWith("-")) prefix += "-";
  if (suffix && !suffix.startsWith("-")) suffix = `-${suffix}`;
  return `${prefix}${family.defaultImage}${suffix}`;
}

// src/file-types/tripleo.ts
var SNIFF_LIMITS = { maxFileBytes: 1024 * 1024 };
var PARAMETER_DEFAULTS = /^["']?parameter_defaults["']?[ \t]*:/m;
var PREPARE_KEY = /^[ \t]+["']?[A-Za-z0-9]*ContainerImage(?:Prepare|RegistryCredentials)["']?[ \t]*:/m;
function isTripleoText(text) {
  return PARAMETER_DEFAULTS.test(text) && PREPARE_KEY.test(text);
}
var tripleoFileType = {
  kind: "tripleo",
  discover(input) {
    return input.namedFiles.filter(
      (named) => named.kind === "tripleo" || named.kind === void 0 && isTripleoText(readTextOrUndefined(named.path, SNIFF_LIMITS) ?? "")
    ).map((named) => ({ path: named.path, kind: "tripleo", role: "tripleo", chart: named.chart }));
  },
  async parse(text, limits) {
    return [await parseYamlValues(text, limits)];
  },
  fatalStopsRules: true,
  context(file) {
    let tripleo;
    let images;
    const read = () => tripleo ??= readTripleoFile(file.documents[0]?.root, file.text);
    return { tripleo: read, images: () => images ??= collectTripleoImages(read(), file.text) };
  }
};

// src/file-types/patch.ts
import path4 from "node:path";
var patchFileType = {
  kind: "patch",
  discover(input) {
    const found = input.wholeCharts.flatMap(
      (chart) => chartPatchFiles(chart.dir).map((file) => ({ path: file, kind: "patch", role: "patch", chart }))
    );
    for (const named of input.namedFiles) {
      if (path4.extname(named.path) === ".patch") found.push({ path: named.path, kind: "patch", role: "patch", chart: named.chart });
    }
    return found;
  },
  parse: () => Promise.resolve([]),
  fatalStopsRules: false,
  context: () => ({})
};

// src/file-types/values.ts
import { existsSync as existsSync2 } from "node:fs";
import path5 from "node:path";
var VALUES_FILE = "values.yaml";
var valuesFileType = {
  kind: "values",
  discover(input) {
    const found = [];
    for (const chart of input.wholeCharts) {
      const defaults = path5.join(chart.dir, VALUES_FILE);
      if (existsSync2(defaults)) found.push({ path: defaults, kind: "values", role: "defaults", chart });
      const folderName = path5.basename(chart.dir);
      const patterns = input.valuesGlobs.map((glob) => glob.replaceAll("{chart}", folderName));
      for (const file of globFiles(chart.dir, patterns)) {
        if (file !== defaults) found.push({ path: file, kind: "values", role: "override", chart });
      }
    }
    for (const named of input.namedFiles) {
      if (named.kind !== void 0 && named.kind !== "values") continue;
      const isDefaults = named.chart !== void 0 && named.path === path5.join(named.chart.dir, VALUES_FILE);
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
var FILE_TYPES = [
  tripleoFileType,
  kollaFileType,
  patchFileType,
  valuesFileType,
  chartMetadataFileType,
  manifestsFileType
];
function fileTypeOf(kind) {
  const found = FILE_TYPES.find((type) => type.kind === kind);
  if (!found) throw new Error(`no file type "${kind}"`);
  return found;
}

// src/engine/collecting.ts
function collectingConfig(config, rules, ids) {
  if (ids.length === 0) return config;
  const known = new Map(rules.map((rule) => [rule.id, rule]));
  return Object.assign(Object.create(config), {
    settingsFor(file, chart) {
      const settings = new Map(config.settingsFor(file, chart));
      for (const id of ids) {
        const rule = known.get(id);
        const setting = settings.get(id);
        if (rule && (!setting || setting.severity === "off"))
          settings.set(id, { options: setting?.options ?? rule.meta.defaultOptions, severity: "info" });
      }
      return settings;
    }
  });
}

// src/engine/locate.ts
import { createHash } from "node:crypto";
import path6 from "node:path";

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
function scalarSpanAt(file, span) {
  for (const document of file.documents) {
    const root = document.root;
    if (!root || span.start < root.span.start || span.start > root.span.end) continue;
    const node = innermost(root, span.start);
    return node.kind === "scalar" && node.span.start <= span.start && span.end <= node.span.end ? node.span : void 0;
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
function withDocument(file, node, path7) {
  if (file.kind !== "manifests") return path7;
  let root = node;
  while (root.parent) root = root.parent;
  const kind = scalarString(getChild(root, "kind"));
  const name = scalarString(getPath(root, ["metadata", "name"]));
  const object = kind && name ? `${kind}/${name}` : `document ${file.documents.findIndex((d) => d.root === root) + 1}`;
  return path7 ? `${object}:${path7}` : object;
}

// src/engine/locate.ts
function relativePath(cwd, file) {
  if (file === STDIN_PATH) return file;
  return path6.relative(cwd, file).split(path6.sep).join("/");
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
  const value = scalarSpanAt(file, span) ?? span;
  const valueHash = valueHashOf(finding.ruleId, file.text.slice(value.start, value.end));
  if (valueHash) diagnostic.valueHash = valueHash;
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
var MAX_VALUE_LENGTH = 1024;
function valueHashOf(ruleId, text) {
  if (ruleId.startsWith("secrets/") || text.length > MAX_VALUE_LENGTH || /[\r\n]/.test(text)) return void 0;
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
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
  consider(path7, value) {
    if (typeof value !== "string" && typeof value !== "number") return;
    const text = String(value);
    if (text.trim().length < (this.options.minLength ?? 1)) return;
    const byKey = path7.some((segment) => typeof segment === "string" && this.isSensitiveKey(segment));
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
      for (const document of file.documents) forEachLeaf(document.root, (path7, leaf) => built.consider(path7, leaf.value));
      scrubber = built;
    }
    return scrubber;
  };
}
function scrubData(scrubber) {
  return (text) => scrubber().size === 0 ? text : scrubber().scrub(text);
}
function guardText(scrubber) {
  return (text) => scrubber().size === 0 ? text : scrubber().scrub(text, MIN_GUARDED_LENGTH);
}
function scrubFindings(diagnostics, scrubber) {
  if (diagnostics.length === 0 || scrubber().size === 0) return;
  const scrub = guardText(scrubber);
  for (const diagnostic of diagnostics) {
    diagnostic.message = scrub(diagnostic.message);
    for (const related of diagnostic.related ?? []) related.message = scrub(related.message);
    for (const suggestion of diagnostic.suggestions ?? []) suggestion.desc = scrub(suggestion.desc);
    for (const suppression of diagnostic.suppressions ?? [])
      if (suppression.justification !== void 0) suppression.justification = scrub(suppression.justification);
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
  const path7 = descriptor.path ?? (descriptor.at ? void 0 : descriptor.node ? pathOfNode(file, descriptor.node) : pathAtSpan(file, span));
  return {
    ruleId: rule.id,
    severity: descriptor.atMost && RANK[descriptor.atMost] < RANK[severity] ? descriptor.atMost : severity,
    message: message(descriptor.messageId, descriptor.data),
    messageId: descriptor.messageId,
    span,
    at: descriptor.at,
    path: path7 === "" ? void 0 : path7,
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
      const summary = rule.collect(
        Object.assign(base(rule, setting), {
          anchor: (at) => options.anchor ? options.anchor("kind" in at ? at.span : at) : anchorOf(file, at)
        })
      );
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
  const suppressed = applied.suppressed.map(({ finding, by }) => ({ finding: finding.finding, by }));
  if (options.judgeDirectives) {
    suppression = { unused, directives };
    for (const rule of env.rules) if (!isDeploymentRule(rule) && rule.meta.phase === "after-suppressions") run(rule, findings);
  }
  if (dropped.count > 0) findings.push(droppedFinding(env.rules, file, dropped.count, maxFindings, dropped.span));
  return { findings, suppressed, internalErrors, covers: options.judgeDirectives ? covers : [], summaries, scrubber };
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
  const path7 = isNode ? pathOfNode(file, at) : pathAtSpan(file, span);
  return { region: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }, path: path7 || void 0 };
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
  const suppressionOf = (directive) => ({
    kind: directive.kind,
    ...directive.reason !== void 0 ? { justification: directive.reason } : {},
    region: regionOf(file, directive.span)
  });
  const suppressed = run.suppressed.map(({ finding, by }) => ({
    // A suppressed finding offers no edit: nothing is to be fixed where the comment says so.
    ...locate({ ...finding, fix: void 0, suggestions: void 0 }, file, finding.span, finding.at, cwd),
    suppressions: by.map(suppressionOf)
  }));
  scrubFindings(suppressed, run.scrubber);
  redactQuoted(suppressed, env.secrets);
  const guard = guardText(run.scrubber);
  const covers = run.covers.map((cover) => {
    const suppression = suppressionOf(cover.directive);
    if (suppression.justification !== void 0) suppression.justification = guard(suppression.justification);
    return {
      rule: cover.rule,
      fromLine: cover.fromLine,
      toLine: cover.toLine,
      used: cover.used,
      line: suppression.region.line,
      column: suppression.region.column,
      suppression
    };
  });
  return {
    path: file.path,
    diagnostics,
    suppressed,
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
  collectContainerImages,
  manifestPaths,
  STDIN_PATH,
  FILE_TYPES,
  Scrubber,
  collectingConfig,
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
