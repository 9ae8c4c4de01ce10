// `shuangsui draw compute INPUT.json`: runs an RDRAW-1 draw from a `*.input.json` file and writes
// the bundle to standard output. No database, no server.
import { readFile } from 'node:fs/promises';
import { drawBundle } from '../domain/draw/bundle.ts';
import type { DomainError } from '../domain/draw/errors.ts';
import { computeDrawInThreads } from '../domain/draw/parallel-node.ts';
import { parseDrawInput } from '../domain/draw/read-input.ts';
import type { Command } from './command.ts';

export const EXIT_INVALID = 2;
export const EXIT_REFUSED = 3;

const USAGE = `用法 usage: shuangsui draw compute INPUT.json [--json] [--threads N]
  计算抽取并把结果包写到标准输出 (computes the draw, writes the bundle to standard output)
  --json       只输出机器可读的 JSON (machine-readable output only)
  --threads N  用 N 个线程计算检查对象的键 (compute entity keys on N threads; default 1)
退出码 exit: 0 成功 ok, 2 输入无效 invalid input, 3 拒绝抽取 draw refused
`;

export interface CliOptions {
  readonly file: string;
  readonly json: boolean;
  readonly threads: number;
}

/** Parses `FILE [--json] [--threads N]`; undefined on a usage error. */
export function parseOptions(args: readonly string[]): CliOptions | undefined {
  let file: string | undefined;
  let json = false;
  let threads = 1;
  for (let k = 0; k < args.length; k++) {
    const arg = args[k] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--threads') threads = Number(args[++k]);
    else if (!arg.startsWith('--') && file === undefined) file = arg;
    else return undefined;
  }
  if (file === undefined || !Number.isInteger(threads) || threads < 1 || threads > 64) return undefined;
  return { file, json, threads };
}

/** The file as strict UTF-8 text (a leading BOM is dropped), or why it cannot be read. */
export async function readText(
  file: string,
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file)) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** `{ "error", "detail" }` on standard output; in Chinese on standard error unless --json. */
export function reportError(error: DomainError<string>, json: boolean): void {
  process.stdout.write(`${JSON.stringify({ error: error.name, detail: error.detail }, null, 2)}\n`);
  if (!json) process.stderr.write(`错误 error: ${error.message}\n`);
}

export function unreadable(file: string, reason: string): DomainError<'invalid-input'> {
  return {
    name: 'invalid-input',
    message: `无法读取文件 cannot read ${file}: ${reason}`,
    detail: { file, reason },
  };
}

async function compute(options: CliOptions): Promise<number> {
  const read = await readText(options.file);
  if (!read.ok) {
    reportError(unreadable(options.file, read.reason), options.json);
    return EXIT_INVALID;
  }
  const parsed = parseDrawInput(read.text);
  if (!parsed.ok) {
    reportError(parsed.error, options.json);
    return EXIT_INVALID;
  }
  const computed = await computeDrawInThreads(parsed.input, options.threads);
  if (!computed.ok) {
    reportError(computed.error, options.json);
    return computed.error.name === 'invalid-input' ? EXIT_INVALID : EXIT_REFUSED;
  }
  process.stdout.write(`${JSON.stringify(drawBundle(computed.draw), null, 2)}\n`);
  if (!options.json) {
    const { result, digests } = computed.draw;
    process.stderr.write(
      `抽取完成 draw computed: ${result.teams.length} 家检查对象 entities, 结果摘要 result ${digests.result}\n`,
    );
  }
  return 0;
}

export const command: Command = {
  summary: '计算 RDRAW-1 抽取 (compute an RDRAW-1 draw)',
  async run(argv) {
    const [sub, ...rest] = argv;
    const options = sub === 'compute' ? parseOptions(rest) : undefined;
    if (!options) {
      process.stderr.write(USAGE);
      return sub === '--help' ? 0 : EXIT_INVALID;
    }
    return compute(options);
  },
};
