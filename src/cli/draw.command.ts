// `shuangsui draw compute INPUT.json`: runs an RDRAW-1 or RDRAW-2 draw (by the plan's suite) from a
// `*.input.json` file and writes the full bundle to standard output; `shuangsui draw public
// BUNDLE.json` prints the public view of a verified RDRAW-2 bundle. No database, no server.
import { readFile } from 'node:fs/promises';
import { jsonText } from '../domain/draw/json-text.ts';
import { drawBundle } from '../domain/draw/bundle.ts';
import type { DomainError } from '../domain/draw/errors.ts';
import { computeDrawInThreads } from '../domain/draw/parallel-node.ts';
import { parseDrawInput } from '../domain/draw/read-input.ts';
import type { Command } from './command.ts';

export const EXIT_INVALID = 2;
export const EXIT_REFUSED = 3;

const USAGE = `用法 usage: shuangsui draw compute INPUT.json [--json] [--threads N]
       shuangsui draw public BUNDLE.json [--json] [--threads N]
  compute  计算抽取（RDRAW-1 或 RDRAW-2，由方案的 suite 决定）并把完整结果包写到标准输出
           (computes the draw, writes the full bundle to standard output)
  public   校验 RDRAW-2 完整结果包，全部一致时输出其公开视图
           (verifies an RDRAW-2 full bundle and prints its public view)
  --json       只输出机器可读的 JSON (machine-readable output only)
  --threads N  用 N 个线程计算检查对象的键 (compute entity keys on N threads; default 1)
退出码 exit: 0 成功 ok, 1 结果包不一致 bundle mismatch (public), 2 输入无效 invalid input,
             3 拒绝抽取 draw refused
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
  process.stdout.write(`${jsonText(drawBundle(computed.draw))}\n`);
  if (!options.json) {
    const { result, digests } = computed.draw;
    process.stderr.write(
      `抽取完成 draw computed: ${result.teams.length} 家检查对象 entities, 结果摘要 result ${digests.result}\n`,
    );
  }
  return 0;
}

export const command: Command = {
  summary: '计算抽取或输出公开视图 (compute an RDRAW-1/RDRAW-2 draw, or print a public view)',
  async run(argv) {
    const [sub, ...rest] = argv;
    const options = sub === 'compute' || sub === 'public' ? parseOptions(rest) : undefined;
    if (!options) {
      const help = sub === '--help' || sub === '-h' || rest.includes('--help') || rest.includes('-h');
      (help ? process.stdout : process.stderr).write(USAGE);
      return help ? 0 : EXIT_INVALID;
    }
    if (sub === 'public') {
      const { printPublicView } = await import('./draw-public.ts');
      return printPublicView(options);
    }
    return compute(options);
  },
};
