import { Readable } from 'node:stream';
import Papa from 'papaparse';
import type { PeekedSource } from './byte-source.ts';
import { rowsWithHeader } from './header-row.ts';
import type { HeaderRule, SpreadsheetRow } from './header-row.ts';
import type { CsvEncoding } from './sniff-format.ts';
import { SpreadsheetError } from './spreadsheet-error.ts';

/** Decoded text with every line break as "\n" (a "\r\n" split across two chunks included). The decoder drops a BOM. */
async function* decode(source: PeekedSource, encoding: CsvEncoding): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  let carry = '';
  const lines = (text: string, last: boolean) => {
    const all = carry + text;
    carry = !last && all.endsWith('\r') ? '\r' : '';
    return (carry ? all.slice(0, -1) : all).replace(/\r\n?/g, '\n');
  };
  try {
    for await (const chunk of source.rest()) yield lines(decoder.decode(chunk, { stream: true }), false);
    yield lines(decoder.decode(), true);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new SpreadsheetError(
      'bad-encoding',
      `文件中有不符合 ${encoding.toUpperCase()} 编码的字节，请检查文件是否损坏`,
      {
        cause: error,
      },
    );
  }
}

// Excel's “Unicode text” export is tab-separated; everything else we accept is comma-separated.
function delimiterOf(head: string): string {
  const firstLine = head.slice(0, head.search(/\r?\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

// Parsed records wait in at most this many chunks before the parser pauses (memory stays flat).
const MAX_WAITING_CHUNKS = 4;

/**
 * Records of the CSV text in chunks, as papaparse gives them (about 4× faster than csv-parse at a
 * million rows: docs/BENCHMARKS.md). A quote left open is the one malformation it reports; quotes
 * inside an unquoted field are kept as text.
 */
async function* recordChunks(
  text: Readable,
  delimiter: string,
): AsyncGenerator<readonly string[][], void, undefined> {
  const waiting: string[][][] = [];
  // Set by the parser's callbacks.
  const state: { parser: Papa.Parser | null; ended: boolean; failure: Error | null } = {
    parser: null,
    ended: false,
    failure: null,
  };
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  let seen = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    chunk: (results, p) => {
      state.parser = p;
      const quote = results.errors.find((e) => e.type === 'Quotes');
      if (quote) state.failure ??= csvError(seen + (quote.row ?? 0) + 1);
      seen += results.data.length;
      waiting.push(results.data);
      if (waiting.length >= MAX_WAITING_CHUNKS) p.pause();
      notify();
    },
    complete: () => {
      state.ended = true;
      notify();
    },
    error: (error: Error) => {
      state.failure ??= error;
      notify();
    },
  });
  for (;;) {
    if (state.failure !== null) {
      state.parser?.abort();
      throw state.failure;
    }
    const next = waiting.shift();
    if (next !== undefined) {
      if (waiting.length === MAX_WAITING_CHUNKS - 1) state.parser?.resume();
      yield next;
    } else if (state.ended) return;
    else await new Promise<void>((resolve) => (wake = resolve));
  }
}

/** Rows of a CSV file in batches (the header found by rowsWithHeader); row numbers count every record. */
export async function* csvRows(
  source: PeekedSource,
  encoding: CsvEncoding,
  rule: HeaderRule,
): AsyncGenerator<SpreadsheetRow[], void, undefined> {
  const sample = new TextDecoder(encoding).decode(source.head.subarray(0, 4096)).replace(/^\ufeff/, '');
  const chunks = recordChunks(Readable.from(decode(source, encoding)), delimiterOf(sample));
  let row = 0;
  const records = (async function* () {
    for await (const chunk of chunks) yield chunk.map((cells) => ({ row: ++row, cells }));
  })();
  const found = yield* rowsWithHeader(records, rule);
  if (!found) throw new SpreadsheetError('empty-file', '文件中没有任何内容（缺少表头行）');
}

function csvError(line: number): SpreadsheetError {
  return new SpreadsheetError('bad-csv', `CSV 格式错误第${line}行附近：引号不匹配或文件不完整`);
}
