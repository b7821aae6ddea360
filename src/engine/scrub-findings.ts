/**
 * The last guard before a file's findings leave the engine (and reach the results cache): every text a
 * finding shows is scrubbed of the file's own sensitive values. Rules do not quote secrets, but some quote
 * what they judge — an image reference, a pull policy — and a user can put a password where an image
 * belongs (`images.tags.registry_password`). Here values under 6 characters are left alone: they collide
 * with ordinary words in messages; the values rules put in messages are scrubbed of short ones too, as the
 * rules report them (scrubData).
 */
import type { Diagnostic, Suppression } from '../common/diagnostic.js';
import type { SourceFile } from '../file-types/types.js';
import type { SecretClassifier } from '../secrets/classify.js';
import { forEachLeaf } from '../secrets/leaves.js';
import { Scrubber } from '../secrets/scrub.js';
import type { YamlNode } from '../sources/yaml-view.js';

const MIN_GUARDED_LENGTH = 6;

/** The file's sensitive values, walked once when first needed; shared by the rules' data and the final guard. */
export function fileScrubber(file: SourceFile, secrets: SecretClassifier): () => Scrubber {
  let scrubber: Scrubber | undefined;
  return () => {
    if (!scrubber) {
      // A value spelled like a key or the chart's name, or inside one (`manila: {password: manila}`,
      // `postgresql.auth.postgresPassword: postgres`), is not scrubbed: messages quote key paths and chart
      // names, which show it anyway, and would lose them to it.
      const names = [...namesIn(file)];
      const inAName = (text: string): boolean => {
        const lower = text.toLowerCase();
        return names.some((name) => name.includes(lower));
      };
      const isPublic = (text: string): boolean => secrets.isPublic(text) || inAName(text);
      const built = new Scrubber((key) => secrets.isSensitiveKey(key), { isPublic });
      for (const document of file.documents) forEachLeaf(document.root, (path, leaf) => built.consider(path, leaf.value));
      scrubber = built;
    }
    return scrubber;
  };
}

/**
 * For the values a rule puts in its message (`data`): what a rule quotes is input, so every sensitive value
 * of the file is taken out of it, whatever its length (short ones as whole words).
 */
export function scrubData(scrubber: () => Scrubber): (text: string) => string {
  return (text) => (scrubber().size === 0 ? text : scrubber().scrub(text));
}

/** The last guard over one text a finding shows (a message, a suppression comment's reason). */
export function guardText(scrubber: () => Scrubber): (text: string) => string {
  return (text) => (scrubber().size === 0 ? text : scrubber().scrub(text, MIN_GUARDED_LENGTH));
}

export function scrubFindings(diagnostics: readonly (Diagnostic & { suppressions?: Suppression[] })[], scrubber: () => Scrubber): void {
  if (diagnostics.length === 0 || scrubber().size === 0) return;
  const scrub = guardText(scrubber);
  for (const diagnostic of diagnostics) {
    diagnostic.message = scrub(diagnostic.message);
    for (const related of diagnostic.related ?? []) related.message = scrub(related.message);
    for (const suggestion of diagnostic.suggestions ?? []) suggestion.desc = scrub(suggestion.desc);
    for (const suppression of diagnostic.suppressions ?? [])
      if (suppression.justification !== undefined) suppression.justification = scrub(suppression.justification);
  }
}

/** Every key of the file and the chart's name, lower-cased; without recursion. */
function namesIn(file: SourceFile): Set<string> {
  const names = new Set<string>();
  if (file.chart) names.add(file.chart.name.toLowerCase());
  const stack: YamlNode[] = [];
  for (const document of file.documents) if (document.root) stack.push(document.root);
  const seen = new Set<YamlNode>();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.kind === 'map') {
      for (const entry of node.entries) {
        names.add(entry.key.toLowerCase());
        stack.push(entry.value);
      }
    } else if (node.kind === 'seq') for (const item of node.items) stack.push(item);
  }
  return names;
}
