import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import type { ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import unzipper, { type CentralDirectoryEntry } from 'unzipper';
import type { PeekedSource } from './byte-source.ts';
import { rowsWithHeader } from './header-row.ts';
import type { HeaderRule, SpreadsheetRow } from './header-row.ts';
import { SpreadsheetError } from './spreadsheet-error.ts';
import { firstWorksheet, partKey, partOfType, relsOf } from './xlsx-parts.ts';
import { sheetRecords } from './xlsx-sheet.ts';
import { readDateStyles, readRelationships, readSharedStrings, readWorkbook } from './xlsx-xml.ts';

const BAD_XLSX = 'XLSX 文件已损坏或不完整，请在 Excel 中打开后重新保存';
const NO_SHEET = '该压缩文件中没有工作表，请上传 .xlsx 或 .csv 文件';

/**
 * The archive's parts by partKey, read through its central directory (random access, one entry at a time).
 * The file streams it opens are kept, so that `close` can end them before the file is removed: a part
 * opened but not read to its end (a generator its reader left) would otherwise open the removed file later and
 * throw ENOENT outside any caller, ending the process.
 */
async function openZip(path: string) {
  const streams = new Set<ReadStream>();
  const directory = await unzipper.Open.custom({
    size: async () => (await stat(path)).size,
    stream(offset, length) {
      const stream = createReadStream(path, { start: offset, end: length && offset + length });
      streams.add(stream);
      stream.once('close', () => streams.delete(stream));
      return stream;
    },
  });
  const parts = new Map(directory.files.filter((f) => f.type === 'File').map((f) => [partKey(f.path), f]));
  const close = () =>
    Promise.all(
      [...streams].map(
        (stream) =>
          new Promise<void>((closed) => {
            stream.once('close', () => closed());
            stream.destroy();
          }),
      ),
    );
  return { parts, close };
}

/** The lowest-numbered xl/worksheets/sheetN.xml, for a workbook whose sheets cannot be followed. */
function numberedSheet(parts: ReadonlyMap<string, unknown>): string | undefined {
  const number = (p: string) => Number(/^xl\/worksheets\/sheet(\d+)\.xml$/.exec(p)?.[1] ?? NaN);
  return [...parts.keys()].filter((p) => number(p) >= 0).sort((a, b) => number(a) - number(b))[0];
}

/**
 * The rows of the worksheet an officer sees first. The parts are found as Excel finds them, by their
 * relationships (WPS, Java and .NET writers name and place them differently), the usual names as a
 * fallback; the workbook, shared strings and styles are read before the worksheet, streamed row by row.
 */
async function* worksheetRows(
  parts: ReadonlyMap<string, CentralDirectoryEntry>,
  rule: HeaderRule,
): AsyncGenerator<SpreadsheetRow[], boolean, undefined> {
  const has = (name: string | undefined): name is string => name !== undefined && parts.has(partKey(name));
  // Each part's stream is opened when it is read.
  const part = (name: string) => parts.get(partKey(name))!.stream();
  const rels = async (name: string) => (has(name) ? readRelationships(part(name)) : []);
  const workbook = partOfType('', await rels('_rels/.rels'), 'officeDocument') ?? 'xl/workbook.xml';
  if (!has(workbook)) throw new SpreadsheetError('not-a-spreadsheet', NO_SHEET);
  const workbookRels = await rels(relsOf(workbook));
  const { sheets, date1904 } = await readWorkbook(part(workbook));
  const named = (type: string, usual: string) => {
    const target = partOfType(workbook, workbookRels, type);
    return has(target) ? target : has(usual) ? usual : undefined;
  };
  const sharedStrings = named('sharedStrings', 'xl/sharedStrings.xml');
  const styles = named('styles', 'xl/styles.xml');
  const context = {
    sharedStrings: sharedStrings ? await readSharedStrings(part(sharedStrings)) : [],
    dateStyles: styles ? await readDateStyles(part(styles)) : [],
    date1904,
  };
  const listed = firstWorksheet(workbook, sheets, workbookRels);
  const sheetPath = has(listed) ? listed : numberedSheet(parts);
  if (!sheetPath) throw new SpreadsheetError('not-a-spreadsheet', NO_SHEET);
  return yield* rowsWithHeader(sheetRecords(part(sheetPath), context), rule);
}

/**
 * Rows of the first worksheet. The upload is written to a temporary file and read through the zip's
 * central directory, not in one streaming pass: exceljs' streaming reader, which did that, intermittently
 * lost the entries after the worksheets when they came before xl/workbook.xml (exceljs/exceljs#3064), and
 * parts are found by their relationships, in any order.
 */
export async function* xlsxRows(
  source: PeekedSource,
  rule: HeaderRule,
): AsyncGenerator<SpreadsheetRow[], void, undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'ss-xlsx-'));
  let zip: Awaited<ReturnType<typeof openZip>> | undefined;
  try {
    const path = join(dir, 'upload.xlsx');
    // Every byte passes the caller's onChunk (the file's hash) on its way to the file.
    await pipeline(Readable.from(source.rest()), createWriteStream(path));
    try {
      zip = await openZip(path);
    } catch (error) {
      throw new SpreadsheetError('bad-xlsx', BAD_XLSX, { cause: error });
    }
    let hasHeader: boolean;
    try {
      hasHeader = yield* worksheetRows(zip.parts, rule);
    } catch (error) {
      if (error instanceof SpreadsheetError) throw error;
      throw new SpreadsheetError('bad-xlsx', BAD_XLSX, { cause: error });
    }
    if (!hasHeader) throw new SpreadsheetError('empty-file', '第一个工作表中没有任何内容（缺少表头行）');
  } finally {
    await zip?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
