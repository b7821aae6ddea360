import { defineRule, getPath, NO_OPTIONS, scalarString, type YamlNode } from '../../src/rule-kit/index.js';

/**
 * `DeploymentConfig/name` + container names whose image OpenShift fills in: an ImageChange trigger that
 * names the container (`imageChangeParams.containerNames`) sets its image from the image stream, so the
 * template's `image: " "` is a placeholder.
 */
function imageSetByTrigger(roots: readonly (YamlNode | undefined)[]): Set<string> {
  const set = new Set<string>();
  const visit = (object: YamlNode | undefined): void => {
    if (object?.kind !== 'map') return;
    const kind = scalarString(getPath(object, ['kind']));
    const items = getPath(object, ['items']);
    if (kind === 'List' && items?.kind === 'seq') return items.items.forEach(visit);
    const triggers = getPath(object, ['spec', 'triggers']);
    if (kind !== 'DeploymentConfig' || triggers?.kind !== 'seq') return;
    const owner = `${kind}/${scalarString(getPath(object, ['metadata', 'name'])) ?? '(unnamed)'}`;
    for (const trigger of triggers.items) {
      const names = getPath(trigger, ['imageChangeParams', 'containerNames']);
      if (scalarString(getPath(trigger, ['type'])) !== 'ImageChange' || names?.kind !== 'seq') continue;
      for (const name of names.items) set.add(`${owner}\n${scalarString(name) ?? ''}`);
    }
  };
  roots.forEach(visit);
  return set;
}

export default defineRule<Record<string, never>, 'missing' | 'empty', 'manifests'>({
  id: 'manifests/image-empty',
  meta: {
    description: 'A rendered container has no image, or an empty one: helm renders it without complaint and the pod never starts.',
    severity: 'error',
    targets: ['manifests'],
    messages: {
      missing: 'The {{container}} has no image.',
      empty: 'The {{container}} renders an empty image; the values key its template reads is probably undefined.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    let triggered: Set<string> | undefined;
    for (const container of ctx.containers()) {
      const image = container.image;
      const blank = !image || (image.value.kind === 'scalar' && (image.value.value === null || String(image.value.value).trim() === ''));
      if (!blank) continue;
      triggered ??= imageSetByTrigger(ctx.file.documents.map((document) => document.root));
      if (container.object.startsWith('DeploymentConfig/') && triggered.has(`${container.object}\n${container.container}`)) continue;
      if (!image) ctx.report({ node: container.node, messageId: 'missing', data: { container: container.label } });
      else ctx.report({ span: image.keySpan, messageId: 'empty', data: { container: container.label } });
    }
  },
});
