import {
  defineRule,
  dottedPath,
  imageReadsOf,
  NO_OPTIONS,
  pathOf,
  REQUIRED_KEY_DEFAULTS,
  requirements,
  templatePlace,
  templateReadsFact,
  usesHelmToolkit,
} from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'undefined', 'values'>({
  id: 'images/undefined-key',
  meta: {
    description:
      "A template reads an image key (directly or through helm-toolkit) that the chart's values do not define, so the container renders with an empty image.",
    severity: 'error',
    targets: ['values'],
    chartDefaultsOnly: true,
    facts: [templateReadsFact],
    messages: {
      undefined:
        'The templates read image "{{key}}" ({{where}}, {{via}}), but "{{holder}}" does not define it: the container renders with an empty image.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const section = ctx.images().section;
    if (!ctx.chart || !section) return;
    const holder = dottedPath(pathOf(section.holder.value));
    const derived = imageReadsOf(ctx.fact(templateReadsFact), ctx.chart.dir, section.layout);
    // images/required-keys owns the keys it reports missing (at its defaults): one problem, one finding.
    const owned = new Set(
      usesHelmToolkit(ctx.chart)
        ? requirements(
            { chart: ctx.chart, root: ctx.file.documents[0]?.root, imageKeys: section.imageKeys, reads: derived },
            REQUIRED_KEY_DEFAULTS,
          )
            .filter((need) => !need.present)
            .flatMap((need) => need.reads)
        : [],
    );
    const reported = new Set<string>();
    for (const read of derived.reads) {
      // A read helm-toolkit makes only when values switch a feature on is not a container that renders empty.
      if (read.guarded || section.imageKeys.has(read.key) || reported.has(read.key) || owned.has(read.key)) continue;
      reported.add(read.key);
      const at = templatePlace(ctx.chart.dir, read.where);
      ctx.report({
        span: section.holder.keySpan,
        messageId: 'undefined',
        data: { key: read.key, where: read.where, via: read.via, holder },
        related: at ? [{ at, message: `The template reads image "${read.key}" here.` }] : [],
      });
    }
  },
});
