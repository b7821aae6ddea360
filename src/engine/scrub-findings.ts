/**
 * The last guard before a file's findings leave the engine (and reach the results cache): every text a
 * finding shows is scrubbed of the file's own sensitive values. Rules do not quote secrets, but some quote
 * what they judge — an image reference, a pull policy — and a user can put a password where an image
 * belongs (`images.tags.registry_password`). Values under 6 characters are left alone: they collide with
 * ordinary words in messages, and no rule quotes a value that short as part of a longer text.
 */
import type { Diagnostic } from '../common/diagnostic.js';
import type { SourceFile } from '../file-types/types.js';
import type { SecretClassifier } from '../secrets/classify.js';
import { forEachLeaf } from '../secrets/leaves.js';
import { Scrubber } from '../secrets/scrub.js';

const MIN_GUARDED_LENGTH = 6;

export function scrubFindings(diagnostics: readonly Diagnostic[], file: SourceFile, secrets: SecretClassifier): void {
  if (diagnostics.length === 0) return;
  const scrubber = new Scrubber((key) => secrets.isSensitiveKey(key), {
    isPublic: (text) => secrets.isPublic(text),
    minLength: MIN_GUARDED_LENGTH,
  });
  for (const document of file.documents) forEachLeaf(document.root, (path, leaf) => scrubber.consider(path, leaf.value));
  if (scrubber.size === 0) return;
  for (const diagnostic of diagnostics) {
    diagnostic.message = scrubber.scrub(diagnostic.message);
    for (const related of diagnostic.related ?? []) related.message = scrubber.scrub(related.message);
    for (const suggestion of diagnostic.suggestions ?? []) suggestion.desc = scrubber.scrub(suggestion.desc);
  }
}
