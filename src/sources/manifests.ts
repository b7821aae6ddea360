/**
 * Manifest streams: `helm template` output or any multi-document Kubernetes YAML, read from files, folders
 * or standard input, with each document's `# Source: chart/templates/x.yaml` header kept.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './walk.js';
import { parseYamlStream, type ParseOptions, type YamlDocument } from './yaml.js';

// Greedy to the line's end, trimmed after: `(.+?)\s*$` is quadratic on a long line of spaces.
const SOURCE_HEADER = /^# Source: (.+)$/gm;

/** Parses a stream and gives each document the `# Source:` header written above it, if any. */
export async function parseManifestStream(text: string, options: ParseOptions): Promise<YamlDocument[]> {
  const documents = await parseYamlStream(text, options);
  const headers = [...text.matchAll(SOURCE_HEADER)].map((m) => ({ at: m.index, template: m[1]!.trim() })).filter((h) => h.template);
  if (headers.length === 0) return documents;
  let next = 0;
  for (const document of documents) {
    if (!document.root) continue;
    // The header belongs to the document whose content follows it most closely.
    let template: string | undefined;
    while (next < headers.length && headers[next]!.at < document.root.span.start) template = headers[next++]!.template;
    if (template) document.sourceTemplate = template;
  }
  return documents;
}

/** Expands --manifests arguments: files as given, folders to every .yaml/.yml below them, `-` for stdin. */
export function manifestPaths(args: readonly string[], cwd: string): { paths: string[]; missing: string[] } {
  const paths: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      paths.push('-');
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    let isDirectory: boolean;
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
