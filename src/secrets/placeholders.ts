/**
 * The shapes of the placeholders operators write where a value is still to be set: the "defined in" family
 * (`DEFINED-IN-SECRETS`, `DEFINED_IN_VALUES_FILE`, `DEFINE_IN_REGION_VALUES`, any of `-`/`_`, any case),
 * `CHANGEME` and its spellings, runs of `X`, whole values in angle brackets, "your ... here" phrases
 * (`YourSlackToken`, `your-api-key-here`), and a value that only spells its own key
 * (`pure_api_token: pure-api-token-value`). None of them is a secret; rendered, they are unresolved.
 */

// DEFINE or DEFINED, IN, then one or more words: `DEFINED-IN-REGION-CHART`, `defined_in_values_file`.
const DEFINED_IN = /^DEFINED?[-_]IN[-_][A-Z0-9]+(?:[-_][A-Z0-9]+)*$/i;
/** The same family inside a longer text (a rendered config file): upper case only, as markers are written. */
const DEFINED_IN_WITHIN = /(?<![A-Za-z0-9_-])DEFINED?[-_]IN[-_][A-Z0-9]+(?:[-_][A-Z0-9]+)*(?![A-Za-z0-9_-])/;
// The marker in capitals (`CHANGEME`, `CHANGE_ME`) or with a separator (`change-me`, `Change_Me`). The
// lowercase `changeme` is a password people type: Elastic's old built-in one, shipped as a working login by
// OpenStack-Helm's elasticsearch, kibana, grafana, prometheus and nagios (a well-known default instead).
const CHANGE_ME = /^(?:CHANGE[-_.]?ME|change[-_.]me)(?:[-_.][a-z0-9]+)*[!.]*$/i;
const CHANGE_ME_CAPITALS = /^CHANGE[-_.]?ME/;
// The other "me" markers: `REPLACE_ME`, `SET_ME`, `override-me`, `FILL_ME_IN`.
const OTHER_ME =
  /^(?:(?:REPLACE|SET|OVERRIDE|FILL|INSERT|UPDATE)[-_.]?ME(?:[-_.]IN)?|(?:replace|set|override|fill|insert|update)[-_.]me(?:[-_.]in)?)$/i;
// `insert-api-key`: in values, under a key that says what belongs there (rendered, `insert-only` is a word).
const INSERT = /^insert[-_][a-z]+(?:[-_][a-z]+)*$/i;
// A mask, as exports write a hidden value: `********`.
const MASK = /^\*{3,}$/;
// Only X's (`XXXXXXXX`, `xxxx-xxxx`): three or more.
const XS = /^(?:x{3,}[-_.]?)+$/i;
const ANGLE = /^<[^<>]+>$/;
// A note to self in capitals: `TODO`, `TBD`, `FIXME`.
const NOTE = /^(?:TODO|TBD|FIXME)$/;
// `YourSlackToken`, `your-api-key-here`, `YOUR_TOKEN`: "your" as a word of its own, then words, no spaces.
const YOURS = /^(?:your|Your|YOUR)(?:[-_.]?[A-Z]|[-_.][a-z0-9])[A-Za-z0-9]*(?:[-_.]?[A-Za-z0-9]+)*[!.]*$/;
// `put-the-key-here`, `insert_token_here`: words that end in "here".
const HERE = /^[a-z]+(?:[-_][a-z]+)*[-_]here[!.]*$/i;
// A phrase with "your" in it: `add your own`, `enter your password`.
const YOUR_PHRASE = /^[a-z]+(?: [a-z]+)* your(?: [a-z]+)+[!.]*$/i;

/** A placeholder by its shape alone (the configured and built-in literal markers are the caller's). */
export function isPlaceholderShape(text: string): boolean {
  const value = text.trim();
  // In values a key says what the value is: phrases (`add your own`, `token goes here`) and short "your"
  // spellings (`your-token`) count too.
  return (
    isMarkerShape(value) ||
    YOURS.test(value) ||
    HERE.test(value) ||
    INSERT.test(value) ||
    /^[a-z]+(?: [a-z]+)* here[!.]*$/i.test(value) ||
    YOUR_PHRASE.test(value)
  );
}

/**
 * The shapes that are placeholders wherever they stand, rendered text included, where an ordinary word
 * ("your-app", "click-here") must not count: the markers, `YourSlackToken`, and three words or more ending
 * in "here" (`your-api-key-here`).
 */
function isMarkerShape(value: string): boolean {
  const changeMe = CHANGE_ME.test(value) && (CHANGE_ME_CAPITALS.test(value) || /^change[-_.]me/i.test(value));
  return (
    DEFINED_IN.test(value) ||
    changeMe ||
    NOTE.test(value) ||
    OTHER_ME.test(value) ||
    MASK.test(value) ||
    XS.test(value) ||
    ANGLE.test(value) ||
    /^Your[A-Z][a-z]+[A-Z]/.test(value) ||
    (HERE.test(value) && value.split(/[-_]/).length >= 3)
  );
}

/**
 * The placeholder a rendered text holds, by shape: a whole value of a marker shape, or a `DEFINED-IN-...`
 * marker inside it (short shapes such as `XXX` count only as the whole value).
 */
export function placeholderWithin(text: string): string | undefined {
  const value = text.trim();
  if (isMarkerShape(value)) return value;
  return DEFINED_IN_WITHIN.exec(text)?.[0];
}

const SELF_SUFFIXES = ['value', 'here'];
// Words an example puts before the key's name (`base64encodedaccountkey`, `example-api-token`).
const SELF_PREFIXES = ['base64', 'encoded', 'example', 'sample', 'dummy', 'fake', 'your'];

/**
 * A value that spells its own key (`pure_api_token: pure-api-token-value`, `rbd_user_keyring:
 * RBDUserKeyRing`, `accountkey: base64encodedaccountkey`): a placeholder left by whoever wrote the example.
 * Compared with separators and case ignored. A one-word key needs a word around it, so that `password:
 * password` (a well-known default) is not one.
 */
export function spellsItsKey(key: string, text: string): boolean {
  const keyText = words(key).join('');
  let value = words(text).join('');
  let added = false;
  for (let again = true; again;) {
    again = false;
    for (const prefix of SELF_PREFIXES) {
      if (value.startsWith(prefix) && value.length > prefix.length) {
        value = value.slice(prefix.length);
        added = again = true;
      }
    }
    for (const suffix of SELF_SUFFIXES) {
      if (value.endsWith(suffix) && value.length > suffix.length && value !== keyText) {
        value = value.slice(0, -suffix.length);
        added = again = true;
      }
    }
  }
  return keyText !== '' && value === keyText && (added || words(key).length >= 2);
}

function words(text: string): string[] {
  return text
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}
