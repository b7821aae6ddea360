/**
 * TripleO environment files that prepare container images: a YAML file whose `parameter_defaults` holds
 * `ContainerImagePrepare` (or `<Role>ContainerImagePrepare`, or `ContainerImageRegistryCredentials`).
 * A file named on the command line is one when its content says so; the config's `tripleo.files` globs name
 * them outright (and find them in folders named on the command line).
 */
import type { ImageIndex } from '../images/site.js';
import { readTextOrUndefined } from '../sources/files.js';
import { parseYamlValues } from '../sources/yaml.js';
import { collectTripleoImages } from '../tripleo/images.js';
import { readTripleoFile, type TripleoFile } from '../tripleo/prepare.js';
import type { FileType } from './types.js';

export interface TripleoContext {
  /** The prepare parameters, their entries and the credentials, read once. */
  tripleo(): TripleoFile;
  /** The image references the entries produce (see src/tripleo/images.ts). */
  images(): ImageIndex;
}

/** Only the start of a file is read to recognise it; an environment file is a few kilobytes. */
const SNIFF_LIMITS = { maxFileBytes: 1024 * 1024 };
const PARAMETER_DEFAULTS = /^["']?parameter_defaults["']?[ \t]*:/m;
const PREPARE_KEY = /^[ \t]+["']?[A-Za-z0-9]*ContainerImage(?:Prepare|RegistryCredentials)["']?[ \t]*:/m;

/** Whether a file's text is a TripleO image-prepare environment file. */
export function isTripleoText(text: string): boolean {
  return PARAMETER_DEFAULTS.test(text) && PREPARE_KEY.test(text);
}

export const tripleoFileType: FileType<'tripleo', TripleoContext> = {
  kind: 'tripleo',
  discover(input) {
    return input.namedFiles
      .filter(
        (named) =>
          named.kind === 'tripleo' || (named.kind === undefined && isTripleoText(readTextOrUndefined(named.path, SNIFF_LIMITS) ?? '')),
      )
      .map((named) => ({ path: named.path, kind: 'tripleo', role: 'tripleo', chart: named.chart }));
  },
  async parse(text, limits) {
    return [await parseYamlValues(text, limits)];
  },
  fatalStopsRules: true,
  context(file) {
    let tripleo: TripleoFile | undefined;
    let images: ImageIndex | undefined;
    const read = (): TripleoFile => (tripleo ??= readTripleoFile(file.documents[0]?.root, file.text));
    return { tripleo: read, images: () => (images ??= collectTripleoImages(read(), file.text)) };
  },
};
