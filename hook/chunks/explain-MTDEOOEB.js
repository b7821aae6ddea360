import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  closest
} from "./chunk-GUD4XOZF.js";
import {
  ruleDocUrl
} from "./chunk-YT7LJYZK.js";
import {
  visible
} from "./chunk-CRQ7OQOT.js";
import "./chunk-FUMSRPZC.js";

// src/commands/explain.ts
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

// src/commands/terminal-markdown.ts
var PLAIN_STYLE = { width: 100, heading: (text) => text.toUpperCase(), code: (text) => `\`${text}\`` };
function renderMarkdown(markdown, style) {
  const out = [];
  let fence;
  let paragraph = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    const text = paragraph.join(" ");
    const item = /^(\s*(?:[-*]|\d+\.)\s+)(.*)$/.exec(text);
    if (item) out.push(...wrap(inline(item[2], style), style.width, item[1], " ".repeat(item[1].length)));
    else out.push(...wrap(inline(text, style), style.width, "", ""));
    paragraph = [];
  };
  for (const line of markdown.replace(/\r\n?/g, "\n").replace(/<!--[\s\S]*?-->\n?/g, "").split("\n")) {
    if (fence !== void 0) {
      if (line.trimStart().startsWith(fence)) fence = void 0;
      else out.push(`    ${line}`.trimEnd());
      continue;
    }
    const opening = /^\s*(```+|~~~+)/.exec(line);
    if (opening) {
      flush();
      fence = opening[1];
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      if (out.length > 0 && out[out.length - 1] !== "") out.push("");
      out.push(style.heading(heading[2].replace(/`([^`]+)`/g, "$1")));
      continue;
    }
    if (line.trim() === "") {
      flush();
      if (out.length > 0 && out[out.length - 1] !== "") out.push("");
      continue;
    }
    if (/^\s*(?:[-*]|\d+\.)\s+/.test(line)) flush();
    paragraph.push(paragraph.length === 0 ? line.trimEnd() : line.trim());
  }
  flush();
  while (out[out.length - 1] === "") out.pop();
  return `${out.join("\n")}
`;
}
function inline(text, style) {
  return text.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, url) => label === url ? url : `${label} <${url}>`).replace(/`([^`]+)`/g, (_, code) => style.code(code)).replace(/\*\*([^*]+)\*\*/g, "$1");
}
function wrap(text, width, first, rest) {
  const lines = [];
  let current = first;
  let room = first.length;
  let words = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = word.replace(/\x1b\[[0-9;]*m/g, "").length;
    if (words > 0 && room + 1 + length > width) {
      lines.push(current);
      current = rest + word;
      room = rest.length + length;
    } else {
      current += (words > 0 ? " " : "") + word;
      room += (words > 0 ? 1 : 0) + length;
    }
    words++;
  }
  lines.push(current);
  return lines;
}

// src/commands/explain.ts
var EXPLAIN_HELP = `Usage: chartlint explain RULE [--no-color]

Prints the doc page of RULE (for example images/no-latest): what it catches, why it
matters, examples, its options and how to suppress it. A family (images) lists its rules.`;
var OPTIONS = {
  "no-color": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false }
};
async function runExplain(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return io.usage(`explain: ${error.message}`);
  }
  const { values: flags, positionals } = parsed;
  if (flags.help) return io.print(`${EXPLAIN_HELP}
`);
  if (positionals.length !== 1) return io.usage("explain takes one rule id, for example: chartlint explain images/no-latest");
  const id = positionals[0];
  const [{ allRules }, { PROFILE_NAMES, profileSetting }, { docsRoot }] = await Promise.all([
    import("./rules-4PAH32UB.js"),
    import("./profiles-YF3ODS4X.js"),
    import("./rule-docs-4LALDOWZ.js")
  ]);
  const rule = allRules.find((candidate) => candidate.id === id);
  if (!rule) {
    const family = allRules.filter((candidate) => candidate.id.startsWith(`${id.replace(/\/\*?$/, "")}/`));
    if (family.length > 0) return io.print(`${family.map((r) => `${r.id.padEnd(40)} ${r.meta.description}`).join("\n")}
`);
    const near = closest(
      id,
      allRules.map((candidate) => candidate.id),
      Math.max(2, Math.floor(id.length / 4))
    );
    return io.usage(`explain: no rule "${visible(id)}"${near ? `; did you mean ${near}?` : ""} (chartlint --list-rules lists them)`);
  }
  const root = docsRoot(rule.id);
  let doc;
  try {
    if (!root) throw new Error("no rules folder");
    doc = readFileSync(path.join(root, `${rule.id}.md`), "utf8");
  } catch {
    doc = `# ${rule.id}

${rule.meta.description}

(The doc page was not found beside chartlint: ${ruleDocUrl(rule.id)})`;
  }
  const fixable = "fixable" in rule.meta && Boolean(rule.meta.fixable);
  const severities = PROFILE_NAMES.map((name) => `${name.replace(/^chartlint:/, "")} ${profileSetting(rule, name).severity}`).join(", ");
  const header = [
    `- Severity by profile: ${severities}.`,
    `- Fixable: ${fixable ? "yes (only edits that keep the meaning)" : "no"}.`,
    `- Doc page: ${ruleDocUrl(rule.id)}`
  ].join("\n");
  const suppress = [
    "## How to suppress it",
    "",
    `- One finding: put \`# chartlint-disable-next-line ${rule.id} -- why\` on the line above it, or \`# chartlint-disable-line ${rule.id}\` at the end of its line.`,
    `- A whole file: \`# chartlint-disable-file ${rule.id}\` anywhere in it.`,
    `- Everywhere, or for some paths: \`rules: { ${rule.id}: off }\` in .chartlint.yaml, or the same under \`overrides:\` with \`files:\` globs.`
  ].join("\n");
  const [title, ...body] = doc.replace(/\r\n?/g, "\n").split("\n");
  const markdown = `${title}

${header}

${body.join("\n").trim()}

${suppress}
`;
  return io.print(renderMarkdown(markdown, await styleFor(flags["no-color"] ? 0 : await io.colorLevel())));
}
async function styleFor(level) {
  const width = Math.min(process.stdout.columns || PLAIN_STYLE.width, 120);
  if (level === 0) return { ...PLAIN_STYLE, width };
  const { Chalk } = await import("./source-7DUCHMIF.js");
  const chalk = new Chalk({ level });
  return { width, heading: (text) => chalk.bold.underline(text), code: (text) => chalk.cyan(text) };
}
export {
  EXPLAIN_HELP,
  runExplain
};
