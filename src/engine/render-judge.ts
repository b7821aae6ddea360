/**
 * The render is the judge: an image rule that reads values guesses what the container gets (the templates
 * may join a registry in front, add a default tag, ignore the value). When the chart rendered, the rendered
 * containers built from a values image say what it really is: a values finding they contradict is withdrawn.
 * Where nothing rendered from the value (a component switched off), the values finding stands.
 */
import type { ImageSite } from '../images/site.js';
import { namesRegistryHost } from '../images/reference.js';

/** The repository name of a reference as written (registry included), without tag or digest. */
export function nameOf(reference: string): string {
  const at = reference.indexOf('@');
  const name = at === -1 ? reference : reference.slice(0, at);
  const colon = name.lastIndexOf(':');
  return colon > name.lastIndexOf('/') ? name.slice(0, colon) : name;
}

function tagOf(reference: string): string | undefined {
  const at = reference.indexOf('@');
  const name = at === -1 ? reference : reference.slice(0, at);
  const colon = name.lastIndexOf(':');
  return colon > name.lastIndexOf('/') ? name.slice(colon + 1) : undefined;
}

/**
 * A rendered reference comes from a values image when it names the same repository (the template may have
 * put a registry in front) and, where the values write a tag, the same tag.
 */
export function renderedFrom(values: ImageSite, rendered: string): boolean {
  if (values.templated || values.reference === '') return false;
  const name = nameOf(values.reference);
  const renderedName = nameOf(rendered);
  if (name === '' || (renderedName !== name && !renderedName.endsWith(`/${name}`))) return false;
  const tag = values.tagFromTemplate ? undefined : tagOf(values.reference);
  return tag === undefined || tagOf(rendered) === undefined || tagOf(rendered) === tag;
}

export type JudgedRule = 'images/fully-qualified' | 'images/no-latest' | 'images/reference-syntax';

/** Whether a rendered container image passes what the rule would have said of the values image. */
const PASSES: Record<JudgedRule, (rendered: ImageSite) => boolean> = {
  'images/fully-qualified': (rendered) => rendered.templated || namesRegistryHost(rendered.reference),
  'images/no-latest': (rendered) => {
    if (!rendered.parsed.ok) return false;
    const { tag, digest } = rendered.parsed.ref;
    return digest !== null || (tag !== null && tag !== 'latest');
  },
  'images/reference-syntax': (rendered) => rendered.parsed.ok,
};

/** The rules whose values findings about `site` the rendered containers contradict. */
export function contradictedRules(site: ImageSite, rendered: readonly ImageSite[]): JudgedRule[] {
  const from = rendered.filter((image) => renderedFrom(site, image.reference));
  if (from.length === 0) return [];
  return (Object.keys(PASSES) as JudgedRule[]).filter((rule) => from.every(PASSES[rule]));
}
