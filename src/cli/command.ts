/** A CLI command: parses its own arguments, returns the process exit code. */
export interface Command {
  readonly summary: string;
  run(argv: readonly string[]): Promise<number>;
}
