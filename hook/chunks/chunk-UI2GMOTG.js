import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  defineFact
} from "./chunk-6ZEC5CHF.js";
import {
  listFiles,
  loadChart,
  usesHelmToolkit
} from "./chunk-YWTYFYTE.js";
import {
  readRegularFile,
  readTextFile,
  readTextOrUndefined
} from "./chunk-5IVMD4BG.js";
import {
  REFERENCE,
  describeByValue,
  dottedPath,
  getEntry,
  pathOf,
  scalarSubSpan
} from "./chunk-I66P5KS3.js";

// src/facts/topology.ts
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
var topologyFact = defineFact({
  id: "topology",
  async build(input) {
    const known = await neighbourhood(input.charts);
    const edges = new Map([...known.values()].map((chart) => [chart.dir, resolveEdges(chart, known)]));
    const roles = classify(known, edges);
    const charts = {};
    for (const dir of [...known.keys()].sort()) {
      const chart = known.get(dir);
      charts[dir] = {
        dir,
        name: chart.name,
        role: roles.get(dir) ?? "chart",
        dependencies: edges.get(dir),
        templates: chart.templates,
        switches: switchesOf(chart)
      };
    }
    return { charts };
  }
});
async function neighbourhood(runCharts) {
  const known = new Map(runCharts.map((chart) => [chart.dir, chart]));
  const load = async (dir) => {
    if (known.has(dir)) return known.get(dir);
    if (!existsSync(path.join(dir, "Chart.yaml"))) return void 0;
    const { chart } = await loadChart(dir);
    known.set(dir, chart);
    return chart;
  };
  const withSiblings = /* @__PURE__ */ new Set();
  for (let changed = true; changed; ) {
    changed = false;
    for (const chart of [...known.values()]) {
      for (const dep of chart.dependencies)
        for (const dir of candidateDirs(chart.dir, dep)) if (!known.has(dir) && await load(dir)) changed = true;
      const below = resolvedDirs(chart, known);
      if (below.length >= 2 || below.some((dir) => resolvedDirs(known.get(dir), known).length >= 2)) {
        const parent = path.dirname(chart.dir);
        if (withSiblings.has(parent)) continue;
        withSiblings.add(parent);
        for (const dir of chartFoldersIn(parent)) if (!known.has(dir) && await load(dir)) changed = true;
      }
    }
  }
  return known;
}
function candidateDirs(chartDir, dep) {
  const vendored = path.join(chartDir, "charts", dep.name);
  if (dep.dir) return [dep.dir, vendored];
  return isServedHere(dep.repository) ? [vendored, path.join(path.dirname(chartDir), dep.name)] : [vendored];
}
function resolveEdges(chart, known) {
  return chart.dependencies.map((dep) => {
    const key = dep.alias ?? dep.name;
    const found = candidateDirs(chart.dir, dep).find((dir) => {
      const target = known.get(dir);
      return target !== void 0 && target.dir !== chart.dir && (dir === dep.dir || target.name === dep.name);
    });
    return { name: dep.name, key, dir: found };
  });
}
function resolvedDirs(chart, known) {
  return resolveEdges(chart, known).flatMap((edge) => edge.dir ? [edge.dir] : []);
}
function isServedHere(repository) {
  if (!repository) return false;
  try {
    const host2 = new URL(repository).hostname;
    return host2 === "localhost" || host2 === "127.0.0.1" || host2 === "[::1]";
  } catch {
    return false;
  }
}
function chartFoldersIn(parent) {
  try {
    return readdirSync(parent, { withFileTypes: true }).filter((entry) => entry.isDirectory() && existsSync(path.join(parent, entry.name, "Chart.yaml"))).map((entry) => path.join(parent, entry.name));
  } catch {
    return [];
  }
}
function isInside(dir, parent) {
  const relative = path.relative(parent, dir);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
function membersOf(chart, edges, known) {
  return edges.flatMap((edge, index) => {
    const target = edge.dir ? known.get(edge.dir) : void 0;
    const dependency = chart.dependencies[index];
    if (!target || !dependency || dependency.condition) return [];
    return target.library || target.name === "helm-toolkit" ? [] : [target.dir];
  });
}
function hasOwnTemplates(chart) {
  return chart.templates.some((file) => {
    const base = path.posix.basename(file);
    return !base.startsWith("_") && !base.endsWith(".tpl") && base !== "NOTES.txt";
  });
}
var VALUES_LIMITS = { maxFileBytes: 8 * 1024 * 1024 };
var REGION_PLACEHOLDER = /DEFINED?[-_]IN[-_]REGION/i;
function awaitsRegion(dir) {
  return REGION_PLACEHOLDER.test(readTextOrUndefined(path.join(dir, "values.yaml"), VALUES_LIMITS) ?? "");
}
function classify(known, edges) {
  const depsOf = (dir) => (edges.get(dir) ?? []).flatMap((edge) => edge.dir ? [edge.dir] : []);
  const dependedOn = new Set([...known.keys()].flatMap(depsOf));
  const members = (dir) => membersOf(known.get(dir), edges.get(dir) ?? [], known);
  const gathers = (dir) => members(dir).length >= 2;
  const roles = /* @__PURE__ */ new Map();
  for (const top of [...known.keys()].filter((dir) => !dependedOn.has(dir))) {
    const below = depsOf(top).filter(
      (dir) => !isInside(dir, top) && gathers(dir) && (!hasOwnTemplates(known.get(dir)) || awaitsRegion(dir))
    );
    if (below.length > 0) {
      roles.set(top, "region");
      for (const umbrella of below) roles.set(umbrella, "umbrella");
    } else if (members(top).filter((dep) => !isInside(dep, top)).length >= 2 && !hasOwnTemplates(known.get(top)) && awaitsRegion(top)) {
      roles.set(top, "umbrella");
    }
  }
  return roles;
}
function switchesOf(chart) {
  const paths = chart.dependencies.flatMap((dependency) => [
    [dependency.alias ?? dependency.name, "enabled"],
    ...(dependency.condition ?? []).map((condition) => condition.split(".")),
    ...(dependency.tags ?? []).map((tag2) => ["tags", tag2])
  ]);
  const seen = /* @__PURE__ */ new Set();
  return paths.filter((entry) => {
    const id = JSON.stringify(entry);
    return seen.has(id) ? false : (seen.add(id), true);
  });
}
function isSwitch(topology, chartDir, valuesPath) {
  if (valuesPath.length === 0 || !chartDir || !topology.charts[chartDir]) return false;
  const same = (entry, other) => entry.length === other.length && entry.every((segment, i) => segment === other[i]);
  const tree = closureOf(topology, chartDir);
  if (valuesPath[0] === "tags" && tree.some((chart) => chart.dependencies.length > 0)) return true;
  if (tree.some((chart) => chart.switches.some((entry) => same(entry, valuesPath)))) return true;
  const seen = /* @__PURE__ */ new Set();
  const below = (dir, rest) => {
    const chart = dir ? topology.charts[dir] : void 0;
    if (!chart || seen.has(chart.dir) || rest.length === 0) return false;
    seen.add(chart.dir);
    if (chart.switches.some((entry) => same(entry, rest))) return true;
    const edge = chart.dependencies.find((dependency) => dependency.key === rest[0]);
    return below(edge?.dir, rest.slice(1));
  };
  return below(chartDir, valuesPath);
}
function placementOf(topology, file) {
  if (file.role !== "defaults" && file.role !== "override" && file.role !== "extra") return "chart";
  if (file.region) return "region";
  return file.chart ? topology.charts[file.chart.dir]?.role ?? "chart" : "chart";
}
function closureOf(topology, dir) {
  const seen = /* @__PURE__ */ new Map();
  const visit = (at) => {
    const chart = topology.charts[at];
    if (!chart || seen.has(at)) return;
    seen.set(at, chart);
    for (const edge of chart.dependencies) if (edge.dir) visit(edge.dir);
  };
  visit(dir);
  return [...seen.values()];
}
function umbrellasOf(topology, regionDir) {
  const region = regionDir ? topology.charts[regionDir] : void 0;
  return (region?.dependencies ?? []).flatMap((edge) => {
    const chart = edge.dir ? topology.charts[edge.dir] : void 0;
    return chart?.role === "umbrella" ? [{ key: edge.key, chart }] : [];
  });
}

// src/render/cache.ts
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, statSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import path2 from "node:path";
function defaultCacheDir(env) {
  if (env.CHARTLINT_CACHE_DIR) return env.CHARTLINT_CACHE_DIR;
  return path2.join(env.XDG_CACHE_HOME || path2.join(homedir(), ".cache"), "chartlint");
}
var PRIVATE_DIR_MODE = 448;
var PRIVATE_FILE_MODE = 384;
function privateDir(dir) {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const info = statSync(dir);
  if ((info.mode & 63) !== 0 && (process.getuid === void 0 || info.uid === process.getuid())) chmodSync(dir, PRIVATE_DIR_MODE);
}
var FolderDigests = class {
  constructor(maxFileBytes) {
    this.maxFileBytes = maxFileBytes;
  }
  maxFileBytes;
  digests = /* @__PURE__ */ new Map();
  of(dir) {
    let digest = this.digests.get(dir);
    if (digest === void 0) {
      const hash = createHash("sha256");
      for (const file of listFiles(dir)) {
        field(hash, "file", file);
        field(hash, "content", contentOf(path2.join(dir, file), this.maxFileBytes));
      }
      digest = hash.digest("hex");
      this.digests.set(dir, digest);
    }
    return digest;
  }
};
function field(hash, name, value) {
  hash.update(`${name}\0${typeof value === "string" ? value.length : value.byteLength}\0`);
  hash.update(value);
}
function renderKey(identity, folders = new FolderDigests(identity.maxFileBytes)) {
  const hash = createHash("sha256");
  field(hash, "chartlint", identity.version);
  const helm = statSync(identity.helm);
  field(hash, "helm", `${identity.helm}\0${helm.size}\0${helm.mtimeMs}`);
  for (const arg of identity.args) field(hash, "arg", arg);
  for (const dir of identity.chartDirs) {
    field(hash, "chart", dir);
    field(hash, "digest", folders.of(dir));
  }
  for (const file of identity.valuesFiles) {
    field(hash, "values", file);
    field(hash, "content", contentOf(file, identity.maxFileBytes));
  }
  return hash.digest("hex");
}
function contentOf(file, maxFileBytes) {
  const read = readRegularFile(file, { maxFileBytes });
  if (read.ok) return read.bytes;
  try {
    const info = statSync(file);
    return `unread\0${read.code}\0${info.size}\0${info.mtimeMs}`;
  } catch {
    return `unread\0${read.code}`;
  }
}
var FAILURE_CAUSES = ["unfetched-dependencies", "values-required"];
var RenderCache = class {
  /** `maxBytes`: a cached render larger than helm may print (limits.maxRenderBytes) is not read back. */
  constructor(dir, maxBytes = 64 * 1024 * 1024) {
    this.dir = dir;
    this.maxBytes = maxBytes;
  }
  dir;
  maxBytes;
  file(key, kind = "yaml") {
    return path2.join(this.dir, "renders", `${key}.${kind}`);
  }
  async get(key) {
    const read = readTextFile(this.file(key), { maxFileBytes: this.maxBytes });
    return read.ok ? { path: this.file(key), text: read.text } : void 0;
  }
  async put(key, text) {
    return this.write(this.file(key), text);
  }
  /** A failure cached under the render's key: a warm run does not run helm again for a chart that failed. */
  getFailure(key) {
    const read = readTextFile(this.file(key, "failed.json"), { maxFileBytes: 1024 * 1024 });
    if (!read.ok) return void 0;
    try {
      const data = JSON.parse(read.text);
      if (typeof data.message !== "string") return void 0;
      const at = data.at;
      const valid = at && typeof at.path === "string" && Number.isInteger(at.line) && Number.isInteger(at.column);
      const span = data.span && Number.isInteger(data.span.start) && Number.isInteger(data.span.end) ? data.span : void 0;
      const at2 = valid ? { path: at.path, line: at.line, column: at.column } : void 0;
      const cause = FAILURE_CAUSES.find((known) => known === data.cause);
      return { message: data.message, at: at2, span, ...cause ? { cause } : {} };
    } catch {
      return void 0;
    }
  }
  async putFailure(key, failure) {
    await this.write(
      this.file(key, "failed.json"),
      JSON.stringify({ message: failure.message, at: failure.at, span: failure.span, cause: failure.cause })
    );
  }
  async write(target, text) {
    privateDir(path2.dirname(target));
    const partial = `${target}.${process.pid}.partial`;
    await writeFile(partial, text, { mode: PRIVATE_FILE_MODE });
    await rename(partial, target);
    return target;
  }
};

// src/images/reference.ts
var optional = (...res) => `(?:${res.join("")})?`;
var anyTimes = (...res) => `(?:${res.join("")})*`;
var capture = (...res) => `(${res.join("")})`;
var anchored = (...res) => `^${res.join("")}$`;
var alphanumeric = "[a-z0-9]+";
var separator = "(?:[._]|__|[-]+)";
var domainNameComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var optionalPort = "(?::[0-9]+)?";
var tag = String.raw`[\w][\w.-]{0,127}`;
var digestPat = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}";
var identifier = "([a-f0-9]{64})";
var ipv6address = String.raw`\[(?:[a-fA-F0-9:]+)\]`;
var domainName = domainNameComponent + anyTimes(String.raw`\.`, domainNameComponent);
var host = `(?:${domainName}|${ipv6address})`;
var domainAndPort = host + optionalPort;
var pathComponent = alphanumeric + anyTimes(separator, alphanumeric);
var remoteName = pathComponent + anyTimes("/", pathComponent);
var namePat = optional(domainAndPort, "/") + remoteName;
var referenceRegexp = new RegExp(anchored(capture(namePat), optional(":", capture(tag)), optional("@", capture(digestPat))));
var anchoredNameRegexp = new RegExp(anchored(optional(capture(domainAndPort), "/"), capture(remoteName)));
var anchoredIdentifierRegexp = new RegExp(anchored(identifier));
var goDigestRegexp = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
var encodedRegexps = /* @__PURE__ */ new Map([
  ["sha256", /^[a-f0-9]{64}$/],
  ["sha384", /^[a-f0-9]{96}$/],
  ["sha512", /^[a-f0-9]{128}$/]
]);
var KUBELET_DIGEST_ALGORITHMS = ["sha256", "sha384", "sha512"];
var REPOSITORY_NAME_MAX_LENGTH = 255;
var DEFAULT_DOMAIN = "docker.io";
var LEGACY_DEFAULT_DOMAIN = "index.docker.io";
var OFFICIAL_REPO_PREFIX = "library/";
var MESSAGES = {
  NameEmpty: "repository name must have at least one component",
  ReferenceInvalidFormat: "invalid reference format",
  NameContainsUppercase: "repository name must be lowercase",
  NameTooLong: `repository name must not be more than ${REPOSITORY_NAME_MAX_LENGTH} characters`,
  DigestInvalidFormat: "invalid checksum digest format",
  DigestUnsupported: "unsupported digest algorithm"
};
var fail = (error, message) => ({ ok: false, error, message });
var failWith = (error) => fail(error, MESSAGES[error]);
var goToLower = (s) => s.replaceAll("\u0130", "i").toLowerCase();
function validateDigest(digest, algorithms) {
  const algorithm = digest.slice(0, digest.indexOf(":"));
  const encoded = encodedRegexps.get(algorithm);
  if (encoded === void 0 || !algorithms.includes(algorithm)) {
    return failWith(goDigestRegexp.test(digest) ? "DigestUnsupported" : "DigestInvalidFormat");
  }
  return encoded.test(digest.slice(algorithm.length + 1)) ? null : failWith("DigestInvalidFormat");
}
function parseRaw(s, algorithms) {
  if (s === "") return failWith("NameEmpty");
  const match = referenceRegexp.exec(s);
  if (match === null) {
    const lowered = goToLower(s);
    return failWith(lowered !== s && referenceRegexp.test(lowered) ? "NameContainsUppercase" : "ReferenceInvalidFormat");
  }
  const [, name = "", matchedTag, matchedDigest] = match;
  const nameMatch = anchoredNameRegexp.exec(name);
  const domain = nameMatch?.[1] ?? "";
  const path4 = nameMatch?.[2] ?? name;
  if (path4.length > REPOSITORY_NAME_MAX_LENGTH) return failWith("NameTooLong");
  if (matchedDigest !== void 0) {
    const digestError = validateDigest(matchedDigest, algorithms);
    if (digestError !== null) return digestError;
  }
  return { domain, path: path4, tag: matchedTag ?? null, digest: matchedDigest ?? null };
}
function spansOf(ref, length) {
  const pathStart = ref.domain === "" ? 0 : ref.domain.length + 1;
  const pathEnd = pathStart + ref.path.length;
  return {
    domain: ref.domain === "" ? null : [0, ref.domain.length],
    path: [pathStart, pathEnd],
    tag: ref.tag === null ? null : [pathEnd + 1, pathEnd + 1 + ref.tag.length],
    digest: ref.digest === null ? null : [length - ref.digest.length, length]
  };
}
function registryHostEnd(input) {
  const slash = input.indexOf("/");
  if (slash === -1) return -1;
  const first = input.slice(0, slash);
  const isHost = first === "localhost" || first.includes(".") || first.includes(":") || goToLower(first) !== first;
  return isHost ? slash : -1;
}
function namesRegistryHost(input) {
  const slash = input.indexOf("/");
  if (slash === -1) return false;
  const first = input.slice(0, slash);
  return first === "localhost" || first.includes(".") || first.includes(":");
}
function parseNormalizedReference(input, options) {
  if (anchoredIdentifierRegexp.test(input)) {
    return fail("Identifier64Hex", `invalid repository name (${input}), cannot specify 64-byte hexadecimal strings`);
  }
  const hostEnd = registryHostEnd(input);
  const restStart = hostEnd + 1;
  const rest = input.slice(restStart);
  const writtenDomain = input.slice(0, Math.max(hostEnd, 0));
  const domain = hostEnd === -1 || writtenDomain === LEGACY_DEFAULT_DOMAIN ? DEFAULT_DOMAIN : writtenDomain;
  const remainder = domain === DEFAULT_DOMAIN && !rest.includes("/") ? OFFICIAL_REPO_PREFIX + rest : rest;
  const tagSep = remainder.indexOf(":");
  const remote = tagSep === -1 ? remainder : remainder.slice(0, tagSep);
  if (goToLower(remote) !== remote) {
    return fail("RemoteNotLowercase", `invalid reference format: repository name (${remote}) must be lowercase`);
  }
  const normalized = `${domain}/${remainder}`;
  const ref = parseRaw(normalized, options?.digestAlgorithms ?? KUBELET_DIGEST_ALGORITHMS);
  if ("ok" in ref) return ref;
  const shift = restStart - (normalized.length - rest.length);
  const spans = spansOf(ref, normalized.length);
  const moved = (span) => span === null ? null : [span[0] + shift, span[1] + shift];
  const explicitDomain = hostEnd !== -1;
  const domainParsed = ref.domain !== "";
  return {
    ok: true,
    ref: {
      ...ref,
      explicitDomain,
      spans: {
        domain: explicitDomain && domainParsed ? [0, hostEnd] : null,
        path: [domainParsed ? restStart : 0, spans.path[1] + shift],
        tag: moved(spans.tag),
        digest: moved(spans.digest)
      }
    }
  };
}

// src/images/values-images.ts
import { readdirSync as readdirSync2 } from "node:fs";
import path3 from "node:path";

// src/images/site.ts
var BUILD_PLACEHOLDER = /@[A-Za-z_][A-Za-z0-9_]*@/;
function buildPlaceholderIn(value) {
  return BUILD_PLACEHOLDER.exec(value)?.[0];
}
function isTemplated(value) {
  return value.includes("{{") || value.includes("${") || BUILD_PLACEHOLDER.test(value);
}

// src/images/values-images.ts
var NOT_POD_SPECS = /* @__PURE__ */ new Set(["conf"]);
var SECTION_SETTINGS = /* @__PURE__ */ new Set(["pull_policy", "pullPolicy", "local_registry", "tags"]);
var SIBLING_TAG_KEYS = ["tag", "imageTag"];
var VERSION_KEYS = ["version", "imageVersion"];
function imagesContextOf(file) {
  const chart = file.chart;
  return {
    text: file.text,
    appVersion: chart?.appVersion,
    helmToolkit: chart ? usesHelmToolkit(chart) : void 0,
    dependencyKeys: chart ? dependencyKeysOf(chart) : void 0
  };
}
var PACKAGED_CHART = /^(.+?)-v?\d[^/]*\.tgz$/;
function dependencyKeysOf(chart) {
  const keys = /* @__PURE__ */ new Set();
  for (const dependency of chart.dependencies) keys.add(dependency.alias ?? dependency.name);
  try {
    for (const entry of readdirSync2(path3.join(chart.dir, "charts"), { withFileTypes: true })) {
      if (entry.isDirectory()) keys.add(entry.name);
      const packaged = entry.isFile() ? PACKAGED_CHART.exec(entry.name) : null;
      if (packaged) keys.add(packaged[1]);
    }
  } catch {
  }
  return keys;
}
function collectImages(root, context) {
  const index = { section: void 0, images: [], pullPolicies: [] };
  if (root?.kind !== "map") return index;
  const imagesEntry = getEntry(root, "images");
  const sectionEntry = imagesEntry?.value.kind === "map" && isImagesSection(imagesEntry.value, context) ? imagesEntry : void 0;
  if (sectionEntry) index.section = readSection(sectionEntry, index, context);
  walk(root, index, context, sectionEntry?.value);
  return index;
}
function isImagesSection(images, context) {
  return getEntry(images, "tags")?.value.kind === "map" || getEntry(images, "pull_policy") !== void 0 || context.helmToolkit === true;
}
function definesGlobalRegistry(root) {
  if (root?.kind !== "map") return false;
  const global = getEntry(root, "global")?.value;
  if (global?.kind !== "map") return false;
  const isRegistry = (entry) => /registry$/i.test(entry.key) && entry.value.kind === "scalar" && typeof entry.value.value === "string" && entry.value.value.trim() !== "";
  return global.entries.some((entry) => isRegistry(entry) || entry.value.kind === "map" && entry.value.entries.some(isRegistry));
}
function readSection(images, index, context) {
  const map = images.value;
  const tags = getEntry(map, "tags");
  const layout = tags?.value.kind === "map" ? "tags" : "flat";
  const holder = layout === "tags" ? tags : images;
  const imageKeys = /* @__PURE__ */ new Map();
  for (const entry of holder.value.entries) {
    if (layout === "flat" && SECTION_SETTINGS.has(entry.key)) continue;
    if (entry.value.kind !== "scalar") continue;
    imageKeys.set(entry.key, entry);
    const site = stringSite(entry, "images-section", context);
    if (site) index.images.push(site);
  }
  const pullPolicy = getEntry(map, "pull_policy");
  if (pullPolicy) index.pullPolicies.push({ key: dottedPath(pathOf(pullPolicy.value)), node: pullPolicy.value, source: "images-section" });
  return { layout, holder, imageKeys, pullPolicy, misspeltPullPolicy: getEntry(map, "pullPolicy"), images };
}
function walk(node, index, context, skip) {
  if (node === skip) return;
  if (node.kind === "seq") {
    for (const item of node.items) walk(item, index, context, skip);
    return;
  }
  if (node.kind !== "map") return;
  const siblings = siblingObject(node);
  for (const entry of node.entries) {
    if (node.parent === void 0 && NOT_POD_SPECS.has(entry.key)) continue;
    if (entry.key === "image" && entry.value.kind === "scalar") {
      const site = siblings ? objectSite(entry, siblings, context) : stringSite(entry, "image-string", context, versionBeside(node));
      if (site && site.reference !== "") index.images.push(site);
      const policy = getEntry(node, "pullPolicy") ?? getEntry(node, "imagePullPolicy");
      if (policy) pushPolicy(index, policy, "image-string", site?.reference);
      continue;
    }
    if (entry.key === "imagePullPolicy" || entry.key === "pullPolicy" && node.parent === void 0) {
      pushPolicy(index, entry, "image-string", void 0);
      continue;
    }
    if (entry.value.kind === "map" && isImageObjectKey(entry, node) && readObject(entry, index, context)) continue;
    walk(entry.value, index, context, skip);
  }
}
function pushPolicy(index, entry, source, image) {
  if (index.pullPolicies.some((known) => known.node === entry.value)) return;
  if (entry.value.kind !== "scalar" && source !== "image-object") return;
  index.pullPolicies.push({ key: dottedPath(pathOf(entry.value)), node: entry.value, source, image });
}
function isImageObjectKey(entry, parent) {
  if (entry.key === "image" || entry.key === "images" || /Image$/.test(entry.key)) return true;
  const holder = parent.parent;
  if (holder?.kind === "map" && holder.entries.some((e) => e.value === parent && e.key === "images")) return true;
  const map = entry.value;
  return getEntry(map, "repository") !== void 0 && getEntry(map, "tag") !== void 0 && IMAGE_MARKS.some((key) => getEntry(map, key) !== void 0);
}
var IMAGE_MARKS = ["registry", "digest", "pullPolicy", "imagePullPolicy", "pullSecrets"];
function siblingObject(map) {
  const tag2 = SIBLING_TAG_KEYS.map((key) => scalarEntry(map, key)).find((node) => node !== void 0);
  const digest = scalarEntry(map, "digest");
  if (!tag2 && !digest) return void 0;
  return { map, registry: scalarEntry(map, "registry"), tag: tag2, digest };
}
function versionBeside(map) {
  return VERSION_KEYS.some((key) => getEntry(map, key) !== void 0);
}
function isNotAReference(value) {
  return value.includes("://") || /\s/.test(value.trim());
}
function stringSite(entry, source, context, tagBeside = false) {
  const node = entry.value;
  if (typeof node.value === "boolean") return void 0;
  if (source !== "images-section" && (node.value === null || node.value === "")) return void 0;
  const reference = node.value === null ? "" : String(node.value);
  if (source !== "images-section" && !isTemplated(reference) && isNotAReference(reference)) return void 0;
  const parsed = parseNormalizedReference(reference);
  const span = node.value === null ? entry.keySpan : node.span;
  const dependency = source !== "images-section" && underDependency(node, context);
  return {
    reference,
    label: `"${dottedPath(pathOf(node))}"`,
    valuesPath: templatePath(node),
    source,
    span,
    templated: isTemplated(reference),
    buildPlaceholder: buildPlaceholderIn(reference),
    registryFromTemplate: dependency,
    tagFromTemplate: (dependency || tagBeside) && parsed.ok && parsed.ref.tag === null && parsed.ref.digest === null,
    parsed,
    numericTag: void 0,
    partSpan(part) {
      if (!parsed.ok) return span;
      const at = parsed.ref.spans[part];
      return at ? scalarSubSpan(context.text, node, at[0], at[1]) : span;
    }
  };
}
function underDependency(node, context) {
  const first = pathOf(node)[0];
  return typeof first === "string" && context.dependencyKeys?.has(first) === true;
}
function readObject(entry, index, context) {
  const map = entry.value;
  const repository = scalarEntry(map, "repository") ?? scalarEntry(map, "image");
  if (!repository || typeof repository.value !== "string") return false;
  if (repository.value !== "" && !isTemplated(repository.value) && isNotAReference(repository.value)) return false;
  let site;
  if (repository.value !== "") {
    const sha = scalarEntry(map, "digest") ? void 0 : scalarEntry(map, "sha");
    const parts = {
      map,
      registry: scalarEntry(map, "registry"),
      repository,
      tag: scalarEntry(map, "tag") ?? scalarEntry(map, "imageTag"),
      digest: scalarEntry(map, "digest") ?? sha,
      bareDigest: sha !== void 0
    };
    site = objectSite(entry, parts, context);
    if (site) index.images.push(site);
  }
  const pullPolicy = getEntry(map, "pullPolicy") ?? getEntry(map, "imagePullPolicy");
  if (pullPolicy) pushPolicy(index, pullPolicy, "image-object", site?.reference);
  return true;
}
function objectSite(entry, parts, context) {
  const repository = parts.repository ?? entry.value;
  const { registry, tag: tag2, digest } = parts;
  const text = (node) => node && node.value !== null ? String(node.value) : "";
  if (text(repository) === "" || isNotAReference(text(repository))) return void 0;
  let reference = text(registry) ? `${text(registry).replace(/\/+$/, "")}/${text(repository)}` : text(repository);
  const written = parseNormalizedReference(reference);
  const holdsTag = written.ok && written.ref.tag !== null;
  const holdsDigest = written.ok && written.ref.digest !== null;
  let digestText = text(digest);
  if (digestText && parts.bareDigest && !digestText.includes(":")) digestText = `sha256:${digestText}`;
  if ((holdsTag || holdsDigest) && text(tag2) || holdsDigest && digestText) return void 0;
  const dependency = underDependency(repository, context);
  const tagFromTemplate = !holdsTag && !holdsDigest && text(tag2) === "" && digestText === "";
  if (text(tag2) && !holdsTag && !holdsDigest) reference += `:${text(tag2)}`;
  if (digestText) reference += `@${digestText}`;
  const partNodes = { domain: registry, path: repository, tag: tag2, digest };
  const span = parts.repository ? entry.keySpan : repository.span;
  return {
    reference,
    label: `"${dottedPath(pathOf(parts.repository ? parts.map : repository))}"`,
    valuesPath: templatePath(parts.repository ? parts.map : repository),
    source: "image-object",
    span,
    templated: isTemplated(reference),
    buildPlaceholder: buildPlaceholderIn(reference),
    // A registry key of the object's own, even empty, says the templates join one in; under a dependency's
    // key, the dependency's own registry default does.
    registryFromTemplate: registry !== void 0 || dependency,
    tagFromTemplate,
    parsed: parseNormalizedReference(reference),
    numericTag: tag2 && typeof tag2.value === "number" ? tag2 : void 0,
    partSpan(part) {
      if (holdsTag && (part === "tag" || part === "digest")) return repository.span;
      return (partNodes[part] ?? (part === "domain" ? repository : void 0))?.span ?? span;
    }
  };
}
function templatePath(node) {
  const segments = pathOf(node);
  return segments.every((segment) => typeof segment === "string") ? segments.join(".") : void 0;
}
function scalarEntry(map, key) {
  const value = getEntry(map, key)?.value;
  return value?.kind === "scalar" ? value : void 0;
}

// src/secrets/names.ts
var OBJECT_NAME = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
var KEY_NAME = /^[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*$/;
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
var FILE_NAME = /^[A-Za-z0-9][\w.-]*\.(?:json|ya?ml|toml|ini|conf|cfg|properties|env|txt|xml|crt|cert|cer|pem|key|p12|pfx|jks|keystore|p8)$/i;
var KEY_NAME_WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pass",
  "secret",
  "key",
  "token",
  "credentials",
  "credential",
  "creds",
  "auth",
  "admin",
  "root",
  "user",
  "username",
  "access",
  "private",
  "public",
  "api",
  "client",
  "tls",
  "ca",
  "crt",
  "cert",
  "certificate",
  "keystore",
  "truststore",
  "jwt",
  "id",
  "db",
  "database",
  "redis",
  "postgres",
  "postgresql",
  "mysql",
  "mariadb",
  "replication",
  "sentinel",
  "account",
  "service",
  "sa"
]);
var SECRET_VALUE_QUALIFIERS = /* @__PURE__ */ new Set([
  "client",
  "cookie",
  "shared",
  "jwt",
  "hmac",
  "session",
  "webhook",
  "signing",
  "app",
  "api",
  "consumer",
  "oauth",
  "oidc",
  "encryption",
  "metadata",
  "master",
  "http",
  "csrf"
]);
function isObjectNameShaped(text, separated = true) {
  return text.length <= 253 && OBJECT_NAME.test(text) && (!separated || /[-.]/.test(text)) && isWordy(text);
}
function isFileName(text) {
  return FILE_NAME.test(text);
}
function isKeyNameShaped(text) {
  if (text.length > 63) return false;
  if (FILE_NAME.test(text)) return true;
  if (/^[A-Z]+(?:_(?:[A-Z]+|\d+))+$/.test(text) && /[A-Z]{2,}/.test(text)) return true;
  return KEY_NAME.test(text) && isWordy(text);
}
function isWordy(text) {
  if (UUID.test(text) || /^[0-9a-f]{16,}$/.test(text.replace(/[-.]/g, ""))) return false;
  const parts = text.split(/[-_.]/);
  return parts.some((part) => /^[a-z]{2,}$/.test(part)) && parts.every((part) => /^[a-z]+$/.test(part) || /^\d+$/.test(part));
}
function nameClassOf(words2) {
  const last = words2.at(-1);
  const existing = words2.includes("existing");
  if (last === "secret") {
    if (existing) return "object";
    const before = words2.at(-2);
    return before !== void 0 && !SECRET_VALUE_QUALIFIERS.has(before) ? "object" : void 0;
  }
  if (last === "key" && words2.length >= 3) {
    if (existing) return "key";
    const before = words2.at(-3);
    if (words2.at(-2) === "secret" && KEY_NAME_WORDS.has(before)) return "key";
  }
  return void 0;
}

// src/secrets/placeholders.ts
var DEFINED_IN = /^DEFINED?[-_]IN[-_][A-Z0-9]+(?:[-_][A-Z0-9]+)*$/i;
var DEFINED_IN_WITHIN = /(?<![A-Za-z0-9_-])DEFINED?[-_]IN[-_][A-Z0-9]+(?:[-_][A-Z0-9]+)*(?![A-Za-z0-9_-])/;
var CHANGE_ME = /^(?:CHANGE[-_.]?ME|change[-_.]me)(?:[-_.][a-z0-9]+)*[!.]*$/i;
var CHANGE_ME_CAPITALS = /^CHANGE[-_.]?ME/;
var OTHER_ME = /^(?:(?:REPLACE|SET|OVERRIDE|FILL|INSERT|UPDATE)[-_.]?ME(?:[-_.]IN)?|(?:replace|set|override|fill|insert|update)[-_.]me(?:[-_.]in)?)$/i;
var INSERT = /^insert[-_][a-z]+(?:[-_][a-z]+)*$/i;
var MASK = /^\*{3,}$/;
var XS = /^(?:x{3,}[-_.]?)+$/i;
var ANGLE = /^<[^<>]+>$/;
var NOTE = /^(?:TODO|TBD|FIXME)$/;
var YOURS = /^(?:your|Your|YOUR)(?:[-_.]?[A-Z]|[-_.][a-z0-9])[A-Za-z0-9]*(?:[-_.]?[A-Za-z0-9]+)*[!.]*$/;
var HERE = /^[a-z]+(?:[-_][a-z]+)*[-_]here[!.]*$/i;
var YOUR_PHRASE = /^[a-z]+(?: [a-z]+)* your(?: [a-z]+)+[!.]*$/i;
function isPlaceholderShape(text) {
  const value = text.trim();
  return isMarkerShape(value) || YOURS.test(value) || HERE.test(value) || INSERT.test(value) || /^[a-z]+(?: [a-z]+)* here[!.]*$/i.test(value) || YOUR_PHRASE.test(value);
}
function isMarkerShape(value) {
  const changeMe = CHANGE_ME.test(value) && (CHANGE_ME_CAPITALS.test(value) || /^change[-_.]me/i.test(value));
  return DEFINED_IN.test(value) || changeMe || NOTE.test(value) || OTHER_ME.test(value) || MASK.test(value) || XS.test(value) || ANGLE.test(value) || /^Your[A-Z][a-z]+[A-Z]/.test(value) || HERE.test(value) && value.split(/[-_]/).length >= 3;
}
function placeholderWithin(text) {
  const value = text.trim();
  if (isMarkerShape(value)) return value;
  return DEFINED_IN_WITHIN.exec(text)?.[0];
}
var SELF_SUFFIXES = ["value", "here"];
var SELF_PREFIXES = ["base64", "encoded", "example", "sample", "dummy", "fake", "your"];
function spellsItsKey(key, text) {
  const keyText = words(key).join("");
  let value = words(text).join("");
  let added = false;
  for (let again = true; again; ) {
    again = false;
    for (const prefix of SELF_PREFIXES) {
      if (value.startsWith(prefix) && value.length > prefix.length) {
        value = value.slice(prefix.length);
        added = again = true;
      }
    }
    for (const suffix of SELF_SUFFIXES) {
      if (value.endsWith(suffix) && value.length > suffix.length && value !== keyText) {
        value = value.slice(0, -suffix.length);
        added = again = true;
      }
    }
  }
  return keyText !== "" && value === keyText && (added || words(key).length >= 2);
}
function words(text) {
  return text.trim().replace(/([a-z0-9])([A-Z])/g, "$1_$2").split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word.toLowerCase());
}

// src/secrets/public-material.ts
var PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
var PUBLIC_LABELS = /^(?:(?:TRUSTED |X509 )?CERTIFICATE|(?:RSA |EC |DSA |SSH2 )?PUBLIC KEY|(?:NEW )?CERTIFICATE REQUEST|X509 CRL|PGP PUBLIC KEY BLOCK)$/;
var SSH_PUBLIC_KEY = /^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3}(?: [^\r\n]*)?$/;
function isPublicMaterial(text) {
  const value = text.trim();
  if (value.startsWith("-----BEGIN ")) {
    let blocks = 0;
    let rest = value;
    for (const match of value.matchAll(PEM_BLOCK)) {
      const body = match[2].replace(/^[A-Za-z-]+:.*$/gm, "").trim();
      if (body !== "" && !PUBLIC_LABELS.test(match[1])) return false;
      blocks++;
      rest = rest.replace(match[0], "");
    }
    return blocks > 0 && rest.trim() === "";
  }
  const lines = value.split(/\r?\n/).filter((line) => line.trim() !== "");
  return lines.length > 0 && lines.every((line) => SSH_PUBLIC_KEY.test(line.trim()));
}

// src/secrets/classify.ts
var DEFAULT_PLACEHOLDERS = [
  "DEFINED-IN-REGION-CHART",
  "DEFINE-IN-REGION-CHART",
  "DEFINE_IN_REGION_CHART",
  "DEFINED-IN-REGION-SECRETS",
  "REQUIRED"
];
var EMPTY_WORDS = /* @__PURE__ */ new Set(["null", "none", "nil", "~"]);
var DEFAULT_KNOWN_DEFAULTS = [
  "password",
  "changeme",
  "secret",
  "admin",
  "root",
  "test",
  "testpass",
  "supersecret",
  "openstack",
  "default",
  "passw0rd",
  "letmein",
  // Java's keystore and truststore default, Harbor's admin default, kube-prometheus-stack's Grafana default.
  "changeit",
  "harbor12345",
  "prom-operator"
];
var DEFAULT_SECRET_SETTINGS = { keys: [], ignoreKeys: [], placeholders: [], knownDefaults: [] };
var SENSITIVE_WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pass",
  "passphrase",
  "passcode",
  "pwd",
  "pw",
  "secret",
  "token",
  "credential",
  "credentials",
  "cookie",
  "apikey",
  "privatekey",
  "tmpurlkey",
  "tempurl",
  "dsn",
  "kek"
]);
var SENSITIVE_PAIRS = /* @__PURE__ */ new Set([
  "private_key",
  "api_key",
  "secret_key",
  "rndc_key",
  "tsig_key",
  "auth_key",
  "encryption_key",
  "fernet_keys",
  "fernet_key",
  "signing_key"
]);
var PUBLIC_NAMES = /* @__PURE__ */ new Set(["initial_cluster_token"]);
var VENDOR_NAMES = /* @__PURE__ */ new Set(["pgpassword", "mysql_pwd", "oci_cli_key_content", "rediscli_auth"]);
var ABOUT_A_SECRET = /* @__PURE__ */ new Set([
  "name",
  "names",
  "namespace",
  "ns",
  "ref",
  "path",
  "file",
  "dir",
  "mount",
  "volume",
  "type",
  "provider",
  "store",
  "backend",
  "enabled",
  "version",
  "id",
  "uuid",
  "uid",
  "arn",
  "prefix",
  "suffix",
  "label",
  "selector",
  "format",
  "length",
  "size",
  "interval",
  "ttl",
  "timeout",
  "period",
  "count",
  "class",
  "mounts",
  "annotations",
  "labels",
  "create",
  "items",
  "template",
  "kind"
]);
function isVendorSecretName(words2) {
  const last = words2.at(-1) ?? "";
  if (VENDOR_NAMES.has(words2.join("_")) || words2.slice(-3).join("_") === "secret_access_key") return true;
  if (words2[0] === "azure" && words2.length > 1 && last === "key") return true;
  return words2[0] === "secret" && words2.length > 1 && !ABOUT_A_SECRET.has(last);
}
var ENCODING_WORDS = /* @__PURE__ */ new Set(["value", "b64", "base64", "encoded", "plain", "raw", "literal", "data"]);
var SWITCH_WORDS = /* @__PURE__ */ new Set(["true", "false", "yes", "no", "on", "off", "none", "null", "~", "0", "1"]);
var NOT_SECRET_ROOTS = /* @__PURE__ */ new Set(["secrets", "images", "labels"]);
var PUBLIC_IN_A_SECRET = /* @__PURE__ */ new Set([
  "user",
  "username",
  "usr",
  "login",
  "database",
  "db",
  "dbname",
  "schema",
  "host",
  "hostname",
  "hosts",
  "port",
  "name",
  "email",
  "mail",
  "url",
  "uri",
  "endpoint",
  "address",
  "addr",
  "server",
  "region",
  "bucket",
  "namespace",
  "path",
  "id",
  "issuer",
  "domain",
  "scheme",
  "protocol",
  "realm",
  "tenant",
  "project",
  "cluster",
  "type",
  "mode",
  "version",
  "method",
  "sender",
  "from",
  "prefix",
  "suffix",
  "bind",
  "dn",
  "audience",
  "scope",
  "scopes",
  "group",
  "provider",
  "zone",
  "location",
  "account",
  "subscription",
  "organization",
  "org",
  "team",
  "owner",
  "role",
  "algorithm",
  "format"
]);
var MIN_REDACTED_LENGTH = 8;
var SecretClassifier = class {
  extraKeys;
  ignoredKeys;
  placeholders;
  knownDefaults;
  /** Every value judged sensitive in this run, for scrubbing output. */
  seen = /* @__PURE__ */ new Set();
  /** Key names repeat across files: judge each once. */
  keyVerdicts = /* @__PURE__ */ new Map();
  constructor(settings = DEFAULT_SECRET_SETTINGS) {
    this.extraKeys = settings.keys.map(compileKeyGlob);
    this.ignoredKeys = settings.ignoreKeys.map(compileKeyGlob);
    this.placeholders = /* @__PURE__ */ new Set([...DEFAULT_PLACEHOLDERS, ...settings.placeholders]);
    this.knownDefaults = new Set([...DEFAULT_KNOWN_DEFAULTS, ...settings.knownDefaults].map((v) => v.toLowerCase()));
  }
  /** A value that says "the region sets this": empty, null, or a placeholder marker. */
  isPlaceholder(value) {
    if (value === null || value === void 0 || value === "") return true;
    if (typeof value === "string" && EMPTY_WORDS.has(value.trim().toLowerCase())) return true;
    return typeof value === "string" && (this.placeholders.has(value.trim()) || isPlaceholderShape(value));
  }
  /** Not a secret whatever its key: a placeholder, a reference to a secret kept elsewhere, a public default. */
  isPublic(text) {
    return this.isPlaceholder(text) || REFERENCE.test(text) || this.knownDefaults.has(text.trim().toLowerCase());
  }
  /** The placeholder marker (`DEFINED-IN-REGION-CHART`, `<your-secret>`, ...) a string holds, if any. */
  markerIn(value) {
    for (const marker of this.placeholders) {
      if (value === marker || marker.length >= 15 && value.includes(marker)) return marker;
    }
    return placeholderWithin(value);
  }
  /** Whether a key names something sensitive (`db_password`, `adminToken`, `rabbitmq_default_pass`). */
  isSensitiveKey(key) {
    let known = this.keyVerdicts.get(key);
    if (known === void 0) {
      known = this.judgeKey(key);
      this.keyVerdicts.set(key, known);
    }
    return known;
  }
  judgeKey(key) {
    const snake = snakeCase(key);
    if (this.ignoredKeys.some((re) => re.test(snake))) return false;
    if (this.extraKeys.some((re) => re.test(snake))) return true;
    const words2 = snake.split("_").filter(Boolean);
    if (PUBLIC_NAMES.has(words2.slice(-3).join("_"))) return false;
    while (words2.length > 1 && (ENCODING_WORDS.has(words2.at(-1)) || /^\d+$/.test(words2.at(-1)))) words2.pop();
    const last = words2.at(-1) ?? "";
    return SENSITIVE_WORDS.has(last) || SENSITIVE_PAIRS.has(words2.slice(-2).join("_")) || isVendorSecretName(words2);
  }
  /**
   * Judges one leaf: its path (for the key and the subtree) and its scalar value. `use.writtenToSecret`
   * (the chart's templates write it into a Secret) makes the value sensitive whatever its key, unless the
   * key says who or where (`username`, `host`, `port`, ...).
   */
  classify(path4, value, use = {}) {
    if (typeof value === "boolean" || value === null || value === void 0) return { sensitive: false };
    const text = String(value);
    const key = lastKey(path4);
    const byKey = key !== void 0 && !shapeOnly(path4) && this.isSensitiveKey(key) && !namesAnEnvVar(key, text);
    if (!byKey && use.writtenToSecret !== true && !describeByValue(text)) return { sensitive: false };
    if (this.isPlaceholder(text) || REFERENCE.test(text) || isPublicMaterial(text)) return { sensitive: false };
    const byValue = describeByValue(text);
    if (typeof path4[0] === "string" && NOT_SECRET_ROOTS.has(path4[0])) {
      return byValue?.description === "a PEM private key" ? this.note(text, byValue.description, byValue.secret) : { sensitive: false };
    }
    if (byValue) return this.note(text, byValue.description, byValue.secret);
    if (key === void 0) return { sensitive: false };
    if (!byKey && !(use.writtenToSecret === true && typeof value === "string" && !publicInASecret(key, text))) return { sensitive: false };
    if (SWITCH_WORDS.has(text.trim().toLowerCase()) || /^\/[^\s]+$/.test(text) || isFileName(text)) return { sensitive: false };
    if (DURATION.test(text.trim())) return { sensitive: false };
    if (this.isOptionList(text)) return { sensitive: false };
    if (spellsItsKey(key, text) || byKey && holdsAName(key, text)) return { sensitive: false };
    return this.note(text, `a ${text.length}-character literal`, text);
  }
  /**
   * An option list that only says how a secret is made or where it lives (etcd's
   * `--auth-token=jwt,priv-key=/certs/jwt.pem,sign-method=RS256,ttl=10m`): every `k=v` part has a key that is
   * not sensitive or a value that is a path or a file name. `user=a,password=b` is not one.
   */
  isOptionList(text) {
    const parts = text.split(",");
    if (parts.length < 2 || !parts.some((part) => part.includes("="))) return false;
    return parts.every((part) => {
      const [optionKey, ...rest] = part.split("=");
      if (rest.length === 0) return /^[\w.-]+$/.test(part);
      const optionValue = rest.join("=");
      if (!/^[\w.-]+$/.test(optionKey) || optionValue === "") return false;
      if (/^\/[^\s,]+$/.test(optionValue) || isFileName(optionValue)) return true;
      return !this.isSensitiveKey(optionKey) && /^(?:[a-z0-9_.-]{1,16}|[A-Z0-9_]{1,12})$/.test(optionValue);
    });
  }
  /** Replaces every sensitive value this classifier has seen with a description of it. */
  redact(message) {
    let result = message;
    for (const secret of this.seen) if (result.includes(secret)) result = result.split(secret).join("[redacted]");
    return result;
  }
  /** `secret` is the sensitive part of `text` (a URL's password, or the whole value). */
  note(text, description, secret) {
    const knownDefault = this.knownDefaults.has(secret.trim().toLowerCase());
    if (!knownDefault && secret.length >= MIN_REDACTED_LENGTH) this.seen.add(text).add(secret);
    const named = `"${secret.trim()}"`;
    const what = knownDefault ? text === secret ? `the well-known default credential ${named}` : `${description} (the well-known default ${named})` : description;
    return { sensitive: true, description: what, knownDefault };
  }
};
var DURATION = /^\d{1,6}(?:\.\d+)?(?:ns|us|ms|s|m|h|d|w)$/;
var CREDENTIAL_WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "token",
  "credentials",
  "credential",
  "creds",
  "auth",
  "key",
  "keys",
  "cert",
  "certs"
]);
function shapeOnly(path4) {
  const key = path4.at(-1);
  if (typeof key === "string" && key.includes("/")) return true;
  return path4.slice(0, -1).some((segment) => typeof segment === "string" && /(?:^|[a-z_])(?:annotations|labels)$/i.test(segment));
}
function namesAnEnvVar(key, text) {
  return /(?:env|envvar|env_var|variable)$/i.test(key) && /^[A-Z_][A-Z0-9_]*$/.test(text);
}
function holdsAName(key, text) {
  const words2 = snakeCase(key).split("_").filter(Boolean);
  while (words2.length > 1 && ENCODING_WORDS.has(words2.at(-1))) words2.pop();
  const nameClass = nameClassOf(words2);
  if (nameClass === "key") return isKeyNameShaped(text);
  if (nameClass !== "object") return false;
  const holdsCredential = words2.length >= 2 && CREDENTIAL_WORDS.has(words2.at(-2));
  return isObjectNameShaped(text, !words2.includes("existing") && !holdsCredential);
}
function publicInASecret(key, text) {
  const words2 = snakeCase(key).split("_").filter(Boolean);
  const last = words2.at(-1) ?? "";
  const value = text.trim();
  return PUBLIC_IN_A_SECRET.has(last) || // An access key ID names the key, as a username names the user (the secret key beside it is the secret).
  words2.slice(-2).join("_") === "access_key" || value.length < 4 || value.includes("\n") || /^\d+$/.test(value) || /^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(value) || /^(?:cn|uid|ou|dc)=[^,]+(?:,\s*[a-z]+=[^,]+)*$/i.test(value);
}
function lastKey(path4) {
  for (let i = path4.length - 1; i >= 0; i--) if (typeof path4[i] === "string") return path4[i];
  return void 0;
}
function snakeCase(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[^A-Za-z0-9]+/g, "_").toLowerCase();
}
function compileKeyGlob(glob) {
  const parts = glob.split("*").map((part) => snakeCase(part));
  const first = parts[0];
  const last = parts.at(-1);
  return {
    test(key) {
      if (parts.length === 1) return key === first;
      if (key.length < first.length + last.length || !key.startsWith(first) || !key.endsWith(last)) return false;
      let at = first.length;
      const end = key.length - last.length;
      for (const part of parts.slice(1, -1)) {
        const found = key.indexOf(part, at);
        if (found === -1 || found + part.length > end) return false;
        at = found + part.length;
      }
      return true;
    }
  };
}

export {
  topologyFact,
  isSwitch,
  placementOf,
  closureOf,
  umbrellasOf,
  defaultCacheDir,
  PRIVATE_FILE_MODE,
  privateDir,
  FolderDigests,
  renderKey,
  RenderCache,
  namesRegistryHost,
  parseNormalizedReference,
  buildPlaceholderIn,
  isTemplated,
  imagesContextOf,
  collectImages,
  definesGlobalRegistry,
  isObjectNameShaped,
  isKeyNameShaped,
  DEFAULT_SECRET_SETTINGS,
  SecretClassifier
};
