import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  defineFact
} from "./chunk-6ZEC5CHF.js";
import {
  matchSegment
} from "./chunk-JV4EHBS5.js";

// src/facts/namespace.ts
var UNKNOWN_NAMESPACE = "";
var namespaceFact = defineFact({
  id: "namespace",
  build: (input) => input.namespace ?? (input.render ? "default" : UNKNOWN_NAMESPACE)
});

// src/entrypoint/graph.ts
var MAX_CYCLES = 100;
function buildGraph(parts, options) {
  const nodes = [];
  const services = /* @__PURE__ */ new Map();
  for (const { file, summary } of parts) {
    for (const workload of summary.workloads) {
      const namespace = workload.namespace ?? options.namespace;
      const id = `${namespace}/${workload.kind}/${workload.name}`;
      if (nodes.some((n) => n.id === id)) continue;
      const chart = chartOfTemplate(workload.template) ?? summary.chart;
      nodes.push({ id, kind: workload.kind, name: workload.name, namespace, chart, file, workload, stuck: false });
    }
    for (const service of summary.services) {
      const key = `${service.namespace ?? options.namespace}/${service.name}`;
      if (!services.has(key)) services.set(key, service);
    }
  }
  nodes.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const anywhere = options.namespace === UNKNOWN_NAMESPACE;
  const inNamespace = (namespace) => anywhere && namespace === UNKNOWN_NAMESPACE ? nodes : nodes.filter((n) => n.namespace === namespace || anywhere && n.namespace === UNKNOWN_NAMESPACE);
  const external = options.external.map((pattern) => ({ pattern, matches: (name) => matchSegment(pattern, name) }));
  const dependencies = [];
  for (const node of nodes) {
    for (const dependency of node.workload.dependencies) {
      if (dependency.name === "") continue;
      const where = dependency.namespace;
      const namespace = where.kind === "literal" ? where.name : where.kind === "pod" ? node.namespace : void 0;
      const label = labelOf(dependency, namespace);
      const resolution = namespace === void 0 ? { state: "unknown" } : resolve(dependency, namespace);
      const judged = resolution.state === "missing" || resolution.state === "no-endpoints" || resolution.state === "external-name" ? externalOr(resolution, dependency, namespace) : resolution;
      dependencies.push({ from: node.id, file: node.file, dependency, namespace, label, resolution: judged, cyclic: false });
    }
  }
  function resolve(dependency, namespace) {
    const here = inNamespace(namespace);
    const found = (targets, blocking = true) => targets.length > 0 ? { state: "resolved", targets: targets.map((t) => t.id), blocking } : { state: "missing" };
    switch (dependency.kind) {
      case "service": {
        const service = services.get(`${namespace}/${dependency.name}`) ?? (anywhere ? [...services.values()].find((s) => s.name === dependency.name && (namespace === UNKNOWN_NAMESPACE || !s.namespace)) : void 0);
        if (!service) return { state: "missing" };
        if (service.externalName) return { state: "external-name", service };
        if (!service.selector) return { state: "resolved", targets: [], blocking: false, service };
        const selector = service.selector;
        const behind = here.filter((n) => n.kind !== "CronJob" && carries(n.workload.podLabels, selector));
        if (behind.length === 0) return { state: "no-endpoints", service };
        return { state: "resolved", targets: behind.map((t) => t.id), blocking: !service.publishNotReady, service };
      }
      case "job":
        if (dependency.labels)
          return found(here.filter((n) => (n.kind === "Job" || n.kind === "CronJob") && carries(n.workload.jobLabels, dependency.labels)));
        return found(here.filter((n) => n.kind === "Job" && n.name === dependency.name));
      case "daemonset":
        return found(here.filter((n) => n.kind === "DaemonSet" && n.name === dependency.name));
      case "pod":
        return found(
          here.filter((n) => carries(n.workload.podLabels, dependency.labels ?? {}) && Object.keys(dependency.labels ?? {}).length > 0)
        );
    }
  }
  function externalOr(resolution, dependency, namespace) {
    const key = `${namespace}:${dependency.name ?? labelsText(dependency.labels ?? {})}`;
    const match = external.find((e) => e.matches(key));
    return match ? { state: "external", pattern: match.pattern } : resolution;
  }
  const { cycles, truncated } = findCycles(nodes, dependencies, byId);
  for (const cycle of cycles) for (const step of cycle.steps) step.cyclic = true;
  const charts = new Set([...parts.map((p) => p.summary.chart), ...nodes.map((n) => n.chart)].filter((c) => c !== void 0));
  const streams = parts.filter((p) => !p.summary.rendered).length;
  const isSet = charts.size >= 2 || charts.size === 0 && streams >= 1;
  return { nodes, dependencies, cycles, cyclesTruncated: truncated, isSet };
}
function findCycles(nodes, dependencies, byId) {
  const started = /* @__PURE__ */ new Set();
  const byNode = /* @__PURE__ */ new Map();
  for (const d of dependencies) byNode.set(d.from, [...byNode.get(d.from) ?? [], d]);
  const waits = (d) => d.resolution.state === "resolved" && d.resolution.blocking && d.resolution.targets.length > 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (const node of nodes) {
      if (started.has(node.id)) continue;
      const ready = (byNode.get(node.id) ?? []).every((d) => !waits(d) || d.resolution.targets.some((t) => started.has(t)));
      if (ready) {
        started.add(node.id);
        changed = true;
      }
    }
  }
  for (const node of nodes) node.stuck = !started.has(node.id);
  const steps = /* @__PURE__ */ new Map();
  for (const d of dependencies) {
    if (!waits(d) || started.has(d.from) || d.resolution.targets.some((t) => started.has(t))) continue;
    for (const to of d.resolution.targets) {
      const list = steps.get(d.from) ?? [];
      if (!list.some((s) => s.to === to)) list.push({ to, via: d });
      steps.set(d.from, list);
    }
  }
  const cycles = [];
  let truncated = false;
  const stuck = nodes.filter((n) => n.stuck).map((n) => n.id);
  for (const start of stuck) {
    const path = [start];
    const via = [];
    const walk = (at) => {
      for (const step of steps.get(at) ?? []) {
        if (truncated) return;
        if (step.to === start) {
          if (cycles.length >= MAX_CYCLES) {
            truncated = true;
            return;
          }
          cycles.push({ nodes: [...path], steps: [...via, step.via] });
        } else if (step.to > start && !path.includes(step.to) && byId.has(step.to)) {
          path.push(step.to);
          via.push(step.via);
          walk(step.to);
          path.pop();
          via.pop();
        }
      }
    };
    walk(start);
  }
  return { cycles, truncated };
}
function chartOfTemplate(template) {
  if (!template) return void 0;
  const sub = /(?:^|\/)charts\/([^/]+)\/templates\/(?!.*\/charts\/[^/]+\/templates\/)/.exec(template);
  return sub ? sub[1] : template.split("/")[0];
}
function carries(labels, selector) {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}
function labelsText(labels) {
  return Object.keys(labels).sort().map((key) => `${key}=${labels[key]}`).join(",");
}
function labelOf(dependency, namespace) {
  const where = namespace ?? "?";
  const what = dependency.name ?? labelsText(dependency.labels ?? {});
  return `${dependency.kind} ${where}:${what}`;
}
function workloadLabel(node) {
  return `${node.kind}/${node.name}`;
}

export {
  UNKNOWN_NAMESPACE,
  namespaceFact,
  buildGraph,
  labelsText,
  workloadLabel
};
