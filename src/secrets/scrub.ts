/**
 * Scrubs text chartlint did not write (helm's messages) of every sensitive value of a run. Broader than
 * the classifier's own redaction on purpose: a value counts when any key on its path is sensitive (under
 * `secrets:` and `images:` too) or its shape is a secret's; every length counts (short ones at word
 * boundaries); each line of a multi-line value counts on its own; and so do the forms templates turn values
 * into (upper, lower, title, trim, quote, squote, toJson, b64enc).
 */
import { describeByValue } from '../common/secret-shape.js';
import type { PathSegment } from '../sources/yaml-view.js';

/** What a scrubbed value becomes in the text. */
export const SCRUBBED = '[redacted]';

/** Switch words are not secrets whatever the key, and scrubbing them would eat ordinary words. */
const NOT_SECRETS = new Set(['', 'true', 'false', 'yes', 'no', 'on', 'off', 'null', 'none', '~']);
// Below this length a value is scrubbed only where it stands as a whole word, not inside other words.
const SUBSTRING_LENGTH = 8;
const MIN_LINE_LENGTH = 4;
const MAX_SHAPED_LENGTH = 4096;

export class Scrubber {
  private readonly forms = new Set<string>();
  private sorted: string[] | undefined;

  /**
   * `isSensitiveKey` decides by key name and `isPublic` spots placeholders, references and well-known
   * defaults (the run's classifier, with its settings); values shorter than `minLength` are left alone.
   */
  constructor(
    private readonly isSensitiveKey: (key: string) => boolean,
    private readonly options: { isPublic?: (text: string) => boolean; minLength?: number } = {},
  ) {}

  /** A value at its path in some values source (a file, `--set`). */
  consider(path: readonly PathSegment[], value: unknown): void {
    if (typeof value !== 'string' && typeof value !== 'number') return;
    const text = String(value);
    if (text.trim().length < (this.options.minLength ?? 1)) return;
    const byKey = path.some((segment) => typeof segment === 'string' && this.isSensitiveKey(segment));
    // Most values are neither: the public-value test runs only on the few that are. A long text (a config
    // file in a ConfigMap) is judged by shape only as a PEM key: the other shapes are whole short values.
    const byShape = !byKey && (text.length <= MAX_SHAPED_LENGTH || text.includes('PRIVATE KEY-----')) && describeByValue(text);
    if ((byKey || byShape) && !this.options.isPublic?.(text.trim())) this.add(text);
  }

  /** A value known to be secret. */
  add(secret: string): void {
    const lines = secret.split(/\r\n|\r|\n/);
    // helm joins a multi-line value's lines into its message one by one; a line of a few characters (`}`)
    // is not worth scrubbing everywhere it appears.
    const parts = lines.length > 1 ? [secret, ...lines.filter((line) => line.trim().length >= MIN_LINE_LENGTH)] : [secret];
    for (const part of parts) {
      const trimmed = part.trim();
      if (NOT_SECRETS.has(trimmed.toLowerCase())) continue;
      for (const form of formsOf(trimmed)) if (form.length > 0) this.forms.add(form);
      this.sorted = undefined;
    }
  }

  get size(): number {
    return this.forms.size;
  }

  /** `minLength`: leave forms shorter than this alone (in text where short words are ordinary words). */
  scrub(text: string, minLength = 0): string {
    let result = text;
    // Longest first, so a value's longer forms go before a shorter value inside them.
    const sorted = (this.sorted ??= [...this.forms].sort((a, b) => b.length - a.length));
    // Forms longer than the text cannot be in it: start at the first that fits (the list is longest first).
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid]!.length > text.length) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < sorted.length; i++) {
      const form = sorted[i]!;
      if (form.length < minLength) break;
      result = replaceForm(result, form);
    }
    return result;
  }
}

/** The ways a template can print a value: as it is, re-cased, JSON- or Go-quoted, base64-encoded. */
function formsOf(value: string): string[] {
  const json = JSON.stringify(value).slice(1, -1);
  // Go's encoding/json also escapes <, > and & (toJson).
  const goJson = json.replaceAll('<', '\\u003c').replaceAll('>', '\\u003e').replaceAll('&', '\\u0026');
  const squoted = value.replaceAll("'", "''");
  return [value, json, goJson, squoted, Buffer.from(value).toString('base64'), Buffer.from(value).toString('base64').replace(/=+$/, '')];
}

/** Case-insensitive (upper, lower and title are the same value), and whole-word for short values. */
function replaceForm(text: string, form: string): string {
  const lowerText = text.toLowerCase();
  const lowerForm = form.toLowerCase();
  // Some characters change length when lower-cased; offsets would not line up, so match each case form.
  if (lowerText.length !== text.length || lowerForm.length !== form.length) {
    let out = text;
    for (const variant of [form, form.toUpperCase(), form.toLowerCase()]) out = out.split(variant).join(SCRUBBED);
    return out;
  }
  if (!lowerText.includes(lowerForm)) return text;
  const wholeWord = form.length < SUBSTRING_LENGTH;
  let out = '';
  let from = 0;
  for (let at = lowerText.indexOf(lowerForm); at !== -1; at = lowerText.indexOf(lowerForm, at + lowerForm.length)) {
    if (wholeWord && (isWordChar(text[at - 1]) || isWordChar(text[at + form.length]))) continue;
    out += text.slice(from, at) + SCRUBBED;
    from = at + form.length;
  }
  return out + text.slice(from);
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z0-9]/.test(char);
}
