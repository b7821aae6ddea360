/**
 * The release name chartlint renders a chart as, when none is set: the chart's name made into one helm
 * accepts (a DNS-1123 label: lowercase letters, digits and `-`, alphanumeric at both ends, at most 53
 * characters), as `helm template keystone ./keystone` would be written by hand. `my_app` becomes `my-app`.
 */
export const MAX_RELEASE_NAME = 53;

export function defaultReleaseName(chartName: string): string {
  const name = chartName
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, MAX_RELEASE_NAME)
    .replace(/^-+|-+$/g, '');
  return name || 'release';
}

/** helm's refusal of the release name (helm 3 and 4 word it alike). */
export function isReleaseNameRefusal(helmText: string): boolean {
  return /invalid release name|release name check failed/i.test(helmText);
}
