/**
 * The last guard before a file's findings leave the engine (and reach the results cache): every text a
 * finding shows is scrubbed of the file's own sensitive values. Rules do not quote secrets, but some quote
 * what they judge — an image reference, a pull policy — and a user can put a password where an image
 * belongs (`images.tags.registry_password`). Here values under 6 characters are left alone: they collide
 * with ordinary words in messages; the values rules put in messages are scrubbed of short ones too, as the
 * rules report them (dataScrubber).
 */
import type { Diagnostic } from '../common/diagnostic.js';
import type { SourceFile } from '../file-types/types.js';
import type { SecretClassifier } from '../secrets/classify.js';
import { forEachLeaf } from '../secrets/leaves.js';
import { Scrubber } from '../secrets/scrub.js';

const MIN_GUARDED_LENGTH = 6;

export function scrubFindings(diagnostics: readonly Diagnostic[], file: SourceFile, secrets: SecretClassifier): void {
  if (diagnostics.length === 0) return;
  const scrubber = fileScrubber(file, secrets, MIN_GUARDED_LENGTH);
  if (scrubber.size === 0) return;
  for (const diagnostic of diagnostics) {
    diagnostic.message = scrubber.scrub(diagnostic.message);
    for (const related of diagnostic.related ?? []) related.message = scrubber.scrub(related.message);
    for (const suggestion of diagnostic.suggestions ?? []) suggestion.desc = scrubber.scrub(suggestion.desc);
  }
}

/** Every value of the file that is sensitive by a key on its path or by its shape, `minLength` and longer. */
export function fileScrubber(file: SourceFile, secrets: SecretClassifier, minLength: number): Scrubber {
  const scrubber = new Scrubber((key) => secrets.isSensitiveKey(key), { isPublic: (text) => secrets.isPublic(text), minLength });
  for (const document of file.documents) forEachLeaf(document.root, (path, leaf) => scrubber.consider(path, leaf.value));
  return scrubber;
}

/**
 * For the values a rule puts in its message (`data`): what a rule quotes is input, so every sensitive value
 * of the file is taken out of it, whatever its length (short ones as whole words). Built on first use.
 */
export function dataScrubber(file: SourceFile, secrets: SecretClassifier): (text: string) => string {
  let scrubber: Scrubber | undefined;
  return (text) => {
    scrubber ??= fileScrubber(file, secrets, 1);
    return scrubber.size === 0 ? text : scrubber.scrub(text);
  };
}
