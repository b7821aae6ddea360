/**
 * The judge: given what one chartlint process produced, the failures it shows. Pure (no I/O): the SARIF
 * validator is passed in (makeSarifValidator builds one from a schema file), so the tests can feed it
 * crafted outputs.
 *
 * Failure classes: leak, crash, stack-trace, hang, invalid-json, invalid-sarif, invalid-junit,
 * tmp-leftover, injection, modified-input.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const FORMATS = ['stylish', 'compact', 'github', 'json', 'junit', 'sarif'];

const STACK_PATTERNS = [
  [/^\s+at (?:\S.*\(.*:\d+:\d+\)|\S+:\d+:\d+)\s*$/m, 'a stack frame'],
  [/\b(?:TypeError|RangeError|ReferenceError)\b/, 'a JavaScript error name'],
  [/node:internal/, 'node:internal'],
  [/Maximum call stack size exceeded/, 'stack overflow'],
];

/** The first line of `text` holding `needle`, cut to a readable length around it. */
function excerpt(text, index, needle) {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index + needle.length);
  const line = text.slice(start, end < 0 ? text.length : end);
  const at = index - start;
  const from = Math.max(0, at - 80);
  return JSON.stringify(line.slice(from, at + needle.length + 80));
}

/**
 * Checks XML 1.0 well-formedness closely enough for a JUnit report: one root element, balanced tags,
 * quoted attributes without `<`, only the five entities and character references, no character XML 1.0
 * forbids. Returns an error message, or undefined.
 */
export function xmlError(xml) {
  const forbidden = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(
    xml,
  );
  if (forbidden) return `forbidden character U+${forbidden[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${forbidden.index}`;
  let i = 0;
  const stack = [];
  let roots = 0;
  const entity = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) return 'unterminated XML declaration';
    i = end + 2;
  }
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    for (let a = text.indexOf('&'); a >= 0; a = text.indexOf('&', a + 1)) {
      if (!entity.test(text.slice(a))) return `bad entity at ${i + a}`;
    }
    if (stack.length === 0 && text.trim() !== '') return `text outside the root element at ${i}`;
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return 'unterminated comment';
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end < 0 || stack.length === 0) return 'bad CDATA section';
      i = end + 3;
      continue;
    }
    const tag = /^<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(xml.slice(lt));
    if (!tag) return `malformed tag at ${lt}: ${JSON.stringify(xml.slice(lt, lt + 60))}`;
    const [whole, closing, name, attrs, selfClosing] = tag;
    const names = [];
    for (const m of attrs.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      names.push(m[1]);
      const value = m[2] ?? m[3];
      for (let a = value.indexOf('&'); a >= 0; a = value.indexOf('&', a + 1)) {
        if (!entity.test(value.slice(a))) return `bad entity in an attribute of <${name}>`;
      }
    }
    if (new Set(names).size !== names.length) return `duplicate attribute in <${name}>`;
    if (closing) {
      if (stack.pop() !== name) return `mismatched </${name}> at ${lt}`;
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) roots++;
    if (roots > 1) return 'more than one root element';
    i = lt + whole.length;
  }
  if (stack.length > 0) return `unclosed <${stack[stack.length - 1]}>`;
  if (roots !== 1) return 'no root element';
  return undefined;
}

/**
 * A SARIF validator from a draft-04 schema file (ajv-draft-04 with ajv-formats, as
 * test/formatters-ci.test.ts does): returns a function from a parsed log to an error string or undefined.
 */
export function makeSarifValidator(schemaFile) {
  const require = createRequire(import.meta.url);
  const AjvDraft04 = require('ajv-draft-04');
  const addFormats = require('ajv-formats');
  const ajv = new (AjvDraft04.default ?? AjvDraft04)({ allErrors: true, strict: false, unicodeRegExp: false });
  (addFormats.default ?? addFormats)(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  return (log) => (validate(log) ? undefined : JSON.stringify(validate.errors.slice(0, 3)));
}

/**
 * Judges one run.
 * @param run {
 *   exitCode, signal, timedOut, spawnError,
 *   stdoutFormat,                     // the --format of stdout
 *   stdout, stderr,                   // strings
 *   outputs: { [format]: string | null }, // the -o files (null: not written)
 *   cacheFiles: [{ name, text }],     // every file left in CHARTLINT_CACHE_DIR
 *   tmpLeftovers: [name],             // what is left in the per-case TMPDIR
 *   inputBefore, inputAfter,          // hashes of the input tree
 *   needles: [{ id, form, text }],    // the planted secrets' forms (plant.mjs needlesOf)
 * }
 * @param validateSarif (log) => error string | undefined
 * @returns [{ class, detail }]
 */
export function judge(run, validateSarif) {
  const failures = [];
  const fail = (cls, detail) => failures.push({ class: cls, detail });
  const stdout = run.stdout ?? '';
  const stderr = run.stderr ?? '';
  const texts = { ...Object.fromEntries(Object.entries(run.outputs ?? {}).filter(([, t]) => t != null)), [run.stdoutFormat]: stdout };

  if (run.timedOut) fail('hang', `no exit after ${run.timeoutSeconds ?? '?'} s`);
  else if (run.spawnError) fail('crash', `could not start: ${run.spawnError}`);
  else if (run.signal) fail('crash', `killed by ${run.signal}`);
  else if (![0, 1, 2].includes(run.exitCode)) fail('crash', `exit code ${run.exitCode}`);
  else if (run.exitCode === 2)
    fail('crash', `exit 2 (internal error): ${JSON.stringify(stderr.trim().split('\n').slice(0, 3).join(' | ').slice(0, 300))}`);
  else {
    if (stdout === '' && run.exitCode === 1) fail('crash', `exit 1 with no report on stdout (${run.stdoutFormat})`);
    if (stdout === '' && run.exitCode === 0 && ['json', 'sarif', 'junit'].includes(run.stdoutFormat))
      fail('crash', `empty ${run.stdoutFormat} report on stdout`);
    for (const [format, text] of Object.entries(run.outputs ?? {})) {
      if (text == null) fail('crash', `-o ${format} file not written`);
    }
  }

  for (const [pattern, what] of STACK_PATTERNS) {
    for (const [stream, text] of [
      ['stdout', stdout],
      ['stderr', stderr],
    ]) {
      const m = pattern.exec(text);
      if (m) fail('stack-trace', `${what} in ${stream}: ${excerpt(text, m.index, m[0])}`);
    }
  }

  const exited = !run.timedOut && !run.spawnError && (run.exitCode === 0 || run.exitCode === 1);
  if (exited) {
    if (texts.json != null) {
      try {
        JSON.parse(texts.json);
      } catch (e) {
        fail('invalid-json', e.message);
      }
    }
    if (texts.sarif != null) {
      let log;
      try {
        log = JSON.parse(texts.sarif);
      } catch (e) {
        fail('invalid-sarif', `not JSON: ${e.message}`);
      }
      if (log !== undefined) {
        const error = validateSarif(log);
        if (error) fail('invalid-sarif', error.slice(0, 500));
      }
    }
    if (texts.junit != null) {
      const error = xmlError(texts.junit);
      if (error) fail('invalid-junit', error);
    }
  }

  // Injection: a line a CI runner would read as a workflow command where none belongs, an unescaped line
  // break inside a github command, or a terminal escape in NO_COLOR output.
  for (const format of ['stylish', 'compact']) {
    const text = texts[format];
    if (text == null) continue;
    const m = /^::/m.exec(text);
    if (m) fail('injection', `a line starting with "::" in ${format}: ${excerpt(text, m.index, '::')}`);
  }
  if (texts.github != null) {
    const bad = texts.github.split('\n').find((line) => line !== '' && !line.startsWith('::'));
    if (bad !== undefined) fail('injection', `a github output line that is not a workflow command: ${JSON.stringify(bad.slice(0, 160))}`);
  }
  for (const format of ['stylish', 'compact', 'github']) {
    const text = texts[format];
    if (text == null) continue;
    const at = text.search(/[\x1b\x9b]/);
    if (at >= 0) fail('injection', `a terminal escape in ${format} output under NO_COLOR: ${excerpt(text, at, '\x1b')}`);
  }

  const sources = [
    ['stdout', stdout],
    ['stderr', stderr],
    ...Object.entries(run.outputs ?? {})
      .filter(([, t]) => t != null)
      .map(([f, t]) => [`-o ${f}`, t]),
    ...(run.cacheFiles ?? []).map((f) => [`cache ${f.name}`, f.text]),
  ];
  const seen = new Set();
  for (const needle of run.needles ?? []) {
    for (const [where, text] of sources) {
      const at = text.indexOf(needle.text);
      if (at < 0) continue;
      const key = `${needle.id}\0${where}`;
      if (seen.has(key)) continue;
      seen.add(key);
      fail('leak', `secret #${needle.id} (${needle.form} form) in ${where}: ${excerpt(text, at, needle.text)}`);
    }
  }

  if ((run.tmpLeftovers ?? []).length > 0) fail('tmp-leftover', `left in TMPDIR: ${run.tmpLeftovers.slice(0, 5).join(', ')}`);
  if (run.inputBefore !== run.inputAfter) fail('modified-input', 'the input tree changed during the run');
  return failures;
}
