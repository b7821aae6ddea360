/** Errors the CLI turns into exit code 2; small on purpose, so the CLI can load them without the engine. */

/** Arguments that name nothing lintable. */
export class UsageError extends Error {}

/** A config that cannot be used; the message names the file, position, JSON path and problem. */
export class ConfigError extends Error {}
