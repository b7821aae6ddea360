import { defineDeploymentRule, NO_OPTIONS, type Anchor } from '../../src/rule-kit/index.js';

interface Pin {
  repository: string;
  tag: string;
  image: string;
  at: Anchor;
}

export default defineDeploymentRule<Record<string, never>, 'skew' | 'noMajority', 'values', Pin[]>({
  id: 'images/version-skew',
  meta: {
    scope: 'deployment',
    description: "One image repository pinned to different tags by the charts' own values.yaml files linted together.",
    // Opt-in: charts released on their own schedules differ on purpose; a tree deployed as one turns it on.
    severity: 'off',
    targets: ['values'],
    messages: {
      skew: 'Image {{image}} pins {{repository}} to "{{tag}}", but {{count}} other charts in this run use "{{common}}": one deployment would run both.',
      noMajority:
        'Image {{image}} pins {{repository}} to "{{tag}}", while other charts in this run use {{others}}: one deployment would run them all.',
    },
    ...NO_OPTIONS,
  },
  collect(ctx) {
    // A chart's defaults say what it ships; override files are a site's choice.
    if (!ctx.isChartDefaults) return undefined;
    const pins = ctx.images().images.flatMap((image): Pin[] => {
      // `latest` pins nothing (images/no-latest says so); a digest pins whatever the tag says.
      if (image.templated || !image.parsed.ok || image.parsed.ref.digest || !image.parsed.ref.tag || image.parsed.ref.tag === 'latest')
        return [];
      const { domain, path, tag } = image.parsed.ref;
      return [{ repository: `${domain}/${path}`, tag, image: image.label, at: ctx.anchor(image.partSpan('tag')) }];
    });
    return pins.length > 0 ? pins : undefined;
  },
  check(ctx) {
    // Charts are counted, not pins: one chart may use two builds of an image on purpose (api and db-sync).
    const byRepository = new Map<string, { file: string; chart: string; pin: Pin }[]>();
    for (const { file, chart, summary } of ctx.summaries) {
      for (const pin of summary)
        byRepository.set(pin.repository, [...(byRepository.get(pin.repository) ?? []), { file, chart: chart ?? file, pin }]);
    }
    for (const [repository, pins] of byRepository) {
      const chartsByTag = new Map<string, Set<string>>();
      for (const { chart, pin } of pins) chartsByTag.set(pin.tag, (chartsByTag.get(pin.tag) ?? new Set()).add(chart));
      if (chartsByTag.size < 2 || new Set(pins.map((p) => p.chart)).size < 2) continue;
      const most = Math.max(...[...chartsByTag.values()].map((charts) => charts.size));
      const leaders = [...chartsByTag].filter(([, charts]) => charts.size === most).map(([tag]) => tag);
      for (const { file, pin } of pins) {
        if (leaders.length === 1 && pin.tag === leaders[0]) continue;
        const base = { image: pin.image, repository, tag: pin.tag };
        if (leaders.length === 1) ctx.report({ file, at: pin.at, messageId: 'skew', data: { ...base, count: most, common: leaders[0]! } });
        else {
          const others = [...chartsByTag.keys()]
            .filter((tag) => tag !== pin.tag)
            .sort()
            .map((tag) => `"${tag}"`)
            .join(', ');
          ctx.report({ file, at: pin.at, messageId: 'noMajority', data: { ...base, others } });
        }
      }
    }
  },
});
