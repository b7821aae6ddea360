/** How a subcommand prints and exits, given by the CLI: each returns the exit code to end with. */
export interface CommandIo {
  /** Writes to standard output; exit 0. */
  print(text: string): number;
  /** A usage mistake, with the hint to --help; exit 2. */
  usage(message: string): number;
  /** Cannot do what was asked; exit 2. */
  fail(message: string): number;
  /** Whether standard output takes colour. */
  colorLevel(): Promise<0 | 1 | 2 | 3>;
}
