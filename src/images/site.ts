/** An image reference or pull policy found in a file, as every image rule sees it, whatever the file type. */
import type { Span, YamlEntry, YamlNode, YamlScalar } from '../sources/yaml-view.js';
import type { ReferenceResult } from './reference.js';

export type ImageSource = 'images-section' | 'image-string' | 'image-object' | 'container' | 'tripleo-prepare';
export type ReferencePart = 'domain' | 'path' | 'tag' | 'digest';

export interface ImageSite {
  /** The reference as Kubernetes would receive it. */
  reference: string;
  /** How messages name it: `"images.tags.dep_check"`, or `of container "api" in Deployment/x (chart/templates/y.yaml)`. */
  label: string;
  source: ImageSource;
  /** The whole reference: the scalar, or the `image:` key of an object. */
  span: Span;
  /** `{{ ... }}`, `${...}` or a build placeholder `@NAME@`: filled in later, so not judged here. */
  templated: boolean;
  /** The first `@NAME@` build placeholder (substituted when the chart is packaged), when that is why. */
  buildPlaceholder: string | undefined;
  /**
   * An image object with a `registry:` key of its own: the templates join a registry in (even when it is
   * empty here: `global.imageRegistry`, a default), so whether the reference names its host is the render's to say.
   */
  registryFromTemplate: boolean;
  /**
   * The values leave the tag to the templates: an object form's empty or absent tag (most charts default it to
   * `.Chart.AppVersion`, as `helm create` does), or a reference under a dependency's key, whose own values
   * supply one. Whether it is pinned is the render's to say.
   */
  tagFromTemplate: boolean;
  /** Parsed with kubelet's normaliser; computed once, shared by every rule. */
  parsed: ReferenceResult;
  /** Where a part of the reference is written, when it can be pinned down. */
  partSpan(part: ReferencePart): Span;
  /** Where a values image is, as templates address it (`sidecar.image`); undefined for rendered containers and list items. */
  valuesPath?: string | undefined;
  /** An object form's `tag:` written as a YAML number, whose text may differ from the tag Helm renders. */
  numericTag: YamlScalar | undefined;
}

export interface PullPolicySite {
  key: string;
  node: YamlNode;
  source: ImageSource;
  /** The reference of the image object it belongs to, when it belongs to one. */
  image?: string | undefined;
}

export interface ImagesSection {
  layout: 'tags' | 'flat';
  /** The key that holds the image keys: `images:` (flat) or `tags:`. */
  holder: YamlEntry;
  imageKeys: ReadonlyMap<string, YamlEntry>;
  pullPolicy: YamlEntry | undefined;
  /** `images.pullPolicy`, which helm-toolkit never reads (it reads `images.pull_policy`). */
  misspeltPullPolicy: YamlEntry | undefined;
  images: YamlEntry;
}

export interface ImageIndex {
  section: ImagesSection | undefined;
  images: ImageSite[];
  pullPolicies: PullPolicySite[];
}

/** Build systems (StarlingX, autoconf) substitute `@NAME@` before a chart is packaged. */
const BUILD_PLACEHOLDER = /@[A-Za-z_][A-Za-z0-9_]*@/;

export function buildPlaceholderIn(value: string): string | undefined {
  return BUILD_PLACEHOLDER.exec(value)?.[0];
}

export function isTemplated(value: string): boolean {
  return value.includes('{{') || value.includes('${') || BUILD_PLACEHOLDER.test(value);
}
