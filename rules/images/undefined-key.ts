import { defineRule, NO_OPTIONS } from '../../src/engine/types.js';
import { dottedPath, pathOf } from '../../src/sources/yaml.js';
import { templateImageReads } from '../../src/templates/image-reads.js';

export default defineRule<Record<string, never>, 'undefined'>({
  id: 'images/undefined-key',
  meta: {
    description: 'A template reads an image key (directly or through helm-toolkit) that the chart\'s values do not define, so the container renders with an empty image.',
    severity: 'error',
    targets: ['values'],
    chartDefaultsOnly: true,
    messages: {
      undefined: 'The templates read image "{{key}}" ({{where}}, {{via}}), but "{{holder}}" does not define it: the container renders with an empty image.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const section = ctx.images().section;
    if (!ctx.chart || !section) return;
    const holder = dottedPath(pathOf(section.holder.value));
    const reported = new Set<string>();
    for (const read of templateImageReads(ctx.chart, section.layout).reads) {
      if (section.imageKeys.has(read.key) || reported.has(read.key)) continue;
      reported.add(read.key);
      ctx.report({ span: section.holder.keySpan, messageId: 'undefined', data: { key: read.key, where: read.where, via: read.via, holder } });
    }
  },
});
