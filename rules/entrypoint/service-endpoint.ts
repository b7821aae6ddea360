import {
  closest,
  defineRule,
  dependencyChartsFact,
  dependencyComponents,
  dependencyContextOf,
  endpointKey,
  getEntry,
  NO_OPTIONS,
  scalarString,
  toolkitReadsDependencies,
} from '../../src/rule-kit/index.js';

const ITEM_KEYS = ['endpoint', 'service'];

export default defineRule<
  Record<string, never>,
  'unknownItemKey' | 'noService' | 'unknownService' | 'unknownServiceNear' | 'unknownHost',
  'values'
>({
  id: 'entrypoint/service-endpoint',
  meta: {
    description:
      'Each `services` item of a dependency is `{endpoint, service}`: `service` names an entry of `endpoints:` and `endpoint` one of its hosts (or the entry has `hosts.default`).',
    severity: 'error',
    targets: ['values'],
    facts: [dependencyChartsFact],
    messages: {
      unknownItemKey:
        '"{{key}}" is not read in a services item, which holds only "endpoint" and "service"{{near}}: helm-toolkit ignores it, and without "service" the dependency is dropped or hangs the pod.',
      noService:
        'This services item has no "service": helm-toolkit renders nothing for it, which drops the dependency or, beside others, leaves an empty name in DEPENDENCY_SERVICE that never resolves (the pod hangs in Init).',
      unknownService:
        '"{{service}}" names no entry of endpoints: (helm-toolkit looks up endpoints.{{key}}): it renders nothing for it, which drops the dependency or, beside others, leaves an empty name in DEPENDENCY_SERVICE that never resolves (the pod hangs in Init).',
      unknownServiceNear:
        '"{{service}}" names no entry of endpoints: (helm-toolkit looks up endpoints.{{key}}); did you mean "{{near}}"? It renders nothing for it, which drops the dependency or, beside others, leaves an empty name in DEPENDENCY_SERVICE that never resolves (the pod hangs in Init).',
      unknownHost:
        'endpoints.{{key}}.hosts has neither "{{endpoint}}" nor "default": helm-toolkit finds no host name for this dependency, and the render fails.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    if (!toolkitReadsDependencies(ctx.chart)) return;
    const root = ctx.file.documents[0]?.root;
    const { components } = dependencyComponents(root);
    if (components.length === 0) return;
    const known = dependencyContextOf(ctx.fact(dependencyChartsFact), ctx.chart?.dir, root, ctx.isChartDefaults);
    const entries = Object.keys(known.endpoints);
    for (const component of components) {
      const services = component.map ? getEntry(component.map, 'services')?.value : undefined;
      if (services?.kind !== 'seq') continue;
      for (const item of services.items) {
        if (item.kind !== 'map') continue;
        let misspelt = false;
        for (const entry of item.entries) {
          if (ITEM_KEYS.includes(entry.key)) continue;
          misspelt = true;
          const near = closest(entry.key, ITEM_KEYS, 2);
          ctx.report({
            span: entry.keySpan,
            messageId: 'unknownItemKey',
            data: { key: entry.key, near: near ? ` (did you mean "${near}"?)` : '' },
          });
        }
        const serviceNode = getEntry(item, 'service')?.value;
        const service = scalarString(serviceNode);
        if (!serviceNode) {
          // A misspelt "service" is reported above, once.
          if (!misspelt) ctx.report({ node: item, messageId: 'noService' });
          continue;
        }
        if (service === undefined) continue;
        const key = endpointKey(service);
        if (!Object.hasOwn(known.endpoints, key)) {
          // Only the chart's own values.yaml is sure to hold every entry it uses; an override or a file
          // without `endpoints:` may rely on another values file.
          if (!ctx.isChartDefaults || entries.length === 0) continue;
          const near = closest(key, entries, 2);
          if (near) ctx.report({ node: serviceNode, messageId: 'unknownServiceNear', data: { service, key, near } });
          else ctx.report({ node: serviceNode, messageId: 'unknownService', data: { service, key } });
          continue;
        }
        // An override's hosts map is partial: only with its chart's defaults below it is the whole map seen.
        if (!ctx.isChartDefaults && !ctx.chart) continue;
        const hosts = known.endpoints[key];
        const endpointNode = getEntry(item, 'endpoint')?.value;
        const endpoint = scalarString(endpointNode);
        if (!hosts || endpoint === undefined || hosts.includes(endpoint) || hosts.includes('default')) continue;
        ctx.report({ node: endpointNode!, messageId: 'unknownHost', data: { key, endpoint } });
      }
    }
  },
});
