import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit codes every command shares; a command may add its own above 2 (draw: 3 refused). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {}

/** node:util parseArgs with its (English) errors said in Chinese; positionals allowed. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: T,
) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(chineseParseError(err as Error & { code?: string }));
  }
}

function chineseParseError(err: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `未知选项 ${quoted}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return err.message.includes('does not take an argument')
        ? `选项 ${quoted} 不带值`
        : `选项 ${quoted.split(' ')[0]} 缺少值`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的参数 ${quoted}`;
    default:
      return `参数有误：${err.message}`;
  }
}

/** `--help` or `-h` before a `--`. */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

export const wantsJson = (argv: readonly string[]): boolean => argv.includes('--json');

/**
 * A failure as the caller asked for it: with `--json`, `{ error, message }` on standard output (so a
 * script reads one stream whatever happens); otherwise the message on standard error.
 */
export function reportFailure(json: boolean, code: string, message: string, usage = ''): void {
  if (json) process.stdout.write(`${JSON.stringify({ error: code, message })}\n`);
  else process.stderr.write(`${message}\n${usage}`);
}

/** A command that takes no arguments: anything given is a usage error. */
export function noArguments(argv: readonly string[]): void {
  const { positionals } = parse(argv, {});
  if (positionals.length > 0) throw new UsageError(`多余的参数 ${positionals[0]}`);
}

/** Reports a usage error (with the command's help on standard error) and returns its exit code. */
export function usageFailure(err: unknown, help: string, json = false): number {
  if (!(err instanceof UsageError)) throw err;
  reportFailure(json, 'usage', err.message, `\n${help}`);
  return EXIT.usage;
}
