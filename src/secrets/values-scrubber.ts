/**
 * The scrubber for one render: every values source helm was given (the chart's values.yaml, its
 * sub-charts' and local dependencies', each --values file, each --set pair), each value judged by its
 * path. Built only when helm failed, since only then is helm's text ever shown.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { RenderValuesSources } from '../render/render.js';
import { readTextFile, type FileLimits } from '../sources/files.js';
import { parseYamlValues, type ParseOptions } from '../sources/yaml.js';
import { SecretClassifier, type SecretSettings } from './classify.js';
import { forEachLeaf } from './leaves.js';
import { Scrubber } from './scrub.js';

export async function scrubberForValues(
  sources: RenderValuesSources,
  settings: SecretSettings,
  limits: FileLimits & ParseOptions,
): Promise<Scrubber> {
  const classifier = new SecretClassifier(settings);
  const scrubber = new Scrubber((key) => classifier.isSensitiveKey(key), { isPublic: (text) => classifier.isPublic(text) });
  for (const file of valuesFilesOf(sources)) {
    const read = readTextFile(file, limits);
    if (!read.ok) continue;
    // A file that does not parse still holds its values as text: its lines, judged by their keys.
    const document = await parseYamlValues(read.text, limits);
    if (document.root) forEachLeaf(document.root, (leafPath, leaf) => scrubber.consider(leafPath, leaf.value));
    else considerLines(read.text, scrubber);
  }
  for (const argument of sources.set) {
    for (const pair of splitUnescaped(argument, ',')) {
      const equals = pair.indexOf('=');
      if (equals === -1) continue;
      const value = pair.slice(equals + 1).replace(/\\(.)/g, '$1');
      scrubber.consider(pair.slice(0, equals).split('.'), value);
      // `a={x,y}`: the list's items too.
      for (const item of value.replace(/^\{|\}$/g, '').split(',')) scrubber.consider(pair.slice(0, equals).split('.'), item);
    }
  }
  return scrubber;
}

/** values.yaml of each chart folder and of the sub-charts unpacked in its charts/, then the --values files. */
function valuesFilesOf(sources: RenderValuesSources): string[] {
  const files = new Set<string>();
  for (const dir of sources.chartDirs) {
    files.add(path.join(dir, 'values.yaml'));
    const charts = path.join(dir, 'charts');
    if (!existsSync(charts)) continue;
    try {
      for (const entry of readdirSync(charts, { withFileTypes: true })) {
        if (entry.isDirectory()) files.add(path.join(charts, entry.name, 'values.yaml'));
      }
    } catch {
      // An unreadable charts/ folder has no values to learn.
    }
  }
  for (const file of sources.valuesFiles) files.add(file);
  return [...files].filter((file) => existsSync(file));
}

/** `key: value` lines of a broken file, each judged by its key. */
function considerLines(text: string, scrubber: Scrubber): void {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const match = /^\s*-?\s*["']?([^\s"':]+)["']?\s*:\s+(.+?)\s*$/.exec(line);
    if (match) scrubber.consider([match[1]!], match[2]!.replace(/^(["'])(.*)\1$/, '$2'));
  }
}

function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && i + 1 < text.length) {
      current += text[i]! + text[i + 1]!;
      i++;
    } else if (text[i] === separator) {
      parts.push(current);
      current = '';
    } else current += text[i];
  }
  parts.push(current);
  return parts;
}
