/**
 * The rule docs (rules/<group>/<name>.md, shipped in the package and in the repository beside the Action's
 * bundle), read for SARIF's rule descriptors: the first paragraph as the full description, the page as help.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RuleDoc {
  /** The first paragraph after the title, bounded. */
  summary: string;
  /** The page without its title and HTML comments, bounded. */
  markdown: string;
}

/** Bounds: code scanning shows the full description in a line of the alert and help in a side panel. */
export const MAX_SUMMARY = 1000;
export const MAX_HELP = 10_000;

/**
 * The folder holding rules/: from src/formatters (sources, tests), dist/src/formatters (the API),
 * dist/cli (the CLI), hook (the pre-commit hook) or action/dist (the Action), the nearest parent that has the
 * probe doc.
 */
export function docsRoot(probeId: string, from = path.dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = from, i = 0; i < 6; i++, dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'rules', `${probeId}.md`))) return path.join(dir, 'rules');
    if (path.dirname(dir) === dir) break;
  }
  return undefined;
}

/** Each rule's doc, by id; a rule whose doc cannot be read is left out (its descriptor falls back to meta). */
export function readRuleDocs(ids: readonly string[], root = ids[0] === undefined ? undefined : docsRoot(ids[0])): Map<string, RuleDoc> {
  const docs = new Map<string, RuleDoc>();
  if (!root) return docs;
  for (const id of ids) {
    let text: string;
    try {
      text = readFileSync(path.join(root, `${id}.md`), 'utf8');
    } catch {
      continue;
    }
    docs.set(id, parseRuleDoc(text));
  }
  return docs;
}

export function parseRuleDoc(text: string): RuleDoc {
  const body = text
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .replace(/^# [^\n]*\n/, '')
    .trim();
  const first = body.split(/\n\s*\n/, 1)[0] ?? '';
  return { summary: bound(first.replace(/\s*\n\s*/g, ' '), MAX_SUMMARY, ''), markdown: bound(body, MAX_HELP, '\n\n') };
}

/** Cut at the last sentence (or paragraph) end that fits, with a mark that there is more. */
function bound(text: string, max: number, paragraph: string): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 2);
  const at = paragraph ? room.lastIndexOf(paragraph) : -1;
  const sentence = Math.max(room.lastIndexOf('. '), room.lastIndexOf('.\n'));
  const cut = at > max / 2 ? at : sentence > max / 2 ? sentence + 1 : room.length;
  return `${text.slice(0, cut).trimEnd()} …`;
}
