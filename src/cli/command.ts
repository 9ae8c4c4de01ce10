/** A CLI command: parses its own arguments, returns the process exit code (see EXIT in args.ts). */
export interface Command {
  readonly summary: string;
  /**
   * The whole `--help` text: usage, options, examples, exit codes. main.ts prints it for `--help`/`-h`
   * anywhere in the arguments (exit 0); a command without one answers `--help` itself.
   */
  readonly help?: string;
  run(argv: readonly string[]): Promise<number>;
}
