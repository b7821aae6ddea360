/** Bad input becomes a diagnostic at its place, never a crash, and never stops the other files. */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { readTextFile } from '../src/sources/files.js';
import { CHART, makeTree } from './helpers/tree.js';

describe('bad files', () => {
  const root = makeTree({
    '.chartlint.yaml': 'limits:\n  maxFileBytes: 4096\n',
    'svc/Chart.yaml': CHART('svc'),
    'svc/values.yaml': 'images:\n  tags:\n    dep_check: quay.io/a/entrypoint:latest\n  pull_policy: IfNotPresent\n',
    'svc/values_overrides/binary.yaml': new Uint8Array([0x69, 0x6d, 0x00, 0x01, 0x02, 0xff]),
    'svc/values_overrides/huge.yaml': `images:\n  tags:\n${'    k: quay.io/a/b:1\n'.repeat(400)}`,
    'svc/values_overrides/latin1.yaml': new Uint8Array([0x61, 0x3a, 0x20, 0xe9, 0x0a]),
    'svc/values_overrides/broken.yaml': 'images: [\n',
    'svc/values_overrides/fine.yaml': 'images:\n  tags:\n    api: nginx:1.25\n',
  });

  it('reports each bad file at its start and still lints the rest', async () => {
    const result = await lint({ paths: ['svc'], cwd: root });
    const byFile = Object.fromEntries(result.diagnostics.map((d) => [d.file, `${d.line}:${d.column} ${d.ruleId}/${d.messageId}`]));
    expect(byFile).toEqual({
      'svc/values.yaml': '3:37 images/no-latest/latest',
      'svc/values_overrides/binary.yaml': '1:1 yaml/syntax/unreadable',
      'svc/values_overrides/broken.yaml': '2:1 yaml/syntax/syntax',
      'svc/values_overrides/fine.yaml': '3:10 images/fully-qualified/unqualified',
      'svc/values_overrides/huge.yaml': '1:1 yaml/syntax/unreadable',
      'svc/values_overrides/latin1.yaml': '1:1 yaml/syntax/unreadable',
    });
    const messages = result.diagnostics.map((d) => d.message).join('\n');
    expect(messages).toContain('binary data');
    expect(messages).toContain('over the 4.0 KiB limit');
    expect(messages).toContain('not valid UTF-8');
    expect(result.internalErrors).toEqual([]);
  });

  it('reports a path that cannot be read as a file', () => {
    const read = readTextFile(root, { maxFileBytes: 1 << 20 });
    expect(read).toMatchObject({ ok: false, code: 'UNREADABLE' });
    expect(read.ok ? '' : read.message).toMatch(/cannot be read \(EISDIR\)/);
  });
});
