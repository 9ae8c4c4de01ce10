import type { RawRecord } from './header-row.ts';
import { numberCellText } from './xlsx-cell-text.ts';
import { parseXml } from './xlsx-xml.ts';

/** What a worksheet's cells refer to: shared strings, date formats by style index, the date system. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

const MAX_COLUMNS = 16_384; // XFD, Excel's last column

/** 1-based column of a reference such as `AB12`; 0 when it has no letters. */
function columnOf(ref: string): number {
  let column = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
    if (column > MAX_COLUMNS) throw new RangeError(`单元格列号超出 Excel 的范围：${ref.slice(0, 10)}`);
  }
  return column;
}

/** The shown text of a finished cell, by its type (`t`): shared, inline, formula string, boolean, error, date, number. */
function cellValue(type: string, value: string, inline: string, style: number, ctx: SheetContext): string {
  switch (type) {
    case 's':
      return ctx.sharedStrings[Number(value)] ?? '';
    case 'inlineStr':
      return inline;
    case 'str':
      return value;
    case 'b':
      return value.trim() === '1' ? 'TRUE' : value.trim() === '0' ? 'FALSE' : value;
    case 'e':
      return '';
    case 'd':
      return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
    default:
      return numberCellText(value, ctx.dateStyles[style] ?? false, ctx.date1904);
  }
}

/**
 * The rows of a worksheet part, streamed: a batch of rows per chunk of the part. Row and cell
 * references (`r`) are optional in the format and some writers leave them out: a row without one
 * follows the previous row, a cell without one the previous cell.
 */
export async function* sheetRecords(
  chunks: AsyncIterable<Buffer | string>,
  ctx: SheetContext,
): AsyncGenerator<RawRecord[], void, undefined> {
  let out: RawRecord[] = [];
  let rowNumber = 0;
  let cells: string[] = [];
  let column = 0;
  let type = 'n';
  let style = 0;
  let value = '';
  let inline = '';
  let reading: 'v' | 't' | null = null;
  let inInline = false;
  let phonetic = 0;
  const parse = parseXml(chunks, {
    open(name, a) {
      switch (name) {
        case 'row':
          rowNumber = a.r ? Number(a.r) : rowNumber + 1;
          cells = [];
          column = 0;
          break;
        case 'c':
          column = (a.r ? columnOf(a.r) : 0) || column + 1;
          if (column > MAX_COLUMNS) throw new RangeError(`单元格列号超出 Excel 的范围：第 ${rowNumber} 行`);
          type = a.t ?? 'n';
          style = Number(a.s ?? 0);
          value = inline = '';
          break;
        case 'v':
          reading = 'v';
          break;
        case 'is':
          inInline = true;
          break;
        case 't':
          if (inInline && phonetic === 0) reading = 't';
          break;
        case 'rPh':
          phonetic++;
          break;
      }
    },
    text(text) {
      if (reading === 'v') value += text;
      else if (reading === 't') inline += text;
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          reading = null;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c':
          cells[column - 1] = cellValue(type, value, inline, style, ctx);
          break;
        case 'row':
          out.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
          break;
      }
    },
  });
  for await (const _ of parse) {
    void _;
    if (out.length === 0) continue;
    yield out;
    out = [];
  }
  if (out.length > 0) yield out;
}
