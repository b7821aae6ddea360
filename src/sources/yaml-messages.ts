/**
 * What a YAML syntax error says, in our words. The parser's own messages quote the text they stumbled on
 * (`Unexpected scalar token in YAML stream: "<the token>"`, `Unresolved tag: !<the tag>`), and that text is
 * often the value of a password whose line broke. So a message is chosen by the error's code, and the
 * parser's text only picks among fixed sentences: nothing of the file ever reaches the output this way.
 */

/** A fixed sentence when the parser's message is one of these exactly (no input text in them). */
const EXACT: ReadonlyArray<readonly [RegExp, string]> = [
  [/^All mapping items must start at the same column/, 'All mapping items must start at the same column'],
  [/^All sequence items must start at the same column/, 'All sequence items must start at the same column'],
  [/^Flow (sequence|map) in block collection must be sufficiently indented and end with a [\]}]/, 'FLOW_INDENT'],
  [/^Implicit map keys need to be followed by map values/, 'A map key is not followed by ": " and a value'],
  [/^Implicit keys (of flow sequence pairs )?need to be on a single line/, 'A map key must be written on a single line'],
  [/^Nested mappings are not allowed in compact mappings/, "A mapping cannot start on the line of another mapping's key"],
  [/^A block sequence may not be used as an implicit map key/, 'A block sequence cannot be a map key'],
  [
    /^Block collections are not allowed within flow collections/,
    'Block collections are not allowed inside flow collections ([...] or {...})',
  ],
  [/^Missing closing "quote/, 'A double-quoted string is not closed'],
  [/^Missing closing 'quote/, 'A single-quoted string is not closed'],
  [/^Comments must be separated from other tokens by white space/, 'A comment must be separated from the text before it by a space'],
  [/^Sequence item without - indicator/, 'A sequence item has no "-" before it'],
  [/^Tags and anchors must be separated from the next token by white space/, 'A tag or anchor must be followed by a space'],
  [/^Missing , (or : )?between flow (map|sequence) items/, 'The items of a flow collection must be separated by ","'],
  [/^Missing space after : in flow (map|sequence)/, 'A ":" in a flow collection must be followed by a space'],
  [/^Unexpected , in flow (map|sequence)/, 'A flow collection has a "," where an item belongs'],
  [/^Unexpected empty item in flow (map|sequence)/, 'A flow collection has an empty item'],
  [/^Block scalar header includes extra characters/, 'A block scalar\'s "|" or ">" is followed by other text on its line; quote the value'],
  [/^Block scalar header not found/, 'A block scalar has no "|" or ">" header'],
  [/^Missing directives-end/, 'A "%" directive must be followed by a "---" line'],
  [/^Block collection cannot start on same line with directives-end marker/, 'A block collection cannot start on the "---" line'],
  [/^Plain value cannot start with a tab character/, 'A plain value cannot start with a tab; quote the value'],
  [/^Plain value cannot start with flow indicator character ,/, 'A plain value cannot start with ","; quote the value'],
  [/^Plain value cannot start with directive indicator character %/, 'A plain value cannot start with "%"; quote the value'],
  [/^Plain value cannot start with block scalar indicator \|/, 'A plain value cannot start with "|"; quote the value'],
  [/^Plain value cannot start with block scalar indicator >/, 'A plain value cannot start with ">"; quote the value'],
  [/^Plain value cannot start with reserved character @/, 'A plain value cannot start with "@"; quote the value'],
  [/^Plain value cannot start with reserved character `/, 'A plain value cannot start with "`"; quote the value'],
  [/^Anchors and tags must be after the/, 'An anchor or tag must come after its "-", "?" or ":"'],
  [/^Anchor cannot be an empty string/, 'An anchor ("&") has no name'],
  [/^Alias cannot be an empty string/, 'An alias ("*") has no name'],
  [/^(Anchor|Alias) ending in : is ambiguous/, 'An anchor or alias name ending in ":" is ambiguous'],
  [/^Unexpected [a-z-]+ at node end/, 'Unexpected text after a complete value (a key without its ":", or a line indented by mistake)'],
  [
    /^Unexpected [a-z-]+ token in YAML stream/,
    "Unexpected text outside the document's structure (a line, or the first line, indented by mistake)",
  ],
];

/** One sentence per code, for every message of that code that the table above does not name. */
const BY_CODE: Readonly<Record<string, string>> = {
  ALIAS_PROPS: 'An alias cannot carry an anchor or a tag',
  BAD_ALIAS: 'An anchor or alias name is not valid',
  BAD_COLLECTION_TYPE: 'A tag names a type that does not fit this collection',
  BAD_DIRECTIVE: 'A "%" directive is not valid here',
  BAD_DQ_ESCAPE: 'A double-quoted string holds an invalid escape sequence',
  BAD_INDENT: 'The indentation is not valid here',
  BAD_PROP_ORDER: 'An anchor or tag must come after its "-", "?" or ":"',
  BAD_SCALAR_START: 'A plain value cannot start with this character; quote the value',
  BLOCK_AS_IMPLICIT_KEY: 'A block collection cannot be a map key',
  BLOCK_IN_FLOW: 'Block collections are not allowed inside flow collections ([...] or {...})',
  DUPLICATE_KEY: 'A key appears twice in this mapping',
  IMPOSSIBLE: 'The parser cannot read this part of the file',
  KEY_OVER_1024_CHARS: 'A map key written without "?" is longer than 1024 characters',
  MISSING_CHAR: 'A required character is missing here',
  MULTILINE_IMPLICIT_KEY: 'A map key must be written on a single line',
  MULTIPLE_ANCHORS: 'A value can have at most one anchor',
  MULTIPLE_DOCS: 'More than one document where one is expected',
  MULTIPLE_TAGS: 'A value can have at most one tag',
  NON_STRING_KEY: 'A map key is not a string',
  RESOURCE_EXHAUSTION: 'Aliases expand this document too far (an alias bomb)',
  TAB_AS_INDENT: 'Tabs are not allowed as indentation',
  TAG_RESOLVE_FAILED: 'A tag is unknown or does not fit its value (Helm reads values with the YAML core schema)',
  UNEXPECTED_TOKEN: 'Unexpected text here (a line indented by mistake, or a value that needs quotes)',
};

const FLOW_INDENT: Readonly<Record<string, string>> = {
  sequence: 'A flow sequence ([...]) inside a block collection must be indented past its key and end with "]"',
  map: 'A flow map ({...}) inside a block collection must be indented past its key and end with "}"',
};

export function syntaxMessage(code: string, parserMessage: string): string {
  for (const [pattern, sentence] of EXACT) {
    const match = pattern.exec(parserMessage);
    if (!match) continue;
    if (sentence === 'FLOW_INDENT') return FLOW_INDENT[match[1]!]!;
    return sentence;
  }
  return BY_CODE[code] ?? 'The file is not valid YAML here';
}
