import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import unzipper, { type CentralDirectoryEntry } from 'unzipper';
import type { Row } from 'exceljs';
import type { PeekedSource } from './byte-source.ts';
import { rowsWithHeader } from './header-row.ts';
import type { SpreadsheetRow } from './header-row.ts';
import { SpreadsheetError } from './spreadsheet-error.ts';
import { cellText } from './xlsx-cell-text.ts';

/** exceljs' streaming reader, driven part by part (its methods are not public API: exceljs 4.4, tested). */
interface ReaderInternals {
  model?: { sheets?: { rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(
    iterator: AsyncIterable<Buffer | string>,
    sheetNo: string,
  ): Generator<{ eventType: string; value: AsyncIterable<Row> }>;
}

const BAD_XLSX = 'XLSX 文件已损坏或不完整，请在 Excel 中打开后重新保存';
const NO_SHEET = '该压缩文件中没有工作表，请上传 .xlsx 或 .csv 文件';

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
function decodeAcrossChunks(reader: ReaderInternals): void {
  const parseSharedStrings = reader._parseSharedStrings.bind(reader);
  const parseWorksheet = reader._parseWorksheet.bind(reader);
  reader._parseSharedStrings = (entry) => parseSharedStrings(Readable.from(utf8Text(entry)));
  reader._parseWorksheet = (iterator, sheetNo) => parseWorksheet(utf8Text(iterator), sheetNo);
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

/** The archive's parts by name, read through its central directory (random access, one entry at a time). */
async function openZip(path: string): Promise<Map<string, CentralDirectoryEntry>> {
  const directory = await unzipper.Open.file(path);
  return new Map(directory.files.filter((f) => f.type === 'File').map((f) => [f.path, f]));
}

/** The first worksheet as Excel shows it (the workbook's first sheet), else the lowest-numbered one. */
function firstSheetPath(reader: ReaderInternals, parts: ReadonlyMap<string, unknown>): string | undefined {
  const rId = reader.model?.sheets?.[0]?.rId;
  const target = reader.workbookRels?.find((r) => r.Id === rId)?.Target;
  if (target) {
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    if (parts.has(path)) return path;
  }
  const number = (p: string) => Number(/^xl\/worksheets\/sheet(\d+)\.xml$/.exec(p)?.[1] ?? NaN);
  return [...parts.keys()].filter((p) => number(p) >= 0).sort((a, b) => number(a) - number(b))[0];
}

/**
 * Rows of the first worksheet. The upload is written to a temporary file and read through the zip's
 * central directory: the workbook, its relations, shared strings and styles first, then the worksheet,
 * streamed row by row. exceljs' own reader makes one streaming pass over the archive and, when the
 * worksheets come before xl/workbook.xml (as exceljs itself writes them), intermittently loses the
 * entries after them (exceljs/exceljs#3064: 1 in 100 of our fixture's reads on Node 20, most on Node 22).
 */
export async function* xlsxRows(
  source: PeekedSource,
  onHeader: (headers: readonly string[]) => void,
): AsyncGenerator<SpreadsheetRow[], void, undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'ss-xlsx-'));
  try {
    const path = join(dir, 'upload.xlsx');
    // Every byte passes the caller's onChunk (the file's hash) on its way to the file.
    await pipeline(Readable.from(source.rest()), createWriteStream(path));
    let parts: Map<string, CentralDirectoryEntry>;
    try {
      parts = await openZip(path);
    } catch (error) {
      throw new SpreadsheetError('bad-xlsx', BAD_XLSX, { cause: error });
    }
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    }) as unknown as ReaderInternals;
    decodeAcrossChunks(reader);
    // Each part's stream is opened when it is read: an archive without a workbook leaves nothing open.
    const part = (name: string) => parts.get(name)!.stream();
    const RELS = 'xl/_rels/workbook.xml.rels';
    const WORKBOOK = 'xl/workbook.xml';
    if (!parts.has(RELS) || !parts.has(WORKBOOK)) throw new SpreadsheetError('not-a-spreadsheet', NO_SHEET);
    let hasHeader = false;
    try {
      await reader._parseRels(part(RELS));
      await reader._parseWorkbook(part(WORKBOOK));
      if (parts.has('xl/sharedStrings.xml'))
        for await (const _ of reader._parseSharedStrings(part('xl/sharedStrings.xml'))) void _;
      if (parts.has('xl/styles.xml')) await reader._parseStyles(part('xl/styles.xml'));
      const sheetPath = firstSheetPath(reader, parts);
      if (!sheetPath) throw new SpreadsheetError('not-a-spreadsheet', NO_SHEET);
      const sheetNo = /sheet(\d+)\.xml$/.exec(sheetPath)?.[1] ?? '1';
      for (const event of reader._parseWorksheet(part(sheetPath), sheetNo))
        hasHeader = yield* sheetRows(event.value, onHeader);
    } catch (error) {
      if (error instanceof SpreadsheetError) throw error;
      throw new SpreadsheetError('bad-xlsx', BAD_XLSX, { cause: error });
    }
    if (!hasHeader) throw new SpreadsheetError('empty-file', '第一个工作表中没有任何内容（缺少表头行）');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
