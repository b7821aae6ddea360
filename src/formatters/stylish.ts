import { Chalk } from 'chalk';
import { plainPath, plainText } from './escape.js';
import { countBySeverity, groupBy, plural, type Formatter } from './types.js';

/** Grouped by file, aligned columns, a summary line: ESLint's default look. */
export const stylish: Formatter = (diagnostics, context) => {
  const chalk = new Chalk({ level: context.colorLevel });
  const paint = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  const byFile = groupBy(diagnostics, (d) => d.file);

  const out: string[] = [];
  for (const [file, list] of byFile) {
    // Escaped (escape.ts): no field can break a line, start a workflow command or paint the terminal.
    out.push(chalk.underline(plainPath(file)));
    const messages = list.map((d) => plainText(d.message));
    // reduce, not Math.max(...): a spread of a long list overflows the stack.
    const positionWidth = list.reduce((width, d) => Math.max(width, `${d.line}:${d.column}`.length), 0);
    const messageWidth = messages.reduce((width, message) => Math.max(width, message.length), 0);
    for (const [i, d] of list.entries()) {
      const position = `${d.line}:${d.column}`.padEnd(positionWidth);
      const severity = paint[d.severity](d.severity.padEnd(7));
      out.push(`  ${chalk.dim(position)}  ${severity}  ${messages[i]!.padEnd(messageWidth)}  ${chalk.dim(plainText(d.ruleId))}`);
    }
    out.push('');
  }
  const { errors, warnings, infos } = countBySeverity(diagnostics);
  const scope = `${plural(context.files, 'file')} in ${plural(context.charts, 'chart')}`;
  if (diagnostics.length === 0) {
    out.push(chalk.green(`✔ No problems in ${scope}.`));
  } else {
    const color = errors > 0 ? chalk.red.bold : warnings > 0 ? chalk.yellow.bold : chalk.blue.bold;
    out.push(
      color(
        `✖ ${plural(diagnostics.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info) in ${scope}.`,
      ),
    );
    out.push('', ...ruleTotals(diagnostics).map((line) => chalk.dim(line)));
  }
  return `${out.join('\n')}\n`;
};

/** A line per rule, most findings first: where a maintainer triaging a large run starts. */
function ruleTotals(diagnostics: Parameters<Formatter>[0]): string[] {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(d.ruleId, (counts.get(d.ruleId) ?? 0) + 1);
  const rows = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
  const width = rows.reduce((most, [, count]) => Math.max(most, String(count).length), 0);
  return ['Problems by rule:', ...rows.map(([rule, count]) => `  ${String(count).padStart(width)}  ${plainText(rule)}`)];
}
