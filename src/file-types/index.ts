/**
 * The file-type registry. A new kind of input is one module (how it is discovered, parsed and what its rule
 * context adds) plus its line here and in `TargetContexts`; the engine only iterates this list.
 */
import { chartMetadataFileType, type ChartMetadataContext } from './chart-metadata.js';
import { kollaFileType, type KollaContext } from './kolla.js';
import { manifestsFileType, type ManifestsContext } from './manifests.js';
import { tripleoFileType, type TripleoContext } from './tripleo.js';
import { patchFileType, type PatchContext } from './patch.js';
import type { FileType } from './types.js';
import { valuesFileType, type ValuesContext } from './values.js';

/** What a rule's context adds, by the kind of file it targets. */
export interface TargetContexts {
  values: ValuesContext;
  'chart-metadata': ChartMetadataContext;
  manifests: ManifestsContext;
  kolla: KollaContext;
  tripleo: TripleoContext;
  patch: PatchContext;
}

export type FileKind = keyof TargetContexts;

// The first type to claim a file keeps it: the types recognised by content (TripleO, Kolla) look at
// named files before values takes every one; a named `.patch` file is a patch, not a values file.
export const FILE_TYPES: readonly FileType<FileKind>[] = [
  tripleoFileType,
  kollaFileType,
  patchFileType,
  valuesFileType,
  chartMetadataFileType,
  manifestsFileType,
];

export function fileTypeOf(kind: string): FileType {
  const found = FILE_TYPES.find((type) => type.kind === kind);
  if (!found) throw new Error(`no file type "${kind}"`);
  return found;
}

export { STDIN_PATH } from './manifests.js';
export type { DiscoveryInput, FileRole, FileType, LintTarget, NamedFile, SourceFile } from './types.js';
