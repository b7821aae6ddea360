/** What the deployment-set rules share: each keeps the same part of every stream, and sees the same graph. */
import type { CollectContext, DeploymentContext } from '../engine/rule.js';
import { namespaceFact } from '../facts/namespace.js';
import { buildGraph, type DependencyGraph } from './graph.js';
import { collectSetPart, type SetPart } from './set-objects.js';

/** The stream's part of the set: a chart rendered by this run, or a stream given with --manifests. */
export function collectSet<Options>(ctx: CollectContext<Options, 'manifests'>): SetPart {
  return collectSetPart(ctx.file.documents, ctx.file.text, { chart: ctx.chart?.name, rendered: ctx.chart !== undefined }, ctx.anchor);
}

export function setGraph<Options, MessageId extends string>(
  ctx: DeploymentContext<Options, MessageId, SetPart>,
  external: readonly string[] = [],
): DependencyGraph {
  return buildGraph(ctx.summaries, { namespace: ctx.fact(namespaceFact), external });
}
