import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type { Row } from 'exceljs';
import type { PeekedSource } from './byte-source.ts';
import { rowsWithHeader } from './header-row.ts';
import type { SpreadsheetRow } from './header-row.ts';
import { SpreadsheetError } from './spreadsheet-error.ts';
import { cellText } from './xlsx-cell-text.ts';

interface ReaderInternals {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
}

async function* utf8Text(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}

// exceljs 4.4 decodes every inflated chunk on its own, so a Chinese character split between two chunks
// becomes “��” (exceljs/exceljs#2063, #2084, fixes unmerged). Hand it text decoded across chunks instead.
function decodeAcrossChunks(reader: ExcelJS.stream.xlsx.WorkbookReader): void {
  const internals = reader as unknown as ReaderInternals;
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  internals._parseSharedStrings = (entry) => parseSharedStrings(Readable.from(utf8Text(entry)));
  internals._parseWorksheet = (iterator, sheetNo) => parseWorksheet(utf8Text(iterator), sheetNo);
}

function rowCells(row: Row): string[] {
  const cells: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    cells[column - 1] = cellText(cell.value, cell.numFmt);
  });
  return Array.from(cells, (c) => c ?? '');
}

async function* sheetRows(
  worksheet: AsyncIterable<Row>,
  onHeader: (headers: readonly string[]) => void,
): AsyncGenerator<SpreadsheetRow[], boolean, undefined> {
  const records = (async function* () {
    for await (const row of worksheet) yield [{ row: row.number, cells: rowCells(row) }];
  })();
  return yield* rowsWithHeader(records, onHeader);
}

/**
 * Rows of the first worksheet, read with exceljs' streaming reader (shared strings are cached, as the
 * format requires; cell styles are cached to recognise dates). Later worksheets are skipped unread.
 */
export async function* xlsxRows(
  source: PeekedSource,
  onHeader: (headers: readonly string[]) => void,
): AsyncGenerator<SpreadsheetRow[], void, undefined> {
  const input = Readable.from(source.rest(), { objectMode: false });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  decodeAcrossChunks(reader);
  let sheets = 0;
  let hasHeader = false;
  try {
    for await (const worksheet of reader) {
      if (++sheets === 1) hasHeader = yield* sheetRows(worksheet, onHeader);
    }
  } catch (error) {
    if (error instanceof SpreadsheetError) throw error;
    throw new SpreadsheetError('bad-xlsx', 'XLSX 文件已损坏或不完整，请在 Excel 中打开后重新保存', {
      cause: error,
    });
  }
  if (sheets === 0)
    throw new SpreadsheetError('not-a-spreadsheet', '该压缩文件中没有工作表，请上传 .xlsx 或 .csv 文件');
  if (!hasHeader) throw new SpreadsheetError('empty-file', '第一个工作表中没有任何内容（缺少表头行）');
  // The zip reader stops at the central directory; read the tail too so a caller's hash covers the file.
  input.unpipe();
  input.resume();
  await finished(input);
}
