// A list as a spreadsheet (XLSX) or as CSV (UTF-8 with BOM, CRLF, formulas neutralised), with Chinese headers.
import ExcelJS from 'exceljs';
import { toCsv } from '../../domain/open-data/csv.ts';
import { DomainError } from '../errors.ts';

export type CellValue = string | number | null | undefined;
export type ExportFormat = 'xlsx' | 'csv';

export interface ExportColumn<T> {
  readonly header: string;
  /** Width in characters in the spreadsheet. */
  readonly width: number;
  readonly value: (row: T) => CellValue;
  /** `date`: a `YYYY-MM-DD` value; `datetime`: an ISO timestamp shown in Beijing time. Both are real dates in XLSX. */
  readonly kind?: 'date' | 'datetime';
}

export interface ExportFile {
  readonly fileName: string;
  readonly type: string;
  readonly body: Buffer;
}

/** One export stays within what a spreadsheet opens comfortably; more must be filtered, never cut. */
export const EXPORT_MAX_ROWS = 50_000;

export class ExportTooLargeError extends DomainError {
  constructor(total: number) {
    super(
      'export-too-large',
      `符合条件的记录共 ${total} 条，超过单次导出上限 ${EXPORT_MAX_ROWS} 条，请缩小筛选范围后分批导出`,
      { total, max: EXPORT_MAX_ROWS },
    );
  }
}

export function requireExportable(total: number): void {
  if (total > EXPORT_MAX_ROWS) throw new ExportTooLargeError(total);
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BEIJING_MS = 8 * 3600_000;

/** A date cell: Excel's dates have no zone, so a timestamp is shifted to the Beijing wall clock. */
function asDate(value: CellValue, kind: 'date' | 'datetime'): Date | CellValue {
  if (typeof value !== 'string' || value === '') return value;
  const t = kind === 'date' ? Date.parse(`${value}T00:00:00Z`) : Date.parse(value) + BEIJING_MS;
  return Number.isNaN(t) ? value : new Date(t);
}

function csvText(value: CellValue, kind: ExportColumn<unknown>['kind']): CellValue {
  if (kind !== 'datetime' || typeof value !== 'string' || !value) return value;
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : new Date(t + BEIJING_MS).toISOString().slice(0, 19).replace('T', ' ');
}

export interface Sheet<T> {
  readonly title: string;
  readonly columns: readonly ExportColumn<T>[];
  readonly rows: readonly T[];
}

function addSheet<T>(book: ExcelJS.Workbook, { title, columns, rows }: Sheet<T>): void {
  const sheet = book.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    header: c.header,
    key: String(i),
    width: c.width,
    style: c.kind ? { numFmt: c.kind === 'date' ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss' } : {},
  }));
  for (const row of rows) {
    sheet.addRow(columns.map((c) => (c.kind ? asDate(c.value(row), c.kind) : (c.value(row) ?? null))));
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/** A sheet ready to add, its row type erased so sheets of different rows share one workbook. */
export type SheetWriter = (book: ExcelJS.Workbook) => void;
export const sheet =
  <T>(s: Sheet<T>): SheetWriter =>
  (book) =>
    addSheet(book, s);

/** A workbook of one or more sheets, each with its Chinese header row frozen. */
export async function workbook(sheets: readonly SheetWriter[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '双随监管平台';
  for (const write of sheets) write(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const XLSX_FILE = XLSX_TYPE;

/** The rows as a file named `<title>-<day>.xlsx|csv`. */
export async function tableFile<T>(
  format: ExportFormat,
  title: string,
  columns: readonly ExportColumn<T>[],
  rows: readonly T[],
  day: string,
): Promise<ExportFile> {
  const fileName = `${title}-${day}.${format}`;
  if (format === 'xlsx') {
    return { fileName, type: XLSX_TYPE, body: await workbook([sheet({ title, columns, rows })]) };
  }
  const csvColumns = columns.map((c) => ({ header: c.header, value: (r: T) => csvText(c.value(r), c.kind) }));
  return { fileName, type: 'text/csv; charset=utf-8', body: Buffer.from(toCsv(csvColumns, rows), 'utf8') };
}
