import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  PROFILE_DECISIONS,
  PROFILE_NAMES,
  PROFILE_PREFIX,
  profileSetting
} from "./chunk-RAUX2H2J.js";
import "./chunk-YWTYFYTE.js";
import "./chunk-5IVMD4BG.js";
import "./chunk-I66P5KS3.js";
import "./chunk-JV4EHBS5.js";
import "./chunk-QKXT3NSU.js";
import "./chunk-FUMSRPZC.js";

// src/config/profiles-doc.ts
function profileColumns(rule, withOptions) {
  const columns = {};
  for (const name of PROFILE_NAMES) {
    const setting = profileSetting(rule, name);
    const options = Object.entries(setting.options ?? {}).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
    columns[name] = withOptions && options.length > 0 ? `${setting.severity} (${options.join(", ")})` : setting.severity;
  }
  return columns;
}
function renderProfilesDoc(rules) {
  const header = `| rule | ${PROFILE_NAMES.map((name) => `\`${PROFILE_PREFIX}${name}\``).join(" | ")} | why |`;
  const rows = rules.map((rule) => {
    const columns = profileColumns(rule, true);
    const why = Object.hasOwn(PROFILE_DECISIONS, rule.id) ? PROFILE_DECISIONS[rule.id].why ?? "" : "";
    return `| [\`${rule.id}\`](../rules/${rule.id}.md) | ${PROFILE_NAMES.map((name) => columns[name]).join(" | ")} | ${why} |`;
  });
  return `${[
    "# Profiles",
    "",
    "<!-- Written by `npm run gen:schema` from src/config/profiles.ts; a test checks that it is current. -->",
    "",
    "A profile is a built-in shareable config: a severity, and options where it sets any, for every rule.",
    "",
    "- `chartlint:openstack-helm`: the conventions of OpenStack-Helm charts, built on helm-toolkit (`images.tags`, its jobs, the umbrella layout of values). Each rule has the severity its page states as its default.",
    "- `chartlint:recommended`: generic Helm charts. The rules that read helm-toolkit conventions are off, and `images/fully-qualified` is a warning.",
    "- `chartlint:strict`: every rule that needs no configuration, at `error`, except the rules whose findings can be right code, which stay warnings.",
    "",
    "## How the profile is chosen",
    "",
    "Without `extends` in `.chartlint.yaml` (or without a config), each chart gets the profile of what it is: `chartlint:openstack-helm` for a chart that depends on `helm-toolkit` (in `Chart.yaml` or `requirements.yaml`), `chartlint:recommended` for every other chart. One run over a repository that holds both kinds lints each chart by its own conventions. Files outside any chart (`--manifests` streams, values files given with `--values` or `--region-values` in a run of several charts) get `chartlint:recommended`.",
    "",
    "`extends` names the profile for every chart instead: one, or a list applied in order, where each later profile replaces the severities of the earlier ones. `rules:` applies on top, then the `overrides:` that match a file; an override may have its own `extends`, applied before its `rules:`.",
    "",
    "```yaml",
    "extends: chartlint:strict",
    "rules:",
    "  images/digest-pinned: warning",
    "overrides:",
    '  - files: ["third-party/**"]',
    "    extends: chartlint:recommended",
    "```",
    "",
    "Configuring a rule that the profile leaves off with options only (no severity) turns it on at `error`.",
    "",
    "## Rules",
    "",
    header,
    `|${" --- |".repeat(PROFILE_NAMES.length + 2)}`,
    ...rows
  ].join("\n")}
`;
}
function renderRuleList(rules) {
  const width = Math.max(...rules.map((rule) => rule.id.length));
  const cells = (id, values) => `${id.padEnd(width)}  ${values.map((value, i) => value.padEnd(i === values.length - 1 ? 0 : Math.max(PROFILE_NAMES[i]?.length ?? 0, 7))).join("  ")}`.trimEnd();
  const lines = [cells("rule", [...PROFILE_NAMES, "fixes"])];
  for (const rule of rules) {
    const columns = profileColumns(rule, false);
    lines.push(cells(rule.id, [...PROFILE_NAMES.map((name) => columns[name]), rule.fixes]));
    lines.push(...wrap(rule.meta.description, 100 - 4).map((line) => `    ${line}`));
  }
  return `${lines.join("\n")}
`;
}
function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
export {
  profileColumns,
  renderProfilesDoc,
  renderRuleList
};
