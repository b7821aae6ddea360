/** Manifest streams: `helm template` output or any multi-document Kubernetes YAML (--manifests, --render). */
import { collectContainerImages } from '../images/container-images.js';
import type { ImageIndex } from '../images/site.js';
import { findEmbeddedKolla, type EmbeddedKolla } from '../kolla/embedded.js';
import { findContainers, type ContainerSite } from '../manifests/pods.js';
import { parseManifestStream } from '../sources/manifests.js';
import type { FileType } from './types.js';

export interface ManifestsContext {
  /** Every container of every pod spec in the stream. */
  containers(): readonly ContainerSite[];
  /** The rendered containers' image references. */
  images(): ImageIndex;
  /** Kolla configs held in ConfigMaps and Secrets (src/kolla/embedded.ts). */
  kolla(): EmbeddedKolla;
}

/** How a stream read from standard input is shown. */
export const STDIN_PATH = '<stdin>';

export const manifestsFileType: FileType<'manifests', ManifestsContext> = {
  kind: 'manifests',
  discover(input) {
    return input.manifestStreams.map((file) => ({
      path: file === '-' ? STDIN_PATH : file,
      kind: 'manifests',
      role: 'manifests',
      chart: undefined,
    }));
  },
  parse: (text, limits) => parseManifestStream(text, limits),
  // A stream's broken document leaves the others to lint.
  fatalStopsRules: false,
  context(file) {
    let containers: ContainerSite[] | undefined;
    let images: ImageIndex | undefined;
    let kolla: EmbeddedKolla | undefined;
    const getContainers = (): ContainerSite[] => (containers ??= findContainers(file.documents));
    return {
      containers: getContainers,
      images: () => (images ??= collectContainerImages(getContainers(), file.text)),
      kolla: () => (kolla ??= findEmbeddedKolla(file.documents, file.text)),
    };
  },
};
