import {
  ALPHA_ANNOTATIONS,
  annotationTolerations,
  defineRule,
  describeToleration,
  findPods,
  getEntry,
  NO_OPTIONS,
  type DeprecatedLabelUse,
  objectLabelUses,
  podSpecLabelUses,
  sameToleration,
  specTolerations,
} from '../../src/rule-kit/index.js';

export default defineRule<
  Record<string, never>,
  'alphaTolerations' | 'alphaTolerationsRepeated' | 'alphaAffinity' | 'failureDomain',
  'manifests'
>({
  id: 'manifests/deprecated-placement',
  meta: {
    description:
      'Rendered pods place themselves with the fields Kubernetes reads: no alpha scheduler annotations, no deprecated failure-domain.beta.kubernetes.io labels.',
    severity: 'warning',
    targets: ['manifests'],
    messages: {
      alphaTolerations:
        'The {{pod}} declares {{tolerations}} only in the annotation "{{annotation}}", which Kubernetes has ignored since 1.6: the pod does not tolerate them. Write them under the pod spec\'s `tolerations:`.',
      alphaTolerationsRepeated:
        'The {{pod}} repeats its tolerations in the annotation "{{annotation}}", which Kubernetes has ignored since 1.6; the pod spec\'s `tolerations:` already holds them, so the annotation can go.',
      alphaAffinity:
        'The {{pod}} sets the annotation "{{annotation}}", which Kubernetes no longer reads (affinity moved to the pod spec\'s `affinity:` field in 1.6), so the pod is scheduled without it.',
      failureDomain:
        'The {{subject}} uses the node label "{{label}}" in its {{where}}; Kubernetes deprecated it in 1.17 for "{{replacement}}", and nodes labelled only with the new name do not match it. Use "{{replacement}}".',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const pod of findPods(ctx.file.documents)) {
      const annotations = pod.metadata?.kind === 'map' ? getEntry(pod.metadata, 'annotations')?.value : undefined;
      const tolerationsAnnotation = annotations?.kind === 'map' ? getEntry(annotations, ALPHA_ANNOTATIONS.tolerations) : undefined;
      if (tolerationsAnnotation) {
        const data = { pod: pod.label, annotation: ALPHA_ANNOTATIONS.tolerations };
        const value = tolerationsAnnotation.value;
        const listed = value.kind === 'scalar' && typeof value.value === 'string' ? annotationTolerations(value.value) : undefined;
        const inSpec = specTolerations(getEntry(pod.spec, 'tolerations')?.value);
        const missing = listed?.filter((t) => !inSpec.some((s) => sameToleration(t, s)));
        const span = tolerationsAnnotation.keySpan;
        if (missing && missing.length === 0 && listed!.length > 0) ctx.report({ span, messageId: 'alphaTolerationsRepeated', data });
        else if (!missing || missing.length > 0) {
          const tolerations = missing ? `the tolerations ${missing.map(describeToleration).join(', ')}` : 'its tolerations';
          ctx.report({ span, messageId: 'alphaTolerations', data: { ...data, tolerations } });
        }
      }
      const affinityAnnotation = annotations?.kind === 'map' ? getEntry(annotations, ALPHA_ANNOTATIONS.affinity) : undefined;
      if (affinityAnnotation) {
        ctx.report({
          span: affinityAnnotation.keySpan,
          messageId: 'alphaAffinity',
          data: { pod: pod.label, annotation: ALPHA_ANNOTATIONS.affinity },
        });
      }
      for (const use of podSpecLabelUses(pod.spec, pod.label)) ctx.report(labelReport(use));
    }
    for (const use of objectLabelUses(ctx.file.documents)) ctx.report(labelReport(use));
  },
});

function labelReport(use: DeprecatedLabelUse) {
  const { span, label, replacement, where, subject } = use;
  return { span, messageId: 'failureDomain' as const, data: { label, replacement, where, subject } };
}
