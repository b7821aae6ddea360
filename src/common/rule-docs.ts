/** Where each rule's doc page is published: one source for SARIF's helpUri, JSON's `docs` and `--list-rules`. */

export const REPOSITORY = 'https://github.com/chartlint/chartlint';

/** Where rule doc pages live; a rule's page is this plus `<id>.md` (`rules/<group>/<name>.md` in the repository). */
export const DOCS_BASE = `${REPOSITORY}/blob/main/rules/`;

/** The URL of a rule's doc page. */
export const ruleDocUrl = (ruleId: string): string => `${DOCS_BASE}${ruleId}.md`;
