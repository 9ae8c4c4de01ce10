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
