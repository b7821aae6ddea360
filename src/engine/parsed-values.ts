/**
 * Values files the facts parsed, handed on to the lint of the same file so that it is not parsed twice
 * (a chart's values.yaml is read by the entrypoint facts before it is linted). Only up to a budget of text,
 * since a document's view is several times its text: memory stays flat however many charts a run has, and
 * a file past the budget is parsed again. A document is handed on once, and only for the same text parsed
 * under the same limits, so that the lint sees exactly what its own parse would give.
 */
import type { ParseOptions, YamlDocument } from '../sources/yaml-view.js';
import type { ParsedValuesOffer } from '../facts/types.js';

/**
 * 256 KiB of text: every values.yaml of a run of a few charts (a commit hook's), and little live memory
 * held across the facts, which a larger run spends the most memory on. 2 MiB raised the peak over
 * corpus/real by about 80 MiB (V8 grows its heap with what is live); 256 KiB by no more than run-to-run noise.
 */
const DEFAULT_BUDGET = 256 * 1024;

interface Parsed {
  text: string;
  document: YamlDocument;
  limits: ParseOptions;
}

export class ParsedValues implements ParsedValuesOffer {
  private readonly byPath = new Map<string, Parsed>();
  private held = 0;

  constructor(
    /** The limits the lint parses with: a document parsed under others is not offered. */
    readonly limits: ParseOptions,
    private readonly budget = DEFAULT_BUDGET,
  ) {}

  offer(file: string, text: string, document: YamlDocument, limits: ParseOptions): void {
    if (!sameLimits(limits, this.limits) || this.byPath.has(file) || this.held + text.length > this.budget) return;
    this.byPath.set(file, { text, document, limits });
    this.held += text.length;
  }

  /** The document parsed from exactly this text, once; undefined when there is none. */
  take(file: string, text: string): YamlDocument | undefined {
    const parsed = this.byPath.get(file);
    if (!parsed) return undefined;
    this.byPath.delete(file);
    this.held -= parsed.text.length;
    return parsed.text === text ? parsed.document : undefined;
  }

  /** Lets every document left go (files linted elsewhere, or not at all). */
  clear(): void {
    this.byPath.clear();
    this.held = 0;
  }
}

function sameLimits(a: ParseOptions, b: ParseOptions): boolean {
  return a.maxExpandedNodes === b.maxExpandedNodes && a.maxNestingDepth === b.maxNestingDepth;
}
