import type { Command } from './command.ts';

// Lazy, so `shuangsui verify` loads no database code.
const commands: Record<string, () => Promise<{ command: Command }>> = {
  start: () => import('./start.command.ts'),
  migrate: () => import('./migrate.command.ts'),
  import: () => import('./import.command.ts'),
  seed: () => import('./seed.command.ts'),
  draw: () => import('./draw.command.ts'),
  verify: () => import('./verify.command.ts'),
};

function usage(): string {
  const lines = Object.keys(commands)
    .sort()
    .map((name) => `  ${name}`);
  return `用法 usage: shuangsui <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(usage());
    return name && name !== '--help' ? 2 : 0;
  }
  const { command } = await load();
  try {
    return await command.run(rest);
  } catch (err) {
    // Expected failures (a held data folder, bad configuration) get their message, not a stack trace.
    if (err instanceof Error && EXPECTED.has(err.name)) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

const EXPECTED = new Set(['DataDirLockedError', 'ConfigError']);
