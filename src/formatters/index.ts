import type { Formatter } from './types.js';

/** Loaded on demand, so a run pays only for the format it prints. */
const loaders: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  compact: async () => (await import('./compact.js')).compact,
  json: async () => (await import('./json.js')).json,
  github: async () => (await import('./github.js')).github,
  sarif: async () => (await import('./sarif.js')).sarif,
  junit: async () => (await import('./junit.js')).junit,
};

export const FORMAT_NAMES = Object.keys(loaders);

export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  return loaders[name]?.();
}

export type { FormatContext, Formatter } from './types.js';
