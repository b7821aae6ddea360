import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import "./chunk-FUMSRPZC.js";

// src/entrypoint/graph-format.ts
function drawing(graph) {
  const ids = new Map(graph.nodes.map((node, i) => [node.id, `n${i}`]));
  const groups = /* @__PURE__ */ new Map();
  for (const node of graph.nodes) {
    const group = node.chart ?? "";
    groups.set(group, [...groups.get(group) ?? [], { id: ids.get(node.id), label: nodeLabel(node, graph), stuck: node.stuck }]);
  }
  const outside = /* @__PURE__ */ new Map();
  const edges = [];
  const seen = /* @__PURE__ */ new Set();
  const push = (edge) => {
    const key = `${edge.from}\0${edge.to}\0${edge.label}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push(edge);
  };
  for (const d of graph.dependencies) {
    const from = ids.get(d.from);
    const r = d.resolution;
    if (r.state === "resolved") {
      if (r.targets.length === 0) continue;
      for (const target of r.targets) push({ from, to: ids.get(target), label: d.label, state: d.cyclic ? "cyclic" : "resolved" });
      continue;
    }
    const key = `x:${d.label}`;
    if (!outside.has(key)) outside.set(key, { label: outsideLabel(d), external: r.state === "external" });
    const id = `x${[...outside.keys()].indexOf(key)}`;
    push({
      from,
      to: id,
      label: r.state === "external" ? "external" : reasonOf(d),
      state: r.state === "external" ? "external" : "unresolved"
    });
  }
  return { groups, outside, edges };
}
function nodeLabel(node, graph) {
  const namespaces = new Set(graph.nodes.map((n) => n.namespace));
  return namespaces.size > 1 ? `${node.kind}/${node.name} (${node.namespace})` : `${node.kind}/${node.name}`;
}
function outsideLabel(d) {
  return d.label;
}
function reasonOf(d) {
  switch (d.resolution.state) {
    case "no-endpoints":
      return "no endpoints";
    case "external-name":
      return "ExternalName";
    case "unknown":
      return "namespace unknown";
    default:
      return "not in the set";
  }
}
function mermaidText(text) {
  return text.replace(/["[\]{}()<>|#;`]/g, (c) => `#${c.charCodeAt(0)};`);
}
function toMermaid(graph) {
  const { groups, outside, edges } = drawing(graph);
  const lines = ["flowchart LR"];
  let group = 0;
  for (const [chart, nodes] of groups) {
    const indent = chart ? "    " : "  ";
    if (chart) lines.push(`  subgraph g${group++}["${mermaidText(chart)}"]`);
    for (const node of nodes) lines.push(`${indent}${node.id}["${mermaidText(node.label)}"]${node.stuck ? ":::stuck" : ""}`);
    if (chart) lines.push("  end");
  }
  for (const [key, target] of outside) {
    const id = `x${[...outside.keys()].indexOf(key)}`;
    lines.push(`  ${id}(["${mermaidText(target.label)}"]):::${target.external ? "external" : "unresolved"}`);
  }
  const cyclic = [];
  edges.forEach((edge, i) => {
    const arrow = edge.state === "unresolved" || edge.state === "external" ? "-.->" : "-->";
    lines.push(`  ${edge.from} ${arrow}|"${mermaidText(edge.label)}"| ${edge.to}`);
    if (edge.state === "cyclic") cyclic.push(i);
  });
  lines.push("  classDef unresolved stroke:#d73a49,stroke-dasharray:4 3,color:#d73a49");
  lines.push("  classDef external stroke:#6a737d,stroke-dasharray:4 3,color:#6a737d");
  lines.push("  classDef stuck fill:#ffeef0,stroke:#d73a49");
  if (cyclic.length > 0) lines.push(`  linkStyle ${cyclic.join(",")} stroke:#d73a49,stroke-width:2px`);
  return `${lines.join("\n")}
`;
}
function dotText(text) {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
function toDot(graph) {
  const { groups, outside, edges } = drawing(graph);
  const lines = [
    "digraph dependencies {",
    "  rankdir=LR;",
    '  node [shape=box, fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];'
  ];
  let group = 0;
  for (const [chart, nodes] of groups) {
    const indent = chart ? "    " : "  ";
    if (chart) lines.push(`  subgraph cluster_${group++} {`, `    label=${dotText(chart)};`);
    for (const node of nodes)
      lines.push(
        `${indent}${node.id} [label=${dotText(node.label)}${node.stuck ? ', color=red, style=filled, fillcolor="#ffeef0"' : ""}];`
      );
    if (chart) lines.push("  }");
  }
  for (const [key, target] of outside) {
    const id = `x${[...outside.keys()].indexOf(key)}`;
    lines.push(`  ${id} [label=${dotText(target.label)}, shape=ellipse, style=dashed, color=${target.external ? "gray" : "red"}];`);
  }
  for (const edge of edges) {
    const style = edge.state === "cyclic" ? ", color=red, penwidth=2" : edge.state === "unresolved" ? ", style=dashed, color=red" : edge.state === "external" ? ", style=dashed, color=gray" : "";
    lines.push(`  ${edge.from} -> ${edge.to} [label=${dotText(edge.label)}${style}];`);
  }
  lines.push("}");
  return `${lines.join("\n")}
`;
}
function toJson(graph) {
  const data = {
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      name: n.name,
      namespace: n.namespace,
      chart: n.chart ?? null,
      stuck: n.stuck
    })),
    dependencies: graph.dependencies.map((d) => ({
      from: d.from,
      kind: d.dependency.kind,
      target: d.label.slice(d.dependency.kind.length + 1),
      container: d.dependency.container,
      variable: d.dependency.variable,
      state: d.resolution.state,
      ...d.resolution.state === "resolved" ? { targets: d.resolution.targets, waitsForReadiness: d.resolution.blocking } : {},
      ...d.resolution.state === "external" ? { declaredBy: d.resolution.pattern } : {},
      cyclic: d.cyclic
    })),
    cycles: graph.cycles.map((c) => c.nodes),
    cyclesTruncated: graph.cyclesTruncated
  };
  return `${JSON.stringify(data, null, 2)}
`;
}
export {
  toDot,
  toJson,
  toMermaid
};
