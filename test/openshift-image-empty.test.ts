/**
 * manifests/image-empty and OpenShift: a DeploymentConfig's ImageChange trigger sets the image of the
 * containers it names, so their `image: " "` is a placeholder.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { makeTree } from './helpers/tree.js';

async function findingsOf(rule: string, files: Record<string, string>): Promise<{ line: number; text: string }[]> {
  const root = makeTree(files);
  const manifests = Object.keys(files).filter((file) => file.startsWith('rendered'));
  const result = await lint({ paths: [], manifests, cwd: root });
  return result.diagnostics.filter((d) => d.ruleId === rule).map((d) => ({ line: d.line, text: `${d.messageId}: ${d.message}` }));
}

describe('manifests/image-empty: OpenShift ImageChange triggers', () => {
  const deploymentConfig = (image: string, triggers: string, kind = 'DeploymentConfig'): string =>
    `apiVersion: apps.openshift.io/v1\nkind: ${kind}\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n${image}        - name: sidecar\n          image: quay.io/x/sidecar:1\n${triggers}`;
  const BLANK = '          image: " "\n';
  const trigger = (names: string[], type = 'ImageChange'): string =>
    `  triggers:\n    - type: ConfigChange\n    - type: ${type}\n      imageChangeParams:\n        automatic: true\n        containerNames: ${JSON.stringify(names)}\n        from:\n          kind: ImageStreamTag\n          name: app:1.0\n`;
  const empty = async (stream: string): Promise<string[]> =>
    (await findingsOf('manifests/image-empty', { 'rendered.yaml': stream })).map((f) => f.text.replace(/:.*/, ''));

  it('takes the blank image of a container a trigger names for the placeholder it is', async () => {
    expect(await empty(deploymentConfig(BLANK, trigger(['app'])))).toEqual([]);
    expect(await empty(deploymentConfig('', trigger(['sidecar', 'app'])))).toEqual([]);
    expect(
      await empty(
        `apiVersion: v1\nkind: List\nitems:\n${deploymentConfig(BLANK, trigger(['app']))
          .replace(/^/gm, '  ')
          .replace(/^ {2}apiVersion/, '- apiVersion')}`,
      ),
    ).toEqual([]);
  });

  it('still reports it without a trigger for that container, or outside a DeploymentConfig', async () => {
    expect(await empty(deploymentConfig(BLANK, ''))).toEqual(['empty']);
    expect(await empty(deploymentConfig(BLANK, trigger(['sidecar'])))).toEqual(['empty']);
    expect(await empty(deploymentConfig(BLANK, trigger(['app'], 'ConfigChange')))).toEqual(['empty']);
    expect(await empty(deploymentConfig('', ''))).toEqual(['missing']);
    expect(await empty(deploymentConfig(BLANK, trigger(['app']), 'Deployment'))).toEqual(['empty']);
  });
});
