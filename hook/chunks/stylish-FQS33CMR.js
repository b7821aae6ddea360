import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  Chalk
} from "./chunk-DNCCJWU2.js";
import {
  countBySeverity,
  groupBy,
  plural
} from "./chunk-UKPP2GBR.js";
import {
  plainPath,
  plainText
} from "./chunk-CRQ7OQOT.js";
import "./chunk-FUMSRPZC.js";

// src/formatters/stylish.ts
var stylish = (diagnostics, context) => {
  const chalk = new Chalk({ level: context.colorLevel });
  const paint = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  const byFile = groupBy(diagnostics, (d) => d.file);
  const out = [];
  for (const [file, list] of byFile) {
    out.push(chalk.underline(plainPath(file)));
    const messages = list.map((d) => plainText(d.message));
    const positionWidth = list.reduce((width, d) => Math.max(width, `${d.line}:${d.column}`.length), 0);
    const messageWidth = messages.reduce((width, message) => Math.max(width, message.length), 0);
    for (const [i, d] of list.entries()) {
      const position = `${d.line}:${d.column}`.padEnd(positionWidth);
      const severity = paint[d.severity](d.severity.padEnd(7));
      out.push(`  ${chalk.dim(position)}  ${severity}  ${messages[i].padEnd(messageWidth)}  ${chalk.dim(plainText(d.ruleId))}`);
    }
    out.push("");
  }
  const { errors, warnings, infos } = countBySeverity(diagnostics);
  const scope = `${plural(context.files, "file")} in ${plural(context.charts, "chart")}`;
  if (diagnostics.length === 0) {
    out.push(chalk.green(`\u2714 No problems in ${scope}.`));
  } else {
    const color = errors > 0 ? chalk.red.bold : warnings > 0 ? chalk.yellow.bold : chalk.blue.bold;
    out.push(
      color(
        `\u2716 ${plural(diagnostics.length, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}, ${infos} info) in ${scope}.`
      )
    );
    out.push("", ...ruleTotals(diagnostics).map((line) => chalk.dim(line)));
  }
  return `${out.join("\n")}
`;
};
function ruleTotals(diagnostics) {
  const counts = /* @__PURE__ */ new Map();
  for (const d of diagnostics) counts.set(d.ruleId, (counts.get(d.ruleId) ?? 0) + 1);
  const rows = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
  const width = rows.reduce((most, [, count]) => Math.max(most, String(count).length), 0);
  return ["Problems by rule:", ...rows.map(([rule, count]) => `  ${String(count).padStart(width)}  ${plainText(rule)}`)];
}
export {
  stylish
};
