/**
 * images/digest-pinned's `exempt`: repositories allowed without a digest, matched as images/allowed-registries
 * matches its registries.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { CHART, makeTree } from './helpers/tree.js';

async function findingsOf(rule: string, files: Record<string, string>): Promise<{ line: number; text: string }[]> {
  const root = makeTree(files);
  const manifests = Object.keys(files).filter((file) => file.startsWith('rendered'));
  const paths = Object.keys(files).some((file) => file.startsWith('svc/')) ? ['svc'] : [];
  const result = await lint({ paths, manifests, cwd: root });
  return result.diagnostics.filter((d) => d.ruleId === rule).map((d) => ({ line: d.line, text: `${d.messageId}: ${d.message}` }));
}

/** A Pod with one container per image, the `image:` of container i on line 8 + 2 * i. */
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\nCONTAINERS';

describe('images/digest-pinned: exempt', () => {
  const on = (exempt: string[]): string => `rules:\n  images/digest-pinned:\n    options:\n      exempt: ${JSON.stringify(exempt)}\n`;
  const images = (...refs: string[]): string =>
    POD.replace('CONTAINERS', refs.map((ref, i) => `    - name: c${i}\n      image: ${ref}\n`).join(''));
  const pinned = async (exempt: string[], ...refs: string[]): Promise<number[]> =>
    (await findingsOf('images/digest-pinned', { 'rendered.yaml': images(...refs), '.chartlint.yaml': on(exempt) })).map((f) => f.line);

  it('exempts a repository by host and whole path components, on any port', async () => {
    // Lines 8, 10, 12, 14: one container each.
    expect(
      await pinned(
        ['registry.example.com/team'],
        'registry.example.com/team/app:1.0',
        'registry.example.com:5000/team/app:1.0',
        'registry.example.com/team-b/app:1.0',
        'registry.example.com/teamapp:1.0',
      ),
    ).toEqual([12, 14]);
  });

  it('judges a name where Kubernetes pulls it from, so a name is never a host prefix', async () => {
    // kubescape's pod-exempt-prefix-collision: "internal-registry" must not exempt internal-registry-attacker/app;
    // its pod-exempted-repo: it does exempt internal-registry/nginx, which docker.io serves as docker.io/internal-registry/nginx.
    expect(await pinned(['internal-registry'], 'internal-registry-attacker/app:latest', 'internal-registry/nginx:1.25')).toEqual([8]);
    expect(await pinned(['internal-registry'], 'internal-registry.example.com/nginx:1.25')).toEqual([8]);
    expect(await pinned(['docker.io/internal-registry'], 'internal-registry-attacker/app:latest', 'internal-registry/nginx:1.25')).toEqual([
      8,
    ]);
    expect(await pinned(['docker.io/library', '*.example.com'], 'nginx:1.25', 'mirror.eu.example.com/x:1', 'quay.io/x/y:1')).toEqual([12]);
  });

  it('still needs a digest everywhere without exempt, and exempts values images too', async () => {
    expect(await pinned([], 'registry.example.com/team/app:1.0')).toEqual([8]);
    const values = await findingsOf('images/digest-pinned', {
      'svc/Chart.yaml': CHART('svc'),
      'svc/values.yaml':
        'images:\n  tags:\n    api: quay.io/airshipit/keystone:2026.1\n    other: quay.io/other/keystone:2026.1\n  pull_policy: IfNotPresent\n',
      '.chartlint.yaml': on(['quay.io/airshipit']),
    });
    expect(values.map((f) => f.line)).toEqual([4]);
  });
});
