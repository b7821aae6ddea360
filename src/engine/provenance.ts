/**
 * Back to the source: a finding in a chart rendered by --render is moved to where the user can fix it.
 * 1. The values line that supplied the offending string (the same image string or pull policy under the
 *    values' images), in the last values file helm applied that holds it;
 *    Where the templates joined the value with a registry or tag, the values image it was built from (same
 *    repository), at the part of it the finding is about;
 * 2. else the chart template named by the document's `# Source:` header (at the container's name when the
 *    template spells it out).
 * The template that rendered it is kept as the related location: a place in the user's tree, never the
 * render in the cache.
 */
import { realpathSync } from 'node:fs';
import nodePath from 'node:path';
import { collectImages, imagesContextOf } from '../images/values-images.js';
import { parseNormalizedReference } from '../images/reference.js';
import type { ImageIndex, ReferencePart } from '../images/site.js';
import { findContainers } from '../manifests/pods.js';
import { templateFile, type RenderSuccess } from '../render/render.js';
import type { SourceFile } from '../file-types/types.js';
import { readTextOrUndefined } from '../sources/files.js';
import { LineIndex, scalarSubSpan, type Span, type YamlNode, type YamlScalar } from '../sources/yaml-view.js';
import type { Finding } from './findings.js';
import type { ExternalLocation } from './rule.js';
import { renderedFrom } from './render-judge.js';

export interface TracedFinding {
  finding: Finding;
  /** Where it is reported now: a span of a values file, or a template position. */
  file: SourceFile | undefined;
  span: Span | undefined;
  at: ExternalLocation | undefined;
  /** Where it was found in the rendered stream. */
  renderedSpan: Span;
  /** The chart template that rendered it, at the container when the template names it. */
  template: ExternalLocation | undefined;
}

export function traceRendered(
  findings: readonly Finding[],
  rendered: SourceFile,
  render: RenderSuccess,
  sources: readonly SourceFile[],
): TracedFinding[] {
  const trace = renderTracer(rendered, render, sources);
  return findings.map((finding) => ({ finding, ...trace(finding.span) }));
}

/** Where a span of the rendered stream is reported: what `traceRendered` does for each finding. */
export function renderTracer(
  rendered: SourceFile,
  render: RenderSuccess,
  sources: readonly SourceFile[],
): (renderedSpan: Span) => Omit<TracedFinding, 'finding'> {
  const containers = findContainers(rendered.documents);
  // Later values files win in helm, so they are searched first. Each one's images are collected once.
  const searchOrder = [...sources].reverse().map((file) => ({
    file,
    index: collectImages(file.documents[0]?.root, imagesContextOf(file)),
  }));
  const templateLines = new Map<string, { line: number }>();
  const roots = rendered.chart ? [rendered.chart.dir, ...render.dependencies.map((d) => d.dir)].map(realPath) : [];
  // A `# Source:` header is helm's text: it is followed only into the chart and its local dependencies.
  // Asked for every finding traced to a template: one realpath per template file, not one per finding.
  const inChartByFile = new Map<string, boolean>();
  const inChart = (file: string): boolean => {
    let inside = inChartByFile.get(file);
    if (inside === undefined) {
      const real = realPath(file);
      inside = roots.some((root) => real === root || real.startsWith(root + nodePath.sep));
      inChartByFile.set(file, inside);
    }
    return inside;
  };
  const templateAt = (renderedSpan: Span): ExternalLocation | undefined => {
    const document = rendered.documents.find(
      (d) => d.root && d.root.span.start <= renderedSpan.start && renderedSpan.start <= d.root.span.end,
    );
    const container = containers.find((c) => c.node.span.start <= renderedSpan.start && renderedSpan.start <= c.node.span.end);
    const template = document?.sourceTemplate;
    const path = template && rendered.chart ? templateFile(template, rendered.chart, render.dependencies) : undefined;
    if (!path || !inChart(path)) return undefined;
    // Outside a container (a pod's annotations, tolerations, affinity): the template line that spells out the
    // rendered line, when exactly one does.
    const line = container ? undefined : renderedLine(rendered, renderedSpan.start);
    const key = `${path}\0${container?.container ?? ''}\0${container?.list ?? ''}\0${line ?? ''}`;
    if (!templateLines.has(key))
      templateLines.set(
        key,
        line ? literalLineOf(templateText(path), line) : lineOf(templateText(path), container?.container, container?.list),
      );
    return { path, ...templateLines.get(key)!, column: 1 };
  };
  // Each template is read once for the stream, however many of its lines are looked for.
  const templateTexts = new Map<string, string | undefined>();
  const templateText = (path: string): string | undefined => {
    if (!templateTexts.has(path)) templateTexts.set(path, readTextOrUndefined(path, TEMPLATE_LIMITS));
    return templateTexts.get(path);
  };
  // The deployment rules anchor the same places of a stream as each other: each span is traced once.
  const traced = new Map<string, Omit<TracedFinding, 'finding'>>();
  return (renderedSpan) => {
    const key = `${renderedSpan.start}\0${renderedSpan.end}`;
    let result = traced.get(key);
    if (!result) {
      result = trace(renderedSpan);
      traced.set(key, result);
    }
    return result;
  };

  function trace(renderedSpan: Span): Omit<TracedFinding, 'finding'> {
    const template = templateAt(renderedSpan);
    const scalar = scalarAt(rendered, renderedSpan.start);
    if (scalar && typeof scalar.value === 'string' && scalar.value !== '') {
      const origin = findInValues(scalar, renderedSpan, rendered.text, searchOrder);
      if (origin) return { file: origin.file, span: origin.span, at: undefined, renderedSpan, template };
    }
    if (template) return { file: undefined, span: undefined, at: template, renderedSpan, template };
    return { file: rendered, span: renderedSpan, at: undefined, renderedSpan, template };
  }
}

/** The file's real path (symbolic links resolved), or its resolved path when it does not exist. */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return nodePath.resolve(file);
  }
}

function findInValues(
  scalar: YamlScalar,
  renderedSpan: Span,
  renderedText: string,
  sources: readonly { file: SourceFile; index: ImageIndex }[],
): { file: SourceFile; span: Span } | undefined {
  const value = scalar.value as string;
  for (const { file, index } of sources) {
    const image = index.images.find((site) => site.source !== 'image-object' && site.reference === value);
    if (image) {
      // Keep the finding's place inside the string: a caret under the tag stays under the tag.
      const offset = bodyStart(renderedText, scalar);
      const valueNode = nodeAtSpan(file, image.span);
      if (offset !== undefined && valueNode) {
        return { file, span: scalarSubSpan(file.text, valueNode, renderedSpan.start - offset, renderedSpan.end - offset) };
      }
      return { file, span: image.span };
    }
    // An object the templates joined, as written or with a registry or tag of their own: the values image of
    // the same repository, at the part the finding is about, as the values rules report it.
    const built =
      index.images.find((site) => site.source === 'image-object' && site.reference === value) ??
      index.images.find((site) => renderedFrom(site, value));
    if (built) {
      const part = partAt(
        value,
        renderedSpan.start - (bodyStart(renderedText, scalar) ?? Number.NaN),
        renderedSpan.end - renderedSpan.start,
      );
      return { file, span: part ? built.partSpan(part) : built.span };
    }
    const policy = index.pullPolicies.find((site) => site.node.kind === 'scalar' && String(site.node.value) === value);
    if (policy) return { file, span: policy.node.span };
  }
  return undefined;
}

/** The part of a reference that `length` characters at `offset` cover: undefined for the whole of it, or unknown. */
function partAt(reference: string, offset: number, length: number): ReferencePart | undefined {
  const parsed = parseNormalizedReference(reference);
  if (!parsed.ok || Number.isNaN(offset) || (offset <= 0 && length >= reference.length)) return undefined;
  const parts: ReferencePart[] = ['domain', 'path', 'tag', 'digest'];
  return parts.find((part) => {
    const at = parsed.ref.spans[part];
    return at !== null && at[0] <= offset && offset + length <= at[1];
  });
}

/** Where the characters of a scalar's value start in the source, when it spells them out unescaped. */
function bodyStart(text: string, scalar: YamlScalar): number | undefined {
  const quote = scalar.style === 'single' || scalar.style === 'double' ? 1 : 0;
  const start = scalar.span.start + quote;
  return text.slice(start, start + String(scalar.value).length) === scalar.value ? start : undefined;
}

function nodeAtSpan(file: SourceFile, span: Span): YamlScalar | undefined {
  const found = scalarAt(file, span.start);
  return found && found.span.start === span.start ? found : undefined;
}

/** The innermost scalar whose span holds the offset. */
function scalarAt(file: SourceFile, offset: number): YamlScalar | undefined {
  for (const document of file.documents) {
    const root = document.root;
    if (!root || offset < root.span.start || offset > root.span.end) continue;
    return descend(root, offset);
  }
  return undefined;
}

function descend(node: YamlNode, offset: number): YamlScalar | undefined {
  if (node.kind === 'scalar') return node.span.start <= offset && offset <= node.span.end ? node : undefined;
  const children = node.kind === 'map' ? node.entries.map((e) => e.value) : node.items;
  for (const child of children) {
    if (child.span.start <= offset && offset <= child.span.end) {
      const found = descend(child, offset);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The template line that names the container, when it is written there literally; else the line of its list
 * (`initContainers:`) when the template has exactly one; else line 1.
 */
function lineOf(text: string | undefined, containerName: string | undefined, list: string | undefined): { line: number } {
  if (!containerName || text === undefined) return { line: 1 };
  const name = containerName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A container is a list item (`- name: x`); an object's own `name: x` may repeat the same word.
  const item = new RegExp(`-\\s+name:\\s*["']?${name}["']?\\s*$`, 'm').exec(text);
  const match = item ?? new RegExp(`name:\\s*["']?${name}["']?\\s*$`, 'm').exec(text);
  if (match) return { line: new LineIndex(text).position(match.index).line };
  // A container an include renders (helm-toolkit's `init`): at its list, when the template has one such list.
  const lists = list ? [...text.matchAll(new RegExp(`^[ \\t]*${list}:`, 'gm'))] : [];
  return { line: lists.length === 1 ? new LineIndex(text).position(lists[0]!.index).line : 1 };
}

/** The trimmed text of the rendered line holding the offset; undefined when it is too short to look for. */
function renderedLine(file: SourceFile, offset: number): string | undefined {
  const { line } = file.lines.position(offset);
  const start = file.lines.lineStart(line);
  const end = file.text.indexOf('\n', start);
  const text = file.text.slice(start, end === -1 ? file.text.length : end).trim();
  return text.length >= 8 && /[A-Za-z]/.test(text) ? text : undefined;
}

/** The one template line whose trimmed text is `text`; else line 1. */
function literalLineOf(template: string | undefined, text: string): { line: number } {
  if (template === undefined) return { line: 1 };
  const lines = template.split('\n');
  const found = lines.flatMap((candidate, index) => (candidate.trim() === text ? [index + 1] : []));
  return { line: found.length === 1 ? found[0]! : 1 };
}

// Templates are read through the safe reader: never a FIFO or device, never more than a template's size.
const TEMPLATE_LIMITS = { maxFileBytes: 8 * 1024 * 1024 };
