import { cleanText } from '../../domain/directory/cell-value.ts';

/** One data row: `row` is the spreadsheet row number (header = 1); values keyed by header text. */
export interface SpreadsheetRow {
  readonly row: number;
  readonly values: Readonly<Record<string, string>>;
}

/** Column headers by position ('' for a column without one); a repeated header gets a “ (2)” suffix. */
export function headerNames(cells: readonly string[]): readonly string[] {
  const seen = new Map<string, number>();
  return cells.map((raw) => {
    const name = cleanText(raw);
    if (name === '') return '';
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/** The record for one data row, or null when every cell is blank. */
export function rowValues(
  headers: readonly string[],
  cells: readonly string[],
): Record<string, string> | null {
  const values = Object.create(null) as Record<string, string>;
  let blank = true;
  headers.forEach((header, i) => {
    if (header === '') return;
    const value = cells[i] ?? '';
    if (blank && value.trim() !== '') blank = false;
    values[header] = value;
  });
  return blank ? null : values;
}

/** What the reader is told of the header: it is called with it, and may say which row it is. */
export interface HeaderRule {
  /** Called once with the header row's column names (before the first data row). */
  readonly onHeader: (headers: readonly string[]) => void;
  /**
   * How much a row's cells, as column names, look like this file's header: Infinity when every required
   * column is there, else how many of its columns are.
   */
  readonly headerScore?: (headers: readonly string[]) => number;
}

const LOOK_AHEAD = 5;

const filledCells = (cells: readonly string[]) => cells.filter((c) => c.trim() !== '').length;

/** A sheet row as read: its number and cells. */
export interface RawRecord {
  readonly row: number;
  readonly cells: readonly string[];
}

/**
 * The header is, of the first five non-blank rows, the first that has every required column, so that a
 * title such as “临河区旅馆业名录（2026年）” in one merged cell, or the upper row of a two-level header
 * (“基本信息 | 联系方式” over the columns), above it is skipped. Failing that, it is the row with most of
 * the file's columns (its missing ones are then named), and without a headerScore or any known column,
 * the first with two or more filled cells; a sheet with a single column has its first row as header. Rows keep their sheet numbers.
 * Works a batch of records at a time (one step per batch, not per row). Returns whether a header was found.
 */
export async function* rowsWithHeader(
  records: AsyncIterable<readonly RawRecord[]>,
  { onHeader, headerScore }: HeaderRule,
): AsyncGenerator<SpreadsheetRow[], boolean, undefined> {
  let headers: readonly string[] | null = null;
  const pending: RawRecord[] = [];
  const emit = (out: SpreadsheetRow[], { row, cells }: RawRecord) => {
    const values = rowValues(headers!, cells);
    if (values) out.push({ row, values });
  };
  const scores: number[] = [];
  const certain = (record: RawRecord) => {
    if (!headerScore) return filledCells(record.cells) > 1;
    scores.push(headerScore(headerNames(record.cells)));
    return scores.at(-1) === Infinity;
  };
  const settle = (out: SpreadsheetRow[]) => {
    const best = Math.max(0, ...scores);
    const at =
      best > 0
        ? scores.indexOf(best)
        : Math.max(
            0,
            pending.findIndex((p) => filledCells(p.cells) > 1),
          );
    headers = headerNames(pending[at]!.cells);
    onHeader(headers);
    for (const p of pending.slice(at + 1)) emit(out, p);
  };
  for await (const batch of records) {
    const out: SpreadsheetRow[] = [];
    for (const record of batch) {
      if (headers !== null) {
        emit(out, record);
        continue;
      }
      if (filledCells(record.cells) === 0) continue;
      pending.push(record);
      if (certain(record) || pending.length === LOOK_AHEAD) settle(out);
    }
    if (out.length > 0) yield out;
  }
  if (headers === null && pending.length > 0) {
    const out: SpreadsheetRow[] = [];
    settle(out);
    if (out.length > 0) yield out;
  }
  return headers !== null;
}
