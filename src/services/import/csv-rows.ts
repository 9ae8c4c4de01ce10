import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import type { PeekedSource } from './byte-source.ts';
import { rowsWithHeader } from './header-row.ts';
import type { SpreadsheetRow } from './header-row.ts';
import type { CsvEncoding } from './sniff-format.ts';
import { SpreadsheetError } from './spreadsheet-error.ts';

async function* decode(source: PeekedSource, encoding: CsvEncoding): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  try {
    for await (const chunk of source.rest()) yield decoder.decode(chunk, { stream: true });
    yield decoder.decode();
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

/** Rows of a CSV file (the header found by rowsWithHeader); row numbers count every record. */
export async function* csvRows(
  source: PeekedSource,
  encoding: CsvEncoding,
  onHeader: (headers: readonly string[]) => void,
): AsyncGenerator<SpreadsheetRow, void, undefined> {
  const sample = new TextDecoder(encoding).decode(source.head.subarray(0, 4096)).replace(/^\ufeff/, '');
  const parser = parse({
    delimiter: delimiterOf(sample),
    relax_column_count: true,
    relax_quotes: true,
    bom: true,
  });
  const feeding = pipeline(Readable.from(decode(source, encoding)), parser).then(
    () => null,
    (error: unknown) => error,
  );
  let row = 0;
  const records = (async function* () {
    for await (const cells of parser as AsyncIterable<string[]>) yield { row: ++row, cells };
  })();
  let found: boolean;
  try {
    found = yield* rowsWithHeader(records, onHeader);
  } catch (error) {
    const fed = await feeding;
    throw fed instanceof SpreadsheetError ? fed : csvError(error);
  }
  const fed = await feeding;
  if (fed !== null) throw fed instanceof SpreadsheetError ? fed : csvError(fed);
  if (!found) throw new SpreadsheetError('empty-file', '文件中没有任何内容（缺少表头行）');
}

function csvError(error: unknown): SpreadsheetError {
  const line = (error as { lines?: number }).lines;
  const where = typeof line === 'number' ? `第${line}行附近` : '';
  return new SpreadsheetError('bad-csv', `CSV 格式错误${where}：引号不匹配或文件不完整`, { cause: error });
}
